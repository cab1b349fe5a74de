/** One pending action of the SLA watchman: what to do on which ticket, and when. */
export interface SlaDeadlineRow {
  ticket_id: string;
  /** slaDeadlineKey: action, level, reason, timer and due time; with the ticket id it makes the command id. */
  key: string;
  action: 'warn' | 'escalate';
  timer: string;
  level: number | null;
  reason: string | null;
  /** The deadline the action belongs to (ISO in the ticket's zone). */
  due_at: string;
  /** When to act (ISO in the ticket's zone) and its epoch ms: the scheduler's alarm. */
  act_at: string;
  act_ms: number;
}

/** Each ticket's events with the role of their actor: the deadlines are recomputed from them. */
export interface SlaDeadlineHistoryRow {
  ticket_id: string;
  /** JSON of TicketHistoryEntry[] (stream order). */
  history: string;
}

export interface SlaDeadlinesDb {
  sla_deadlines: SlaDeadlineRow;
  sla_deadline_history: SlaDeadlineHistoryRow;
}
