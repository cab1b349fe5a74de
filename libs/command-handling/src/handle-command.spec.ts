import { randomUUID } from 'node:crypto';
import type { Decider } from '#domain';
import { aggregateStream, InMemoryEventStore, type EventStore } from '#event-store';
import type { CommandContext } from './command-context.js';
import { ConcurrencyConflictError, PreconditionFailedError, StreamNotFoundError } from './command-errors.js';
import { handle } from './handle-command.js';

/** A tiny decider for the runner's own rules: a door that can be opened once, then closed once. */
type DoorEvent = { type: 'Opened'; data: { by: string } } | { type: 'Closed'; data: { by: string } };
type DoorCommand = { type: 'open' | 'close'; by: string };
type Door = { status: 'new' | 'open' | 'closed' };
const door: Decider<DoorCommand, DoorEvent, Door> = {
  initialState: () => ({ status: 'new' }),
  evolve: (_s, e) => ({ status: e.type === 'Opened' ? 'open' : 'closed' }),
  decide: (c, s) => {
    if (c.type === 'open' && s.status === 'new') return [{ type: 'Opened', data: { by: c.by } }];
    if (c.type === 'close' && s.status === 'open') return [{ type: 'Closed', data: { by: c.by } }];
    throw new Error(`cannot ${c.type} a door that is ${s.status}`);
  },
};

const context = (over: Partial<CommandContext> = {}): CommandContext => ({
  actor: { id: 'u1', role: 'agent' },
  source: 'api',
  now: '2026-12-05T08:00:00.000Z',
  commandId: randomUUID(),
  correlationId: randomUUID(),
  ...over,
});

describe('handle: the one command seam', () => {
  let store: EventStore;
  const runner = {
    run: <C, S>(
      stream: string,
      decider: Decider<C, DoorEvent, S>,
      command: C,
      ctx: CommandContext,
      options = {},
    ) => handle(store, stream, decider, command, ctx, options),
    load: (stream: string) => aggregateStream(store, stream, door.evolve, door.initialState),
  };
  beforeEach(() => {
    store = new InMemoryEventStore();
  });

  it('appends what the decider decided, with the context in each envelope', async () => {
    const ctx = context();
    const result = await runner.run('door-1', door, { type: 'open', by: 'ann' }, ctx);
    expect(result).toMatchObject({ revision: 0, state: { status: 'open' }, replayed: false });
    expect(result.events).toEqual([{ type: 'Opened', data: { by: 'ann' } }]);
    const [stored] = (await runner.load('door-1')).events;
    expect(stored).toMatchObject({
      type: 'Opened',
      data: { by: 'ann' },
      position: result.position,
      metadata: { actor: ctx.actor, commandId: ctx.commandId, correlationId: ctx.correlationId },
    });
  });

  it('answers the revision and position the store gave, and the state the new events lead to', async () => {
    await runner.run('door-1', door, { type: 'open', by: 'ann' }, context());
    const closed = await runner.run('door-1', door, { type: 'close', by: 'bob' }, context());
    const log = (await runner.load('door-1')).events;
    expect(closed).toMatchObject({ revision: 1, position: log[1].position, state: { status: 'closed' } });
  });

  it('decides a command given as a function of the state on the state it loaded', async () => {
    await runner.run('door-1', door, { type: 'open', by: 'ann' }, context());
    const seen: string[] = [];
    await handle(
      store,
      'door-1',
      door,
      (s: Door) => (seen.push(s.status), { type: 'close', by: 'bob' }),
      context(),
    );
    expect(seen).toEqual(['open']);
  });

  it('returns the first result and appends nothing when the same command id comes again', async () => {
    const ctx = context();
    const first = await runner.run('door-1', door, { type: 'open', by: 'ann' }, ctx);
    const retry = await runner.run('door-1', door, { type: 'open', by: 'ann' }, ctx);
    expect(retry).toMatchObject({ revision: first.revision, position: first.position, replayed: true });
    expect((await runner.load('door-1')).events).toHaveLength(1);
  });

  it('answers a retry the tail it read did not show with what the command wrote the first time', async () => {
    type Counted = { type: 'Counted'; data: { n: number; by: string } };
    const counter: Decider<{ by: string }, Counted, { n: number }> = {
      initialState: () => ({ n: 0 }),
      evolve: (_s, e) => ({ n: e.data.n }),
      decide: (c, s) => [{ type: 'Counted', data: { n: s.n + 1, by: c.by } }],
    };
    const first = context();
    const run = (by: string, ctx: CommandContext) =>
      handle(store, 'counter', counter, { by }, ctx, { tail: 1 });
    await run('ann', first);
    await run('bob', context());
    const retry = await run('ann', first);
    expect(retry).toMatchObject({ replayed: true, revision: 0, events: [{ data: { n: 1, by: 'ann' } }] });
    const stored = await aggregateStream(store, 'counter', counter.evolve, counter.initialState);
    expect(stored.events.map((e) => e.data)).toEqual([
      { n: 1, by: 'ann' },
      { n: 2, by: 'bob' },
    ]);
  });

  it('refuses with 412 semantics when If-Match names a revision the stream has left', async () => {
    await runner.run('door-1', door, { type: 'open', by: 'ann' }, context());
    await expect(
      runner.run('door-1', door, { type: 'close', by: 'bob' }, context({ ifMatch: 3 })),
    ).rejects.toEqual(new PreconditionFailedError('door-1', 3, 0));
  });

  it('refuses a command on a stream that must exist but does not', async () => {
    await expect(
      runner.run('door-9', door, { type: 'close', by: 'bob' }, context(), { mustExist: true }),
    ).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('lets exactly one of two concurrent closers win; the other meets the new state', async () => {
    await runner.run('door-1', door, { type: 'open', by: 'ann' }, context());
    const results = await Promise.allSettled([
      runner.run('door-1', door, { type: 'close', by: 'bob' }, context()),
      runner.run('door-1', door, { type: 'close', by: 'cat' }, context()),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason.message).toBe('cannot close a door that is closed');
  });

  it('gives up with a conflict after a bounded number of lost races', async () => {
    const always = { ...door, decide: () => [{ type: 'Opened' as const, data: { by: 'x' } }] };
    await runner.run('door-1', door, { type: 'open', by: 'ann' }, context());
    const racing = Array.from({ length: 6 }, () =>
      runner.run('door-1', always, { type: 'open', by: 'x' }, context(), { maxAttempts: 2 }),
    );
    const results = await Promise.allSettled(racing);
    const conflicts = results.filter(
      (r) => r.status === 'rejected' && r.reason instanceof ConcurrencyConflictError,
    );
    expect(conflicts.length).toBeGreaterThan(0);
  });
});
