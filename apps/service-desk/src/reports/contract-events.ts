import { contractDecider, contractStream, type ContractEvent } from '#domain';
import { aggregateStream, domainEventOf, type EventStore } from '#event-store';

/** Every event of one contract's stream, oldest first, as the domain reads them. */
export async function contractEvents(store: EventStore, contractId: string): Promise<ContractEvent[]> {
  const { events } = await aggregateStream(
    store,
    contractStream(contractId),
    contractDecider.evolve,
    contractDecider.initialState,
  );
  return events.map(domainEventOf);
}
