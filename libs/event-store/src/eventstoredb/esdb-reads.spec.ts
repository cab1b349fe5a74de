import { once } from 'node:events';
import { Readable } from 'node:stream';
import {
  AccessDeniedError,
  DeadlineExceededError,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  type StreamingRead,
} from '@eventstore/db-client';
import { isTransientError, iterateRead } from './esdb-reads.js';

/** A stand-in for the client's streaming read: items, then an end or an error; counts cancellations. */
function serverRead<T>(items: T[], error?: Error): StreamingRead<T> & { cancelled: number } {
  const queue: (T | Error | null)[] = [...items, error ?? null];
  const read = new Readable({
    objectMode: true,
    read() {
      const next = queue.shift();
      if (next instanceof Error) this.destroy(next);
      else if (next !== undefined) this.push(next);
    },
  }) as Readable & { cancel(): Promise<void>; cancelled: number };
  read.cancelled = 0;
  read.cancel = async () => {
    read.cancelled++;
  };
  return read as unknown as StreamingRead<T> & { cancelled: number };
}

async function collect<T>(iterable: AsyncIterable<T>, limit = Number.POSITIVE_INFINITY): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) {
    items.push(item);
    if (items.length >= limit) break;
  }
  return items;
}

describe('reading from the server', () => {
  it('yields what the server sends', async () => {
    expect(await collect(iterateRead(serverRead([1, 2, 3])))).toEqual([1, 2, 3]);
  });

  it('reads a stream that does not exist as an empty one', async () => {
    const read = serverRead([], new StreamNotFoundError(undefined, 'ticket-9'));
    expect(await collect(iterateRead(read))).toEqual([]);
  });

  it('cancels the server call when the reader stops early, and drains the rest instead of destroying it', async () => {
    const read = serverRead([1, 2, 3, 4]);
    expect(await collect(iterateRead(read), 2)).toEqual([1, 2]);
    expect(read.cancelled).toBe(1);
    expect(read.destroyed).toBe(false);
    if (!read.readableEnded) await once(read, 'end');
    expect(read.readableEnded).toBe(true);
  });

  it('leaves a read that came to its end alone', async () => {
    const read = serverRead([1, 2]);
    expect(await collect(iterateRead(read))).toEqual([1, 2]);
    expect(read.cancelled).toBe(0);
  });

  it('passes other errors on', async () => {
    const read = serverRead([1], StreamDeletedError.fromStreamName('ticket-1'));
    await expect(collect(iterateRead(read))).rejects.toBeInstanceOf(StreamDeletedError);
  });
});

describe('errors worth subscribing again for', () => {
  const prematureClose = Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
  it.each([
    ['the server is unavailable', new UnavailableError(), true],
    ['a deadline passed', new DeadlineExceededError(), true],
    ['the connection closed mid-stream', prematureClose, true],
    ['access is denied', new AccessDeniedError(), false],
    ['the stream was deleted', StreamDeletedError.fromStreamName('s'), false],
    ['an error of the adapter', new Error('came without its $all position'), false],
    ['something that is not an error', 'unavailable', false],
  ])('%s', (_name, error, transient) => {
    expect(isTransientError(error)).toBe(transient);
  });
});
