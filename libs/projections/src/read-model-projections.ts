import type { AnyProjection } from './projection.js';
import { archiveProjection } from './read-models/archive/archive.projection.js';
import { kbProjection } from './read-models/kb/kb.projection.js';
import { notificationsProjection } from './read-models/notifications/notifications.projection.js';
import { slaDeadlinesProjection } from './read-models/sla-deadlines/sla-deadlines.projection.js';
import { slaFactsProjection } from './read-models/sla-facts/sla-facts.projection.js';
import { ticketsProjection } from './read-models/tickets/tickets.projection.js';
import { timelineProjection } from './read-models/timeline/timeline.projection.js';

/** Every read model the service keeps, in the order they are started. */
export const READ_MODEL_PROJECTIONS: AnyProjection[] = [
  ticketsProjection,
  timelineProjection,
  slaFactsProjection,
  archiveProjection,
  slaDeadlinesProjection,
  notificationsProjection,
  kbProjection,
];
