import type { StoreVerification, StreamBreak } from '#event-store';

const REASONS: Record<StreamBreak['reason'], string> = {
  'hash-mismatch': 'its stored content does not give its stored hash',
  'prev-hash-mismatch': 'its prevHash is not the hash of the event before it',
  'revision-gap': 'its revision is out of sequence',
  'wrong-stream': 'it is filed under another stream',
};

/** The result of verifyStore in plain words: what was checked, then each broken stream's first bad event. */
export function formatStoreVerification(
  result: StoreVerification,
  location: string,
  seconds: number,
): string[] {
  const lines = [
    `Checked ${result.events} events in ${result.streams} streams of ${location} in ${seconds.toFixed(2)} s ` +
      '(SHA-256 over RFC 8785 canonical JSON, chained per stream).',
  ];
  if (result.ok) {
    lines.push("THE STORE HOLDS: every stream's hash chain is intact.");
    return lines;
  }
  lines.push(`THE STORE IS BROKEN: ${result.breaks.length} of ${result.streams} streams do not hold.`);
  for (const b of result.breaks) {
    lines.push(
      `  - stream ${b.stream}: event ${b.id} (revision ${b.revision}, position ${b.position}) does not hold: ` +
        `${REASONS[b.reason]} (expected ${b.expected}, found ${b.found}); later events of the stream were not checked`,
    );
  }
  return lines;
}
