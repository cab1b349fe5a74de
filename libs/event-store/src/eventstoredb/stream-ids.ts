import type { StreamHead } from '../append-plan.js';

/** The part of a stored event the id index needs. */
export interface ChainLink {
  id: string;
  revision: number;
  prevHash: string | null;
  hash: string;
}

/** The event ids stored in one stream, as of (at least) its head. */
export interface StreamIds {
  head: StreamHead;
  revisionOf(id: string): number | undefined;
}

interface Entry {
  revision: number;
  hash: string;
  ids: Map<string, number>;
}

/**
 * EventStoreDB has no index from an event id to where it is stored, and an append must know
 * whether its ids are already in the stream (an idempotent retry, or a reused id). This cache
 * keeps the ids of recently used streams, checked against the stream's real head before every
 * use: when the head moved it reads only the events after what it knows (and checks that they
 * chain onto it), when the head is not what it knows it reads the stream again. Least recently
 * used streams are dropped beyond `capacity` ids in all.
 */
export class StreamIdCache {
  private readonly entries = new Map<string, Entry>();
  private size = 0;

  constructor(private readonly capacity = 200_000) {}

  /** `read(from)` yields the stream's events from revision `from` on, in order. */
  async load(
    stream: string,
    head: ChainLink | undefined,
    read: (fromRevision: number) => AsyncIterable<ChainLink>,
  ): Promise<StreamIds | undefined> {
    if (!head) {
      this.drop(stream);
      return undefined;
    }
    let entry = this.entries.get(stream);
    if (entry && !(entry.revision === head.revision && entry.hash === head.hash)) {
      entry = entry.revision < head.revision ? await this.extend(stream, entry, read) : undefined;
    }
    entry ??= await this.rebuild(stream, head, read);
    this.touch(stream, entry);
    const ids = entry.ids;
    return { head: { revision: head.revision, hash: head.hash }, revisionOf: (id) => ids.get(id) };
  }

  /** After a successful append of `records` onto `before`. */
  recordAppend(stream: string, before: StreamHead | undefined, records: readonly ChainLink[]): void {
    const entry = this.entries.get(stream);
    const last = records.at(-1);
    if (!last) return;
    if (!before) {
      this.drop(stream);
      const ids = new Map(records.map((r) => [r.id, r.revision] as const));
      this.touch(stream, { revision: last.revision, hash: last.hash, ids });
      return;
    }
    if (!entry || entry.revision !== before.revision || entry.hash !== before.hash) {
      this.drop(stream);
      return;
    }
    const held = entry.ids.size;
    for (const r of records) entry.ids.set(r.id, r.revision);
    this.size += entry.ids.size - held;
    entry.revision = last.revision;
    entry.hash = last.hash;
    this.touch(stream, entry);
  }

  /** Number of ids held, over all streams. */
  get heldIds(): number {
    return this.size;
  }

  private async extend(
    stream: string,
    entry: Entry,
    read: (fromRevision: number) => AsyncIterable<ChainLink>,
  ): Promise<Entry | undefined> {
    const from = { revision: entry.revision, hash: entry.hash };
    const added: ChainLink[] = [];
    let prev = from;
    for await (const link of read(from.revision + 1)) {
      if (link.revision !== prev.revision + 1 || link.prevHash !== prev.hash) return undefined;
      added.push(link);
      prev = link;
    }
    // Another call may have moved or dropped the entry while this one was reading.
    if (this.entries.get(stream) !== entry || entry.revision !== from.revision) return undefined;
    const held = entry.ids.size;
    for (const link of added) entry.ids.set(link.id, link.revision);
    this.size += entry.ids.size - held;
    entry.revision = prev.revision;
    entry.hash = prev.hash;
    return entry;
  }

  private async rebuild(
    stream: string,
    head: ChainLink,
    read: (fromRevision: number) => AsyncIterable<ChainLink>,
  ): Promise<Entry> {
    this.drop(stream);
    const ids = new Map<string, number>();
    let last: ChainLink = head;
    for await (const link of read(0)) {
      ids.set(link.id, link.revision);
      last = link;
    }
    ids.set(head.id, head.revision);
    return { revision: last.revision, hash: last.hash, ids };
  }

  private touch(stream: string, entry: Entry): void {
    const had = this.entries.get(stream);
    if (had !== entry) {
      if (had) this.size -= had.ids.size;
      this.size += entry.ids.size;
    }
    this.entries.delete(stream);
    this.entries.set(stream, entry);
    for (const [name, old] of this.entries) {
      if (this.size <= this.capacity || name === stream) break;
      this.entries.delete(name);
      this.size -= old.ids.size;
    }
  }

  private drop(stream: string): void {
    const entry = this.entries.get(stream);
    if (!entry) return;
    this.entries.delete(stream);
    this.size -= entry.ids.size;
  }
}
