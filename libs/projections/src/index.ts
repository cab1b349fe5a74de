export * from './projection.js';
export * from './projection-runner.js';
export { openReadDatabase } from './read-database.js';
export * from './projection-host.js';
export { slaFactsProjection } from './read-models/sla-facts/sla-facts.projection.js';
export * from './read-models/sla-facts/sla-facts.tables.js';
export { ticketSlaFacts } from './read-models/sla-facts/ticket-sla-facts.js';
export { archiveProjection } from './read-models/archive/archive.projection.js';
export type * from './read-models/archive/archive.tables.js';
export { ticketsProjection } from './read-models/tickets/tickets.projection.js';
export { TIMER_COLUMN_PREFIX, type TicketRow, type TicketsDb } from './read-models/tickets/tickets.tables.js';
export {
  SLA_TICKET_STATES,
  ticketSlaIs,
  timerIs,
  timerStateAt,
  worstOf,
  type SlaTicketState,
} from './read-models/tickets/sla-state.js';
export { timelineProjection } from './read-models/timeline/timeline.projection.js';
export type { TimelineDb, TimelineEventRow } from './read-models/timeline/timeline.tables.js';
export { slaDeadlinesProjection, entryOf } from './read-models/sla-deadlines/sla-deadlines.projection.js';
export type {
  SlaDeadlineHistoryRow,
  SlaDeadlineRow,
  SlaDeadlinesDb,
} from './read-models/sla-deadlines/sla-deadlines.tables.js';
export { notificationsProjection } from './read-models/notifications/notifications.projection.js';
export { NOTIFYING_EVENTS } from './read-models/notifications/notifications-of.js';
export * from './read-models/notifications/notifications.tables.js';
export { kbProjection } from './read-models/kb/kb.projection.js';
export { searchKb, type KbSearch } from './read-models/kb/kb-search.js';
export type * from './read-models/kb/kb.tables.js';
export { READ_MODEL_PROJECTIONS } from './read-model-projections.js';
export { ActiveFiles } from './active-files.js';
export type { AnyDatabase } from './any-database.js';
