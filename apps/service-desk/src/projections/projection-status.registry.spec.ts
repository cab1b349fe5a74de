import { randomUUID } from 'node:crypto';
import { InMemoryEventStore } from '#event-store';
import { ProjectionStatusRegistry } from './projection-status.registry.js';

const event = () => ({
  id: randomUUID(),
  type: 'FaultReported',
  data: {},
  metadata: { actor: { id: 'a', role: 'agent' }, source: 'api' as const },
});

describe('ProjectionStatusRegistry', () => {
  let store: InMemoryEventStore;
  let registry: ProjectionStatusRegistry;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.append('ticket-1', [event(), event(), event()], { expectedRevision: 'no_stream' });
    registry = new ProjectionStatusRegistry(store);
  });

  it('is caught up with no projection registered', async () => {
    expect(await registry.report()).toEqual({ caughtUp: true, projections: [] });
  });

  it('reports each projection with the head and its lag, asking it afresh each time', async () => {
    let checkpoint: bigint | null = 1n;
    registry.register('tickets', () => ({ checkpoint, caughtUp: checkpoint === 3n }));
    expect(await registry.report()).toEqual({
      caughtUp: false,
      projections: [{ name: 'tickets', checkpoint: 1n, head: 3n, lag: 2n, caughtUp: false }],
    });
    checkpoint = 3n;
    expect(await registry.report()).toMatchObject({
      caughtUp: true,
      projections: [{ lag: 0n, caughtUp: true }],
    });
  });

  it('never counts a failed projection as caught up', async () => {
    registry.register('sla', () => ({ checkpoint: 3n, caughtUp: true, error: 'boom' }));
    expect(await registry.report()).toMatchObject({
      caughtUp: false,
      projections: [{ name: 'sla', error: 'boom' }],
    });
  });

  it('forgets a projection that unregisters, and refuses a second one of the same name', async () => {
    const unregister = registry.register('tickets', () => ({ checkpoint: null, caughtUp: false }));
    expect(() => registry.register('tickets', () => ({ checkpoint: null, caughtUp: false }))).toThrow(
      /already registered/,
    );
    unregister();
    expect(await registry.report()).toEqual({ caughtUp: true, projections: [] });
  });
});
