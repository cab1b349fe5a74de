import type { Generated } from 'kysely';

/** Where each channel's dispatcher has got to in the store's feed. */
export interface DispatchCheckpointRow {
  /** `<channel kind>:<endpoint>` */
  name: string;
  position: string;
}

/** One notification owed to one endpoint, until it is delivered or given up. */
export interface DeliveryQueueRow {
  endpoint: string;
  notification_id: string;
  channel: string;
  position: number;
  /** The JSON the channel sends. */
  payload: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_ms: number;
  /** A process working on the row holds it until then (two instances never post it at once). */
  lease_until_ms: number;
  finished_at: string | null;
}

/** The log of every attempt: when, what answered (status code or error), which attempt. */
export interface WebhookDeliveryRow {
  id: Generated<number>;
  channel: string;
  endpoint: string;
  notification_id: string;
  attempt: number;
  attempted_at: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  /** delivered / retry (another attempt is scheduled) / failed (given up or refused). */
  outcome: 'delivered' | 'retry' | 'failed';
  next_attempt_at: string | null;
}

export interface DeliveryLedgerDb {
  dispatch_checkpoint: DispatchCheckpointRow;
  delivery_queue: DeliveryQueueRow;
  webhook_deliveries: WebhookDeliveryRow;
}
