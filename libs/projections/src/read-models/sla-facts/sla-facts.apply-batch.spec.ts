/**
 * sla-facts' applyBatch leaves exactly the rows apply() leaves one event at a time, whatever the
 * batch boundaries: the bench's decider-made tickets, interleaved, projected both ways into two
 * files and compared table by table, row by row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '#event-store';
import { benchDesk, benchTickets, type StreamBatch } from '../../../../../test/bench/ticket-log.js';
import { compareReadModels } from '../../../../../test/support/read-model-files.js';
import { seededRandom } from '../../../../../test/support/seeded-random.js';
import { projectInBatches } from '../../project.fixture.js';
import { recordedEvents, type EventToRecord } from '../../testing/recorded-events.js';
import { slaFactsProjection } from './sla-facts.projection.js';

const NOW_MS = Date.parse('2026-11-30T12:00:00.000Z');

/** The desk's names, then 60 tickets whose events are interleaved at random (each ticket's in order). */
function interleavedLog(seed: number): RecordedEvent[] {
  const desk = benchDesk(NOW_MS, 3);
  const source = benchTickets(desk, seed, NOW_MS);
  const streams: StreamBatch[] = [...desk.setup];
  for (let i = 0; i < 60; i++) streams.push(source.next().value as StreamBatch);
  const random = seededRandom(seed);
  const log: EventToRecord[] = [];
  const next = streams.map(() => 0);
  for (;;) {
    const open = streams.map((_, i) => i).filter((i) => next[i] < streams[i].events.length);
    if (open.length === 0) return recordedEvents(log);
    const i = random.pick(open);
    log.push({ ...streams[i].events[next[i]++], stream: streams[i].stream });
  }
}

describe('sla-facts applyBatch', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sla-facts-batch-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const log = interleavedLog(20261130).filter((e) =>
    (slaFactsProjection.handles as ReadonlySet<string>).has(e.type),
  );

  it('batches of 1, 7, 50, 333 and the whole log give the one-by-one rows', async () => {
    expect(
      log.some((e) => e.type === 'Escalated') && log.some((e) => e.type === 'SatisfactionRecorded'),
    ).toBe(true);
    const oneByOne = await projectInBatches(slaFactsProjection, log, dir, 'one-by-one.sqlite', 'one by one');
    for (const sizes of [[1], [7, 50, 333], [log.length]]) {
      const batched = await projectInBatches(
        slaFactsProjection,
        log,
        dir,
        `batched-${sizes.join('-')}.sqlite`,
        sizes,
      );
      const comparison = compareReadModels('sla-facts', oneByOne, batched);
      expect(comparison.difference).toBeUndefined();
      expect(comparison.rows).toMatchObject({ sla_facts: 60 });
    }
  });
});
