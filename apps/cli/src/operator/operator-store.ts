import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '#event-store';
import {
  ConfigValidationError,
  createEventStore,
  EventStoreUnavailableError,
  EVENTS_FILE,
  validateAppConfig,
  type AppConfig,
} from '#service-config';
import { OperatorError } from './operator-error.js';

export interface OpenStore {
  config: AppConfig;
  store: EventStore;
  /** Where the events are, for messages (never the connection string: it may hold credentials). */
  location: string;
}

/**
 * The service's event store, opened on demand with the service's own configuration
 * (validateAppConfig over the environment, createEventStore), so that commands that need no
 * store (verify-bundle) run anywhere. Closed when the CLI's Nest context closes.
 */
@Injectable()
export class OperatorStore implements OnApplicationShutdown {
  private opened?: OpenStore;

  open(env: Record<string, string | undefined> = process.env): OpenStore {
    if (this.opened) return this.opened;
    const config = this.configFrom(env);
    const location = config.EVENTSTORE_CONNECTION_STRING
      ? 'EventStoreDB (EVENTSTORE_CONNECTION_STRING)'
      : join(config.DATA_DIR, EVENTS_FILE);
    if (!config.EVENTSTORE_CONNECTION_STRING && !existsSync(location)) {
      throw new OperatorError(
        `No event store at ${location}: set DATA_DIR to the service's data folder (now ${config.DATA_DIR})`,
      );
    }
    try {
      this.opened = { config, store: createEventStore(config), location };
    } catch (error) {
      if (error instanceof EventStoreUnavailableError) throw new OperatorError(error.message);
      throw error;
    }
    return this.opened;
  }

  /**
   * The SQLite event file of DATA_DIR, for commands that copy the file itself (backup): refused when
   * the events live in EventStoreDB, or when there is no store at DATA_DIR.
   */
  sqliteFile(env: Record<string, string | undefined> = process.env): { config: AppConfig; file: string } {
    const config = this.configFrom(env);
    if (config.EVENTSTORE_CONNECTION_STRING) {
      throw new OperatorError(
        'The events live in EventStoreDB (EVENTSTORE_CONNECTION_STRING): back them up with KurrentDB’s own backup',
      );
    }
    const file = join(config.DATA_DIR, EVENTS_FILE);
    if (!existsSync(file)) {
      throw new OperatorError(
        `No event store at ${file}: set DATA_DIR to the service's data folder (now ${config.DATA_DIR})`,
      );
    }
    return { config, file };
  }

  private configFrom(env: Record<string, string | undefined>): AppConfig {
    try {
      return validateAppConfig(env);
    } catch (error) {
      if (error instanceof ConfigValidationError) throw new OperatorError(error.message);
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.opened?.store.close();
    this.opened = undefined;
  }
}
