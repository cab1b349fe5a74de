/** One row per ticket: what the service archive lists (cause and fix included). Instants ISO in the ticket's zone. */
export interface ArchiveTicketRow {
  ticket_id: string;
  customer_id: string;
  contract_id: string;
  service_no: string;
  /** The report time in force, epoch ms (for periods and order) and as ISO. */
  reported_at: number;
  reported_at_iso: string;
  time_zone: string;
  status: string;
  severity: number;
  kind: string;
  urgency: string;
  channel: string;
  product_name: string;
  product_version: string;
  description: string;
  /** The reporter as JSON ({ name, phone?, email?, fax? }): personal data, redacted by role on the way out. */
  reporter: string;
  taken_by: string;
  warranty: string;
  policy_version: number;
  /** The latest fix (分析原因, 采取措施, resolution, category); null until resolved. */
  cause: string | null;
  measures: string | null;
  resolution: string | null;
  category: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  /** The latest confirmation and close; cleared when the ticket is reopened. */
  confirmed_at: string | null;
  closed_at: string | null;
  /** Rejected fixes and manager's reopens. */
  reopen_count: number;
}

export interface ArchiveEscalationRow {
  ticket_id: string;
  /** The event's revision in the ticket stream. */
  seq: number;
  level: number;
  reason: string;
  recipient: string;
  automatic: number;
  note: string | null;
  escalated_by: string;
  escalated_at: string;
}

export interface ArchiveSurveyRow {
  ticket_id: string;
  seq: number;
  surveyed_at: string;
  /** The scores as JSON (item → 0..5). */
  scores: string;
  comments: string | null;
  respondent: string | null;
  recorded_by: string;
}

/**
 * Every event of a ticket stream, in stream order, with its data as JSON: the forms of DOMAIN.md
 * are rendered from these (history, chasing records, engineers, the SLA's expected resolution).
 */
export interface ArchiveTicketEventRow {
  ticket_id: string;
  /** The event's revision in the ticket stream. */
  seq: number;
  type: string;
  /** Business time (envelope occurredAt) and recording time (server clock). */
  occurred_at: string;
  recorded_at: string;
  actor_id: string;
  actor_role: string;
  /** The event's data as JSON. */
  data: string;
}

/** The organisation as the forms print it (CustomerRegistered, CustomerDetailsUpdated). */
export interface ArchiveCustomerRow {
  customer_id: string;
  name: string;
  short_name: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
}

/** A user's display name and contact details, to print who took, handled or answered a ticket. */
export interface ArchiveStaffRow {
  staff_id: string;
  name: string;
  phone: string | null;
  email: string | null;
}

/** A contract as the forms print it (ContractRegistered, ContractAmended). */
export interface ArchiveContractRow {
  contract_id: string;
  customer_id: string;
  /** The contract's title or number. */
  name: string;
  product_name: string;
  product_version: string;
}

export interface ArchiveDb {
  archive_tickets: ArchiveTicketRow;
  archive_escalations: ArchiveEscalationRow;
  archive_surveys: ArchiveSurveyRow;
  archive_ticket_events: ArchiveTicketEventRow;
  archive_customers: ArchiveCustomerRow;
  archive_staff: ArchiveStaffRow;
  archive_contracts: ArchiveContractRow;
  archive_plan_records: ArchivePlanRecordRow;
}

/**
 * One row per inspection, revisit or phase survey of a contract (InspectionRecorded,
 * RevisitRecorded, PhaseSurveyRecorded), the event's data kept whole as JSON for the archive and
 * its forms. `done_at` is the inspection, revisit or survey instant: epoch ms and ISO.
 */
export interface ArchivePlanRecordRow {
  kind: 'inspection' | 'revisit' | 'phase_survey';
  /** The inspectionId, revisitId or surveyId. */
  record_id: string;
  contract_id: string;
  customer_id: string;
  /** 'YYYY-MM' (inspection), 'YYYY-Qn' (revisit) or the phase (phase survey). */
  period: string;
  done_at: number;
  done_at_iso: string;
  data: string;
}
