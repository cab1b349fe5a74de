import type { SlaTimerName } from '#domain';
import type { BundleVerdict } from './verify-dispute-bundle.js';

const TIMERS: readonly SlaTimerName[] = ['response', 'onSite', 'resolution'];

/**
 * The verdict in plain words, one line each, ending with what was proved: HOLDS AND IS ANCHORED
 * (consistent, and its head is the one given independently), INTERNALLY CONSISTENT, NOT PROVEN
 * AUTHENTIC (no head given), or DOES NOT HOLD.
 */
export function formatVerdict(verdict: BundleVerdict, file: string): string[] {
  const lines = [`Dispute bundle ${file}`];
  if (verdict.ticket) {
    lines.push(
      `  ticket ${verdict.ticket.serviceNo} (id ${verdict.ticket.id}), bundle generated ${verdict.generatedAt}`,
    );
  }
  if (verdict.eventCount > 0) {
    lines.push(
      `  hash chain: ${verdict.eventsChecked} of ${verdict.eventCount} events recomputed and linked ` +
        `(SHA-256 over RFC 8785 canonical JSON)`,
    );
  }
  if (verdict.headHash !== undefined) {
    lines.push(`  head hash: ${verdict.headHash} (revision ${verdict.headRevision})`);
  }
  if (verdict.policyVersion !== undefined) {
    const source = verdict.policySource;
    const where = !source
      ? ''
      : source.holds
        ? `; set in the contract stream (${source.events} events recomputed and linked, in effect from ${source.effectiveFrom})`
        : '; its source in the contract stream DOES NOT hold';
    lines.push(`  SLA policy: version ${verdict.policyVersion}, as recorded in FaultReported${where}`);
  }
  if (verdict.sla?.recomputed) {
    const states = TIMERS.map((t) => `${t} ${verdict.sla!.recomputed![t].state}`).join(', ');
    const agreement = verdict.sla.matches ? 'matches the bundle' : 'DOES NOT match the bundle';
    lines.push(`  SLA at ${verdict.sla.at}, recomputed with slaClock: ${states}; ${agreement}`);
  }
  if (verdict.anchored) {
    lines.push(
      'THE BUNDLE HOLDS AND IS ANCHORED: every hash, link and summary checks out, the SLA result follows from the events, and its head hash is the one you obtained independently (--head).',
    );
    return lines;
  }
  if (verdict.holds) {
    lines.push(
      'THE BUNDLE IS INTERNALLY CONSISTENT, NOT PROVEN AUTHENTIC: every hash, link and summary checks out and the SLA result follows from the events, but nothing outside the bundle ties it to what was recorded. Whoever holds the store can rewrite an event and recompute every hash; give the head hash you obtained independently with --head.',
    );
    return lines;
  }
  lines.push('THE BUNDLE DOES NOT HOLD.');
  if (verdict.firstBadEvent) {
    const b = verdict.firstBadEvent;
    lines.push(
      `  first event that does not hold: #${b.index + 1}, revision ${b.revision}, ${b.type}, id ${b.id}`,
    );
  }
  if (verdict.policySource?.firstBadEvent) {
    const b = verdict.policySource.firstBadEvent;
    lines.push(
      `  first contract event that does not hold: #${b.index + 1}, revision ${b.revision}, ${b.type}, id ${b.id}`,
    );
  }
  for (const problem of verdict.problems) lines.push(`  - ${problem}`);
  return lines;
}
