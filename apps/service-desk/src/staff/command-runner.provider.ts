import type { Provider } from '@nestjs/common';
import type { EventStore } from '#event-store';
import { StreamCommandRunner } from '../command-handling/stream-command-runner.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';

/** StreamCommandRunner over the process's event store; list it in a module's providers to inject it. */
export const commandRunnerProvider: Provider = {
  provide: StreamCommandRunner,
  useFactory: (store: EventStore) => new StreamCommandRunner(store),
  inject: [EVENT_STORE],
};
