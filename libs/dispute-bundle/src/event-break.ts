import type { ChainBreakReason } from '../../event-store/src/hash-chain.js';

/** The first event of a chain in the bundle that does not hold, and why. */
export interface EventBreak {
  /** 0-based place in its events array. */
  index: number;
  id: string;
  revision: number;
  type: string;
  reason: ChainBreakReason | 'malformed';
  expected: string;
  found: string;
}

const REASONS: Record<EventBreak['reason'], string> = {
  'hash-mismatch': 'its content does not give its hash (recomputed {expected}, the bundle says {found})',
  'prev-hash-mismatch':
    'its prevHash is not the hash of the event before it (expected {expected}, found {found})',
  'revision-gap': 'its revision is out of sequence (expected {expected}, found {found})',
  'wrong-stream': 'it belongs to another stream (expected {expected}, found {found})',
  malformed: 'it is malformed: {found}',
};

/** One line: which event (place, revision, type, id) and why it does not hold. `what` names the chain. */
export function describeBreak(b: EventBreak, what = 'event'): string {
  const reason = REASONS[b.reason].replace('{expected}', b.expected).replace('{found}', b.found);
  return `${what} #${b.index + 1} (revision ${b.revision}, ${b.type}, id ${b.id}) does not hold: ${reason}`;
}
