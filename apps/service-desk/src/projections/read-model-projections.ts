import {
  archiveProjection,
  slaFactsProjection,
  ticketsProjection,
  timelineProjection,
  type Projection,
} from '#projections';
import { notificationsProjection } from '#projections/read-models/notifications/notifications.projection.js';

/** Every read model the service keeps, in the order they are started. */
export const READ_MODEL_PROJECTIONS: Projection[] = [
  ticketsProjection,
  timelineProjection,
  slaFactsProjection,
  archiveProjection,
  notificationsProjection,
];
