import {
  archiveProjection,
  slaFactsProjection,
  ticketsProjection,
  timelineProjection,
  type Projection,
} from '#projections';

/** Every read model the service keeps, in the order they are started. */
export const READ_MODEL_PROJECTIONS: Projection[] = [
  ticketsProjection,
  timelineProjection,
  slaFactsProjection,
  archiveProjection,
];
