import { join } from 'node:path';
import { SqliteEventStore, type EventStore } from '#event-store';
import type { AppConfig } from '../config/app-config.js';
import { EventStoreUnavailableError } from './event-store-unavailable.error.js';

/** Name of the event file inside DATA_DIR. */
export const EVENTS_FILE = 'events.sqlite';

/** EventStoreDB when EVENTSTORE_CONNECTION_STRING is set, else the embedded SQLite store in DATA_DIR. */
export function createEventStore(config: AppConfig): EventStore {
  if (config.EVENTSTORE_CONNECTION_STRING) {
    // TODO: return new EventStoreDbEventStore({ connectionString: config.EVENTSTORE_CONNECTION_STRING })
    // once libs/event-store exports it from '#event-store'.
    throw new EventStoreUnavailableError(
      'EVENTSTORE_CONNECTION_STRING is set, but the EventStoreDB adapter is not available yet in this build; ' +
        'unset it to use the embedded SQLite store',
    );
  }
  return new SqliteEventStore({ file: join(config.DATA_DIR, EVENTS_FILE) });
}
