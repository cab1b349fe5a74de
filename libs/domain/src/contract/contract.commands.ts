import type { CommandStamp } from '../shared/command-stamp.js';
import type { SlaPolicyInput } from '../sla/sla-policy.js';
import type { Product } from '../shared/product.js';
import type {
  ContractAmendment,
  ImplementationPhase,
  InspectionFindings,
  RevisitAnswers,
  ServicePlanKind,
} from './contract.events.js';
import type { SatisfactionScores } from '../shared/satisfaction.js';

/**
 * Commands of a contract (plus the CommandStamp: actor, now). Registering, policies and amendments
 * are the admin's; changing the expert the manager's or admin's; inspections the fixed expert's (or a
 * manager's with an override); revisits an engineer's, manager's or agent's; phase surveys the
 * customer contact's (own organisation, checked by the application) or an agent's or manager's
 * entering a paper form; the missed-period warning only the system's (the watchman).
 */
export type ContractCommand =
  | ({ type: 'RegisterContract'; data: RegisterContractData } & CommandStamp)
  | ({ type: 'SetSlaPolicy'; data: SetSlaPolicyData } & CommandStamp)
  | ({
      type: 'ChangeInspectionExpert';
      data: { contractId: string; expertId: string; reason: string };
    } & CommandStamp)
  | ({ type: 'RecordInspection'; data: RecordInspectionData } & CommandStamp)
  | ({ type: 'RecordRevisit'; data: RecordRevisitData } & CommandStamp)
  | ({ type: 'RecordPhaseSurvey'; data: RecordPhaseSurveyData } & CommandStamp)
  | ({ type: 'WarnServicePlanMissed'; data: WarnServicePlanMissedData } & CommandStamp)
  | ({
      type: 'AmendContract';
      data: { contractId: string; changes: ContractAmendment; reason: string };
    } & CommandStamp);

export type ContractCommandType = ContractCommand['type'];

export interface RegisterContractData {
  contractId: string;
  customerId: string;
  name: string;
  product: Product;
  finalAcceptanceDate: string;
  /** Default 12. */
  warrantyMonths?: number;
  /** Default 'Asia/Shanghai'. */
  timeZone?: string;
  inspectionExpertId: string;
  /** Policy version 1, effective from `now`; defaults of DOMAIN.md for anything left out. */
  slaPolicy?: SlaPolicyInput;
}

export interface SetSlaPolicyData {
  contractId: string;
  policy: SlaPolicyInput;
  /** Default now; may lie in the future; never before the previous version's effectiveFrom. */
  effectiveFrom?: string;
}

export interface RecordInspectionData {
  contractId: string;
  inspectionId: string;
  /** 'YYYY-MM' in the contract's zone; default the month of inspectedAt. */
  period?: string;
  /** Default the actor; someone other than the fixed expert needs a manager's override. */
  inspectorId?: string;
  findings: InspectionFindings;
  /** A manager's reason to let someone other than the fixed expert inspect. */
  override?: { reason: string };
  /** Default now; never in the future. */
  inspectedAt?: string;
}

export interface RecordRevisitData {
  contractId: string;
  revisitId: string;
  /** 'YYYY-Qn' in the contract's zone; default the quarter of revisitedAt. */
  period?: string;
  answers: RevisitAnswers;
  contactName: string;
  /** Default now; never in the future. */
  revisitedAt?: string;
}

export interface RecordPhaseSurveyData {
  contractId: string;
  surveyId: string;
  phase: ImplementationPhase;
  /** Default the contract's product. */
  product?: Product;
  implementingTeam?: string;
  respondent: string;
  scores: SatisfactionScores;
  comments?: string;
  /** Default now; never in the future. */
  surveyedAt?: string;
}

/** The watchman's: warn that a period ended without its inspection or revisit. */
export interface WarnServicePlanMissedData {
  contractId: string;
  kind: ServicePlanKind;
  period: string;
}
