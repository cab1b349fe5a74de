/** Column prefixes of the three SLA timers (slaClock's `response`, `onSite`, `resolution`). */
export const TIMER_COLUMN_PREFIX = {
  response: 'response',
  onSite: 'onsite',
  resolution: 'resolution',
} as const;
export type TimerName = keyof typeof TIMER_COLUMN_PREFIX;
export type TimerPrefix = (typeof TIMER_COLUMN_PREFIX)[TimerName];
export const TIMER_NAMES = Object.keys(TIMER_COLUMN_PREFIX) as TimerName[];

/**
 * What the events say about one SLA timer, read once they have all happened (so nothing here
 * depends on when the row was written). `*_ms` are epoch milliseconds for comparisons in SQL,
 * `*_at` the same instants as ISO 8601 in the ticket's zone, for display. Null: does not apply.
 * - started_ms: the timer started (report time; the first dispatch for on-site);
 * - due: the last instant at which completing still meets the target in force;
 * - at_risk: when the at-risk share of the target is (or will be, if nothing happens) reached;
 * - breached: when the target is (or will be, while it runs) passed; `breached_from_ms` is the
 *   first instant at which the timer reads `breached` (dueAt + 1 ms, or a severity raise's instant);
 * - completed: the meeting event (Responded, ArrivedOnSite, Resolved), on time or late;
 * - frozen_at: the ticket was closed before the timer completed: it stopped counting there.
 * The state at any later instant follows from these by comparison (see sla-state.ts).
 */
type TimerFacts<P extends string> = { [K in `${P}_target`]: string } & {
  [
    K in `${P}_started_ms` | `${P}_due_ms` | `${P}_at_risk_ms` | `${P}_breached_from_ms` | `${P}_completed_ms`
  ]: number | null;
} & {
  [K in `${P}_due_at` | `${P}_at_risk_at` | `${P}_breached_at` | `${P}_completed_at` | `${P}_frozen_at`]:
    string | null;
};

export type TimerColumns = TimerFacts<'response'> & TimerFacts<'onsite'> & TimerFacts<'resolution'>;

/** One row per ticket: what GET /api/tickets filters, sorts and shows. */
export type TicketRow = {
  id: string;
  service_no: string;
  status: string;
  /** 1 while the ticket is not closed. */
  open: number;
  /** The severity in force (after changes). */
  severity: number;
  kind: string;
  urgency: string;
  channel: string;
  customer_id: string;
  contract_id: string;
  product_name: string;
  product_version: string;
  description: string;
  reporter_name: string;
  reporter_phone: string | null;
  reporter_email: string | null;
  reporter_fax: string | null;
  /** The report time in force (after corrections), ISO in the ticket's zone, and as epoch ms. */
  reported_at: string;
  reported_ms: number;
  /** The report time first entered, when it was corrected since. */
  original_reported_at: string | null;
  /** When the system recorded the report (server clock, UTC ISO), and as epoch ms. */
  recorded_at: string;
  recorded_ms: number;
  taken_by: string;
  warranty: string;
  warranty_until: string;
  policy_version: number;
  time_zone: string;
  assignee_id: string | null;
  /** JSON array of the staff ids who worked on it (responded, dispatched, arrived, assigned). */
  engineers: string;
  /** Highest escalation level reached (0: none), and every escalation as JSON [{level, reason}]. */
  escalation_level: number;
  escalations: string;
  resolved_by: string | null;
  resolution_cause: string | null;
  resolution_measures: string | null;
  resolution_text: string | null;
  resolution_category: string | null;
  resolved_at: string | null;
  /** While a fix awaits the customer's answer: until when. */
  confirmation_due_at: string | null;
  /** Lower-cased description, resolution, cause, measures and service number, for free-text search. */
  search_text: string;
  /** The ticket stream's revision and the global position of its latest event. */
  revision: number;
  last_position: number;
  /** When the latest event was recorded (UTC ISO), and as epoch ms. */
  updated_at: string;
  updated_ms: number;
} & TimerColumns;

/** A ticket's events (type and data) in stream order: the SLA clock reads them again on each new one. */
export interface TicketHistoryRow {
  ticket_id: string;
  events: string;
}

export interface TicketsDb {
  tickets: TicketRow;
  ticket_history: TicketHistoryRow;
}
