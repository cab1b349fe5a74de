import { EventEmitter } from 'node:events';
import type { SubscriptionMessage } from '../event-store.port.js';
import type { RecordedEvent } from '../recorded-event.js';
import type { StartPoint } from './esdb-positions.js';
import { resubscribingCatchUp, type CatchUpFeed, type FeedItem } from './resubscribing-catch-up.js';

class TransientError extends Error {}

/**
 * A stand-in for the server: a log of $all items (positions 10, 20, 30...; every third one not
 * ours), subscriptions that follow it live, and failures injected by the test.
 */
class FakeServer {
  readonly log: FeedItem[] = [];
  readonly opened: StartPoint[] = [];
  readonly startAfterCalls: bigint[] = [];
  /** For the n-th subscription opened: fail with this error after that many items. */
  readonly failures = new Map<number, { after: number; error: Error }>();
  /** For the n-th subscription opened: end (as a server may) after that many items. */
  readonly endings = new Map<number, number>();
  openNow = 0;
  private readonly appended = new EventEmitter();

  append(count: number, ours = (position: bigint) => position % 30n !== 0n): void {
    for (let i = 0; i < count; i++) {
      const position = BigInt((this.log.length + 1) * 10);
      const event = ours(position)
        ? ({ id: `e${position}`, position } as unknown as RecordedEvent)
        : undefined;
      this.log.push({ at: { commit: position, prepare: position }, position, event });
    }
    this.appended.emit('appended');
  }

  feed(): CatchUpFeed {
    return {
      head: async () => [...this.log].reverse().find((item) => item.event)?.position ?? null,
      startAfter: async (position) => {
        this.startAfterCalls.push(position);
        return [...this.log].reverse().find((item) => item.position <= position)?.at ?? 'start';
      },
      open: (from) => this.open(from),
    };
  }

  private open(from: StartPoint) {
    const n = this.opened.push(from);
    const failure = this.failures.get(n);
    const ending = this.endings.get(n);
    let closed = false;
    let wake: (() => void) | undefined;
    this.openNow++;
    const { log, appended } = this;
    const items = async function* (): AsyncGenerator<FeedItem> {
      let index = from === 'start' ? 0 : log.findIndex((item) => item.position > from.prepare);
      if (index < 0) index = log.length;
      let sent = 0;
      while (!closed) {
        if (failure && sent === failure.after) throw failure.error;
        if (ending !== undefined && sent === ending) return;
        if (index < log.length) {
          sent++;
          yield log[index++];
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
          appended.once('appended', resolve);
        });
      }
    };
    return {
      items: items(),
      close: async () => {
        if (!closed) this.openNow--;
        closed = true;
        wake?.();
      },
    };
  }
}

async function take(
  subscription: AsyncIterable<SubscriptionMessage>,
  until: (messages: SubscriptionMessage[]) => boolean,
): Promise<string[]> {
  const messages: SubscriptionMessage[] = [];
  for await (const message of subscription) {
    messages.push(message);
    if (until(messages)) break;
  }
  return messages.map((m) => (m.kind === 'event' ? m.event.id : `caught-up@${m.position}`));
}

const isTransient = (error: unknown) => error instanceof TransientError;
const caughtUp = (messages: SubscriptionMessage[]) => messages.at(-1)?.kind === 'caught-up';
const count = (n: number) => (messages: SubscriptionMessage[]) =>
  messages.filter((m) => m.kind === 'event').length >= n;

describe('a catch-up feed that subscribes again after errors', () => {
  it('delivers the log in order, says it caught up after the last event, then follows live', async () => {
    const server = new FakeServer();
    server.append(5);
    const subscription = resubscribingCatchUp(server.feed(), { isTransient });
    setTimeout(() => server.append(2), 20);
    const seen = await take(subscription, count(5));
    await subscription.close();
    expect(seen).toEqual(['e10', 'e20', 'e40', 'e50', 'caught-up@50', 'e70']);
    expect(server.opened).toEqual(['start']);
  });

  it('starts after a checkpoint, from where the server says that is', async () => {
    const server = new FakeServer();
    server.append(8);
    const subscription = resubscribingCatchUp(server.feed(), { isTransient, afterPosition: 45n });
    const seen = await take(subscription, caughtUp);
    await subscription.close();
    expect(seen).toEqual(['e50', 'e70', 'e80', 'caught-up@80']);
    expect(server.startAfterCalls).toEqual([45n]);
    expect(server.opened).toEqual([{ commit: 40n, prepare: 40n }]);
  });

  it('after a transient error, waits and resumes right after the last item it received', async () => {
    const server = new FakeServer();
    server.append(10);
    server.failures.set(1, { after: 3, error: new TransientError('connection lost') });
    server.failures.set(2, { after: 2, error: new TransientError('leader changed') });
    const pauses: number[] = [];
    const subscription = resubscribingCatchUp(server.feed(), {
      isTransient,
      backoffMs: (attempt) => (pauses.push(attempt), 1),
    });
    const seen = await take(subscription, caughtUp);
    await subscription.close();
    expect(seen).toEqual(['e10', 'e20', 'e40', 'e50', 'e70', 'e80', 'e100', 'caught-up@100']);
    expect(server.opened).toEqual(['start', { commit: 30n, prepare: 30n }, { commit: 50n, prepare: 50n }]);
    expect(pauses).toEqual([1, 1]);
  });

  it('backs off longer while the server keeps failing before delivering anything', async () => {
    const server = new FakeServer();
    server.append(2);
    for (const n of [1, 2, 3]) server.failures.set(n, { after: 0, error: new TransientError('unavailable') });
    const pauses: number[] = [];
    const subscription = resubscribingCatchUp(server.feed(), {
      isTransient,
      backoffMs: (attempt) => (pauses.push(attempt), 1),
    });
    const seen = await take(subscription, count(1));
    await subscription.close();
    expect(seen).toEqual(['e10']);
    expect(pauses).toEqual([1, 2, 3]);
  });

  it('subscribes again when the server ends the subscription', async () => {
    const server = new FakeServer();
    server.append(4);
    server.endings.set(1, 2);
    const subscription = resubscribingCatchUp(server.feed(), { isTransient, backoffMs: () => 1 });
    const seen = await take(subscription, caughtUp);
    await subscription.close();
    expect(seen).toEqual(['e10', 'e20', 'e40', 'caught-up@40']);
    expect(server.opened).toEqual(['start', { commit: 20n, prepare: 20n }]);
  });

  it('passes an error that will not go away on to the reader', async () => {
    const server = new FakeServer();
    server.append(3);
    server.failures.set(1, { after: 1, error: new Error('access denied') });
    const subscription = resubscribingCatchUp(server.feed(), { isTransient });
    await expect(take(subscription, () => false)).rejects.toThrow('access denied');
    expect(server.openNow).toBe(0);
  });

  it('says at once that it caught up when there is nothing to catch up on', async () => {
    const empty = new FakeServer();
    const fromStart = resubscribingCatchUp(empty.feed(), { isTransient });
    expect(await take(fromStart, (m) => m.length === 1)).toEqual(['caught-up@null']);
    await fromStart.close();

    const server = new FakeServer();
    server.append(3);
    const afterHead = resubscribingCatchUp(server.feed(), { isTransient, afterPosition: 20n });
    setTimeout(() => server.append(1), 20);
    expect(await take(afterHead, count(1))).toEqual(['caught-up@20', 'e40']);
    await afterHead.close();
  });

  it('ends a reader waiting for live events when closed, and stops the server subscription', async () => {
    const server = new FakeServer();
    server.append(2);
    const subscription = resubscribingCatchUp(server.feed(), { isTransient });
    const reading = take(subscription, () => false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.openNow).toBe(1);
    await subscription.close();
    expect(await reading).toEqual(['e10', 'e20', 'caught-up@20']);
    expect(server.openNow).toBe(0);
  });

  it('stops waiting out a backoff when closed', async () => {
    const server = new FakeServer();
    server.append(1);
    server.failures.set(1, { after: 0, error: new TransientError('unavailable') });
    const subscription = resubscribingCatchUp(server.feed(), { isTransient, backoffMs: () => 60_000 });
    const reading = take(subscription, () => false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await subscription.close();
    expect(await reading).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
