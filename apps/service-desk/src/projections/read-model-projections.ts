import {
  archiveProjection,
  slaFactsProjection,
  ticketsProjection,
  timelineProjection,
  type Projection,
} from '#projections';
import { slaDeadlinesProjection } from '#projections/read-models/sla-deadlines/sla-deadlines.projection.js';
import { kbProjection } from '#projections/read-models/kb/kb.projection.js';
import { notificationsProjection } from '#projections/read-models/notifications/notifications.projection.js';

/** Every read model the service keeps, in the order they are started. */
export const READ_MODEL_PROJECTIONS: Projection[] = [
  ticketsProjection,
  timelineProjection,
  slaFactsProjection,
  archiveProjection,
  slaDeadlinesProjection,
  notificationsProjection,
  kbProjection,
];
