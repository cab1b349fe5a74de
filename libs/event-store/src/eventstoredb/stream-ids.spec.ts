import { StreamIdCache, type ChainLink } from './stream-ids.js';

/** A stream as the server holds it, counting which revisions each read started from. */
function stream(length: number, tag = 'e') {
  const links: ChainLink[] = [];
  const reads: number[] = [];
  const push = (n: number) => {
    for (let i = 0; i < n; i++) {
      const revision = links.length;
      links.push({
        id: `${tag}-${revision}`,
        revision,
        prevHash: links.at(-1)?.hash ?? null,
        hash: `${tag}-h${revision}`,
      });
    }
  };
  push(length);
  return {
    links,
    reads,
    push,
    head: () => links.at(-1),
    read: async function* (from: number) {
      reads.push(from);
      yield* links.slice(from);
    },
  };
}

describe('the ids of a stream', () => {
  it('reads the whole stream once, then nothing while its head stays where it was', async () => {
    const s = stream(3);
    const cache = new StreamIdCache();
    const first = await cache.load('s', s.head(), s.read);
    const again = await cache.load('s', s.head(), s.read);
    expect(s.reads).toEqual([0]);
    expect(first?.head).toEqual({ revision: 2, hash: 'e-h2' });
    expect([again?.revisionOf('e-0'), again?.revisionOf('e-2'), again?.revisionOf('other')]).toEqual([
      0,
      2,
      undefined,
    ]);
  });

  it('reads only the events after what it knows when others appended', async () => {
    const s = stream(3);
    const cache = new StreamIdCache();
    await cache.load('s', s.head(), s.read);
    s.push(2);
    const ids = await cache.load('s', s.head(), s.read);
    expect(s.reads).toEqual([0, 3]);
    expect(ids?.head.revision).toBe(4);
    expect(ids?.revisionOf('e-4')).toBe(4);
  });

  it('reads the stream again when the new events do not chain onto what it knows', async () => {
    const s = stream(3);
    const cache = new StreamIdCache();
    await cache.load('s', s.head(), s.read);
    s.links.splice(0, 3, ...stream(3, 'x').links);
    s.push(1);
    const ids = await cache.load('s', s.head(), s.read);
    expect(s.reads).toEqual([0, 3, 0]);
    expect([ids?.revisionOf('e-0'), ids?.revisionOf('x-0')]).toEqual([undefined, 0]);
  });

  it('reads the stream again when the head is not the one it knows', async () => {
    const s = stream(3);
    const cache = new StreamIdCache();
    await cache.load('s', s.head(), s.read);
    s.links[2] = { ...s.links[2], id: 'changed', hash: 'other' };
    const ids = await cache.load('s', s.head(), s.read);
    expect(s.reads).toEqual([0, 0]);
    expect(ids?.revisionOf('changed')).toBe(2);
  });

  it('knows nothing of a stream without events', async () => {
    const s = stream(0);
    expect(await new StreamIdCache().load('s', s.head(), s.read)).toBeUndefined();
    expect(s.reads).toEqual([]);
  });

  it('learns an append without reading it back', async () => {
    const s = stream(2);
    const cache = new StreamIdCache();
    await cache.load('s', s.head(), s.read);
    const before = { revision: 1, hash: 'e-h1' };
    s.push(2);
    cache.recordAppend('s', before, s.links.slice(2));
    const ids = await cache.load('s', s.head(), s.read);
    expect(s.reads).toEqual([0]);
    expect(ids?.revisionOf('e-3')).toBe(3);
  });

  it('learns the first append of a new stream', async () => {
    const s = stream(0);
    const cache = new StreamIdCache();
    s.push(2);
    cache.recordAppend('s', undefined, s.links);
    expect((await cache.load('s', s.head(), s.read))?.revisionOf('e-1')).toBe(1);
    expect(s.reads).toEqual([]);
  });

  it('forgets what it knew when an append was made onto a head it did not know', async () => {
    const s = stream(2);
    const cache = new StreamIdCache();
    await cache.load('s', s.head(), s.read);
    s.push(2);
    cache.recordAppend('s', { revision: 2, hash: 'e-h2' }, s.links.slice(3));
    await cache.load('s', s.head(), s.read);
    expect(s.reads).toEqual([0, 0]);
  });

  it('drops the least recently used streams beyond its capacity', async () => {
    const [a, b, c] = [stream(3, 'a'), stream(3, 'b'), stream(3, 'c')];
    const cache = new StreamIdCache(7);
    await cache.load('a', a.head(), a.read);
    await cache.load('b', b.head(), b.read);
    await cache.load('a', a.head(), a.read);
    await cache.load('c', c.head(), c.read);
    expect(cache.heldIds).toBe(6);
    await cache.load('a', a.head(), a.read);
    await cache.load('b', b.head(), b.read);
    expect([a.reads, b.reads]).toEqual([[0], [0, 0]]);
  });

  it('keeps a stream larger than its capacity while it is in use', async () => {
    const big = stream(10);
    const cache = new StreamIdCache(5);
    await cache.load('big', big.head(), big.read);
    await cache.load('big', big.head(), big.read);
    expect(big.reads).toEqual([0]);
  });
});
