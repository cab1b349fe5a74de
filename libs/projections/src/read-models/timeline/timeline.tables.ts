/**
 * One row per event of every stream: who did what, when (business time and recording time) and
 * from where. No event data beyond the bilingual summary line: payloads hold personal data and
 * secrets (password hashes) that the audit trail does not need to show.
 */
export interface TimelineEventRow {
  /** Global position in the log: the order of everything. */
  position: number;
  event_id: string;
  stream: string;
  revision: number;
  type: string;
  actor_id: string;
  actor_role: string;
  source: string;
  /** Business time (may be back-dated by an agent), as recorded and as epoch ms. */
  occurred_at: string;
  occurred_ms: number;
  /** The store's clock at append time (UTC ISO), and as epoch ms. */
  recorded_at: string;
  recorded_ms: number;
  correlation_id: string | null;
  causation_id: string | null;
  command_id: string | null;
  /** The customer organisation the event concerns, when known (its own, or its stream's). */
  customer_id: string | null;
  /** The ticket the event belongs to (ticket streams; a service number's allocation). */
  ticket_id: string | null;
  summary_zh: string;
  summary_en: string;
}

/** Which customer a stream concerns, from the first of its events that names one. */
export interface StreamCustomerRow {
  stream: string;
  customer_id: string;
}

export interface TimelineDb {
  timeline_events: TimelineEventRow;
  timeline_stream_customers: StreamCustomerRow;
}
