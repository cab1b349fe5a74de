import { contractStream, type ContractEvent } from '#domain';
import type { EventStore } from '#event-store';
import { toDomainEvent } from '../command-handling/stream-command-runner.js';

/** Every event of one contract's stream, oldest first, as the domain reads them. */
export async function contractEvents(store: EventStore, contractId: string): Promise<ContractEvent[]> {
  const events: ContractEvent[] = [];
  for await (const event of store.readStream(contractStream(contractId))) {
    events.push(toDomainEvent<ContractEvent>(event));
  }
  return events;
}
