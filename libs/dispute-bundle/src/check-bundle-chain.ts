import type { EventShape, RecordedEvent } from '#event-store';
// The hash chain's own file, not the '#event-store' barrel: the verifier must not load the store adapters.
import { checkLink } from '../../event-store/src/hash-chain.js';
import type { BundleEnvelope } from './dispute-bundle.js';
import type { EventBreak } from './event-break.js';

export interface ChainCheck<B> {
  /** Events whose link and hash held, from the first. */
  checked: number;
  /** The last event that held. */
  last?: B;
  firstBad?: EventBreak;
}

/**
 * Checks bundled events as one stream from revision 0: each belongs to `stream`, revisions run
 * 0, 1, 2..., each prevHash is the hash before it, each hash is recomputed. Stops at the first break.
 */
export function checkBundleChain<B extends BundleEnvelope & EventShape>(
  events: readonly B[],
  stream: string,
): ChainCheck<B> {
  let prev: RecordedEvent<EventShape> | undefined;
  let last: B | undefined;
  let checked = 0;
  for (const [index, bundled] of events.entries()) {
    const event: RecordedEvent<EventShape> = { ...bundled, position: BigInt(bundled.position) };
    const bad =
      index === 0 && event.stream !== stream
        ? { reason: 'wrong-stream' as const, expected: stream, found: event.stream }
        : checkLink(prev, event);
    if (bad) {
      return {
        checked,
        last,
        firstBad: { index, id: event.id, revision: event.revision, type: event.type, ...bad },
      };
    }
    prev = event;
    last = bundled;
    checked++;
  }
  return { checked, last };
}
