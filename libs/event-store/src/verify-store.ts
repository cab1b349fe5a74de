import type { EventStore } from './event-store.port.js';
import { checkLink, type ChainBreakReason } from './hash-chain.js';
import type { RecordedEvent } from './recorded-event.js';

export interface StreamBreak {
  stream: string;
  id: string;
  revision: number;
  position: bigint;
  reason: ChainBreakReason;
  expected: string;
  found: string;
}

export interface StoreVerification {
  ok: boolean;
  streams: number;
  events: number;
  /** The first event that does not hold, per broken stream (a stream is not checked past its break). */
  breaks: StreamBreak[];
}

/**
 * Reads the whole log once and checks every stream's hash chain as it goes, keeping only the last
 * event of each stream in memory.
 */
export async function verifyStore(
  store: EventStore,
  onProgress?: (events: number, position: bigint) => void,
): Promise<StoreVerification> {
  const last = new Map<string, RecordedEvent>();
  const broken = new Map<string, StreamBreak>();
  let events = 0;
  for await (const event of store.readAll()) {
    events++;
    if (events % 10_000 === 0) onProgress?.(events, event.position);
    if (broken.has(event.stream)) continue;
    const bad = checkLink(last.get(event.stream), event);
    if (bad) {
      broken.set(event.stream, {
        stream: event.stream,
        id: event.id,
        revision: event.revision,
        position: event.position,
        ...bad,
      });
    } else {
      last.set(event.stream, event);
    }
  }
  const breaks = [...broken.values()].sort((a, b) => (a.position < b.position ? -1 : 1));
  return {
    ok: breaks.length === 0,
    streams: new Set([...last.keys(), ...broken.keys()]).size,
    events,
    breaks,
  };
}
