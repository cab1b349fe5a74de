import type { SatisfactionScores } from '../shared/satisfaction.js';
import type { SlaPolicy } from '../sla/sla-policy.js';
import type { Product } from '../shared/product.js';

/** Events of a contract stream (`contract-<contractId>`). */
export type ContractEvent =
  | { type: 'ContractRegistered'; data: ContractRegisteredData }
  | { type: 'SlaPolicySet'; data: SlaPolicySetData }
  | { type: 'InspectionExpertChanged'; data: InspectionExpertChangedData }
  | { type: 'ContractAmended'; data: ContractAmendedData }
  | { type: 'InspectionRecorded'; data: InspectionRecordedData }
  | { type: 'RevisitRecorded'; data: RevisitRecordedData }
  | { type: 'ServicePlanPeriodMissed'; data: ServicePlanPeriodMissedData }
  | { type: 'PhaseSurveyRecorded'; data: PhaseSurveyRecordedData };

export type ContractEventType = ContractEvent['type'];

export interface ContractRegisteredData {
  contractId: string;
  customerId: string;
  /** The contract's title or number as printed on the forms. */
  name: string;
  product: Product;
  /** Date of final acceptance (终验), YYYY-MM-DD: the warranty starts here. */
  finalAcceptanceDate: string;
  warrantyMonths: number;
  /** IANA zone of the customer: SLA calendars and local dates are read in it. */
  timeZone: string;
  /** The contract's fixed inspection expert (a staff id). */
  inspectionExpertId: string;
  registeredBy: string;
}

/** Version 1, 2, 3...; takes effect at effectiveFrom (ISO instant in the contract's zone). */
export interface SlaPolicySetData {
  contractId: string;
  version: number;
  effectiveFrom: string;
  policy: SlaPolicy;
  setBy: string;
}

export interface InspectionExpertChangedData {
  contractId: string;
  from: string;
  to: string;
  /** Always present since the service plan (issue 6); events recorded before may lack it. */
  reason?: string;
  /** ISO instant in the contract's zone; events recorded before the service plan lack it. */
  changedAt?: string;
  changedBy: string;
}

/** What an inspection finds (巡检记录), in the order of the written report (DOMAIN.md). */
export const INSPECTION_FINDINGS = [
  'runningStatus',
  'environment',
  'versions',
  'hiddenRisks',
  'recommendations',
] as const;
/** The five findings of the monthly inspection report. */
export type InspectionFindings = Record<(typeof INSPECTION_FINDINGS)[number], string>;

/** One inspection for a month 'YYYY-MM' of the contract's zone; at most one per month. */
export interface InspectionRecordedData {
  contractId: string;
  inspectionId: string;
  period: string;
  inspectorId: string;
  findings: InspectionFindings;
  /** Present when a manager let someone other than the fixed expert inspect. */
  override?: { by: string; reason: string };
  /** ISO instant in the contract's zone. */
  inspectedAt: string;
  recordedBy: string;
}

/** What a revisit asks the customer (回访记录), in the order of the written record (DOMAIN.md). */
export const REVISIT_ANSWERS = [
  'serviceSystemView',
  'trainingView',
  'systemRunningView',
  'environmentCheck',
  'versionAnalysis',
  'hiddenRisks',
] as const;
/** The customer's answers at the quarterly revisit. */
export type RevisitAnswers = Record<(typeof REVISIT_ANSWERS)[number], string>;

/** One revisit for a quarter 'YYYY-Qn' of the contract's zone; at most one per quarter. */
export interface RevisitRecordedData {
  contractId: string;
  revisitId: string;
  period: string;
  answers: RevisitAnswers;
  /** The customer's contact who answered. */
  contactName: string;
  /** ISO instant in the contract's zone. */
  revisitedAt: string;
  recordedBy: string;
}

/** Only the terms that changed are present in `changes`. */
export interface ContractAmendedData {
  contractId: string;
  changes: ContractAmendment;
  reason: string;
  amendedBy: string;
}

export interface ContractAmendment {
  name?: string;
  product?: Product;
  finalAcceptanceDate?: string;
  warrantyMonths?: number;
  timeZone?: string;
}

/** The two kinds of visit the service plan promises: a monthly inspection, a quarterly revisit. */
export const SERVICE_PLAN_KINDS = ['inspection', 'revisit'] as const;
export type ServicePlanKind = (typeof SERVICE_PLAN_KINDS)[number];

/**
 * The watchman's warning (actor: the system) when a month ended without its inspection or a quarter
 * without its revisit. At most one per contract, kind and period; a later record of the period
 * still counts (as late), and the warning stays in the history.
 */
export interface ServicePlanPeriodMissedData {
  contractId: string;
  kind: ServicePlanKind;
  /** 'YYYY-MM' (inspection) or 'YYYY-Qn' (revisit), in the contract's zone. */
  period: string;
  /** End of the period (exclusive), ISO in the contract's zone. */
  dueBy: string;
  /** The contract's fixed inspection expert when the warning was given. */
  expertId: string;
  /** Who is told: user ids and role names, e.g. [<expert id>, 'manager']. */
  notify: string[];
  /** ISO instant in the contract's zone. */
  warnedAt: string;
}

/** Phases of an implementation a customer is surveyed after (实施阶段). */
export const IMPLEMENTATION_PHASES = [
  'requirements',
  'installation',
  'training',
  'trial_run',
  'acceptance',
  'maintenance',
] as const;
export type ImplementationPhase = (typeof IMPLEMENTATION_PHASES)[number];

/** The customer satisfaction survey (客户满意度调查表) at the end of an implementation phase. */
export interface PhaseSurveyRecordedData {
  contractId: string;
  surveyId: string;
  phase: ImplementationPhase;
  /** The product surveyed: the contract's unless given. */
  product: Product;
  /** 实施小组: the team that carried out the phase. */
  implementingTeam?: string;
  /** The customer's contact who answered. */
  respondent: string;
  scores: SatisfactionScores;
  comments?: string;
  /** ISO instant in the contract's zone. */
  surveyedAt: string;
  recordedBy: string;
}
