import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreDbEventStore, InMemoryEventStore, SqliteEventStore } from './index.js';
import type { ContractAdapter } from './contract/contract-fixtures.js';
import { eventStoreContract } from './contract/event-store.contract.js';

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const adapters: ContractAdapter[] = [
  { name: 'memory', startsEmpty: true, create: async () => new InMemoryEventStore() },
  {
    name: 'sqlite',
    startsEmpty: true,
    create: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ledger-contract-'));
      tempDirs.push(dir);
      return new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    },
  },
];

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
if (connectionString) {
  adapters.push({
    name: 'eventstoredb',
    startsEmpty: false,
    create: async () => new EventStoreDbEventStore({ connectionString }),
  });
} else {
  console.log(
    'EventStoreDB contract suite SKIPPED: EVENTSTORE_CONNECTION_STRING is not set (see docker/README.md).',
  );
}

describe.each(adapters)('event store contract: $name', (adapter) => {
  eventStoreContract(adapter);
});
