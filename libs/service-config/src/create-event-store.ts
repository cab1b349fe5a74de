import { join } from 'node:path';
import { EventStoreDbEventStore, SqliteEventStore, type EventStore } from '#event-store';
import type { AppConfig } from './app-config.js';
import { EventStoreUnavailableError } from './event-store-unavailable.error.js';

/** Name of the event file inside DATA_DIR. */
export const EVENTS_FILE = 'events.sqlite';

/** How long start-up waits for the store to answer its first read. */
const FIRST_READ_TIMEOUT_MS = 15_000;

/** EventStoreDB when EVENTSTORE_CONNECTION_STRING is set, else the embedded SQLite store in DATA_DIR. */
export function createEventStore(config: AppConfig): EventStore {
  if (config.EVENTSTORE_CONNECTION_STRING) {
    return new EventStoreDbEventStore({ connectionString: config.EVENTSTORE_CONNECTION_STRING });
  }
  return new SqliteEventStore({ file: join(config.DATA_DIR, EVENTS_FILE) });
}

/**
 * Creates the store and reads its head once, so that an unreachable server or an unreadable file
 * stops the start with a plain message (credentials masked) instead of failing the first request.
 */
export async function openEventStore(config: AppConfig): Promise<EventStore> {
  const store = createEventStore(config);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.headPosition(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${FIRST_READ_TIMEOUT_MS} ms`)),
          FIRST_READ_TIMEOUT_MS,
        );
      }),
    ]);
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new EventStoreUnavailableError(`Cannot read the ${describeStore(config)}: ${reason}`);
  } finally {
    clearTimeout(timer);
  }
}

function describeStore(config: AppConfig): string {
  const connection = config.EVENTSTORE_CONNECTION_STRING;
  if (!connection) return `SQLite event store at ${join(config.DATA_DIR, EVENTS_FILE)}`;
  return `EventStoreDB at ${connection.replace(/\/\/[^@/]*@/, '//***@')}`;
}
