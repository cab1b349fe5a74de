/** The shapes of GET /api/archive/* and /api/reports/maintenance as this screen reads them. */

import type { PlanStatus } from '../reports/report-types';
import type { TicketHeadline } from '../ticket/ticket-types';

export interface ArchiveTicket extends TicketHeadline {
  reportedAt: string;
  contractId: string;
  contractName?: string;
  description: string;
  escalations: unknown[];
  surveys: unknown[];
}

export interface CustomerArchive {
  customer: { id: string; name: string };
  tickets: ArchiveTicket[];
  nextCursor: string | null;
  /** On the first page, once the service plan is in the archive. */
  inspections?: {
    contractId: string;
    contractName: string;
    inspectionId: string;
    period: string;
    findings: Record<string, string | null>;
    inspectedAt: string;
  }[];
  revisits?: {
    contractId: string;
    contractName: string;
    revisitId: string;
    period: string;
    answers: Record<string, string | null>;
    contactName: string | null;
    revisitedAt: string;
  }[];
  phaseSurveys?: {
    contractId: string;
    contractName: string;
    surveyId: string;
    phase: string;
    implementingTeam: string | null;
    respondent: string | null;
    scores: Record<string, number | null>;
    comments: string | null;
    surveyedAt: string;
    form?: string;
  }[];
}

export interface FormListing {
  ticketId: string;
  serviceNo: string;
  forms: { form: string; title: string; titleEn: string; applies: boolean; when: string; href: string }[];
}

/** One form: its fields (English names) and `labels`, the Chinese heading of each field by path. */
export type FormData = Record<string, unknown> & {
  form: string;
  title: string;
  titleEn: string;
  labels: Record<string, string>;
};

type Timer = 'response' | 'onSite' | 'resolution';

/** A month's inspection or a quarter's revisit in the maintenance report, and how it stands. */
interface ReportedVisit {
  contractId: string;
  contract: string;
  period: string;
  status: PlanStatus;
  dueBy: string;
  doneAt?: string;
}

export interface MaintenanceReport {
  kind: 'monthly' | 'quarterly';
  customer: { id: string; name: string };
  period: { name: string; from: string; to: string; timeZone: string };
  asOf: string;
  tickets: {
    ticketId: string;
    serviceNo: string;
    reportedAt: string;
    severity: number;
    kind: string;
    status: string;
    description: string;
    cause: string | null;
    measures: string | null;
    resolution: string | null;
    resolvedAt: string | null;
    sla: Record<Timer, string>;
    reopened: number;
    escalations: number;
    satisfaction: number | null;
  }[];
  sla: {
    tickets: number;
    withinTarget: Record<Timer, { met: number; judged: number; share: number | null }>;
    breaches: { tickets: number };
    escalations: { total: number };
    reopened: number;
    complaints: number;
  };
  escalations: {
    serviceNo: string;
    level: number;
    reason: string;
    automatic: boolean;
    to: string;
    at: string;
    note: string | null;
  }[];
  surveys: { serviceNo: string; at: string; scores: Record<string, number> }[];
  inspections?: (ReportedVisit & { findings?: Record<string, string | null> })[];
  revisits?: (ReportedVisit & { contactName?: string; answers?: Record<string, string | null> })[];
  phaseSurveys?: {
    surveyId: string;
    contract: string;
    phase: string;
    respondent: string | null;
    scores: Record<string, number>;
    comments: string | null;
    surveyedAt: string;
  }[];
  satisfaction?: {
    tickets: { surveys: number; items: Record<string, number | null> };
    phases?: { surveys: number; items: Record<string, number | null> };
  };
}
