import { hashEvent, type HashedFields } from '#event-store';

type ChainedEvent = HashedFields & { hash: string; position?: unknown };

/**
 * What whoever holds the store can do after rewriting an event: recompute every chain hash and the
 * bundle's head hash, so the bundle is consistent again. Only a head hash kept elsewhere exposes it.
 */
export function rehashAsForger(bundle: { events: ChainedEvent[]; integrity: { headHash: string } }): void {
  let prevHash: string | null = null;
  for (const event of bundle.events) {
    event.prevHash = prevHash;
    const { position: _position, hash: _hash, ...hashed } = event;
    event.hash = hashEvent(hashed);
    prevHash = event.hash;
  }
  bundle.integrity.headHash = prevHash!;
}
