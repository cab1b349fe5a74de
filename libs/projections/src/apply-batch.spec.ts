import { projectInBatches } from './project.fixture.js';
/**
 * A projection's applyBatch leaves exactly the rows that apply() leaves one event at a time,
 * whatever the batch boundaries: a log of interleaved tickets (the bench's decider-made tickets,
 * some of them reopened with a corrected report time afterwards, one whose report is missing)
 * projected both ways into two files, compared table by table, row by row.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decideTicket,
  DomainError,
  evolveTicket,
  initialTicketState,
  ticketEventInstant,
  type Actor,
  type TicketCommand,
} from '#domain';
import type { NewEvent, RecordedEvent } from '#event-store';
import { benchDesk, benchTickets, type StreamBatch } from '../../../test/bench/ticket-log.js';
import { compareReadModels } from '../../../test/support/read-model-files.js';
import { seededRandom } from '../../../test/support/seeded-random.js';
import { archiveProjection } from './read-models/archive/archive.projection.js';
import { ticketsProjection } from './read-models/tickets/tickets.projection.js';
import { timelineProjection } from './read-models/timeline/timeline.projection.js';
import { recordedEvents, type EventToRecord } from './testing/recorded-events.js';

const NOW_MS = Date.parse('2026-11-30T12:00:00.000Z');
const MANAGER: Actor = { id: 'manager-1', role: 'manager' };
const AGENT: Actor = { id: 'agent-1', role: 'agent' };
const ENGINEER: Actor = { id: 'engineer-1', role: 'engineer' };

/** After its close: reopened by a manager, report time corrected, resolved and closed again. */
function reopenedAfterwards(ticket: StreamBatch): StreamBatch {
  let state = ticket.events.reduce(
    (s, e) => evolveTicket(s, { type: e.type, data: e.data } as never),
    initialTicketState(),
  );
  const ticketId = String(ticket.events[0].data.ticketId);
  const reportedAt = String(ticket.events[0].data.reportedAt);
  let t = Date.parse(ticketEventInstant(ticket.events.at(-1)! as never)) + 3_600_000;
  const events = [...ticket.events];
  const run = (actor: Actor, type: TicketCommand['type'], data: Record<string, unknown>) => {
    t += 3_600_000;
    const now = new Date(t).toISOString();
    try {
      const command = { type, data: { ticketId, ...data }, actor, now } as TicketCommand;
      for (const event of decideTicket(command, state)) {
        state = evolveTicket(state, event);
        events.push(envelope(event, actor, ticketEventInstant(event)));
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  };
  run(MANAGER, 'Reopen', { reason: 'the customer called back' });
  run(AGENT, 'CorrectReportTime', {
    reportedAt: new Date(Date.parse(reportedAt) - 1_800_000).toISOString(),
    reason: 'the first call was earlier',
  });
  run(ENGINEER, 'Resolve', { cause: 'c', measures: 'm', resolution: 'r', category: 'software' });
  run(MANAGER, 'Close', { reason: 'done' });
  return { stream: ticket.stream, events };
}

function envelope(event: { type: string; data: object }, actor: Actor, occurredAt: string): NewEvent {
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data as NewEvent['data'],
    metadata: { actor, source: 'api', occurredAt },
  };
}

/** The desk, then 60 tickets whose events interleave at random (each stream in its own order). */
function interleavedLog(seed: number): RecordedEvent[] {
  const random = seededRandom(seed);
  const desk = benchDesk(NOW_MS, 3);
  const tickets = benchTickets(desk, seed, NOW_MS);
  const streams: StreamBatch[] = Array.from({ length: 60 }, (_, i) => {
    const ticket = tickets.next().value as StreamBatch;
    if (i % 4 === 0) return reopenedAfterwards(ticket);
    // One ticket whose report never reached the log: its later events are skipped.
    if (i === 7) return { stream: ticket.stream, events: ticket.events.slice(1) };
    return ticket;
  });
  const log: EventToRecord[] = [];
  const record = (stream: string, event: NewEvent) =>
    log.push({
      ...event,
      stream,
      metadata: { ...event.metadata, recordedAt: new Date(NOW_MS + log.length * 1000).toISOString() },
    });
  for (const batch of desk.setup) batch.events.forEach((e) => record(batch.stream, e));
  const next = streams.map(() => 0);
  for (;;) {
    const open = streams.map((s, i) => i).filter((i) => next[i] < streams[i].events.length);
    if (open.length === 0) break;
    const i = random.pick(open);
    record(streams[i].stream, streams[i].events[next[i]]);
    next[i]++;
  }
  return recordedEvents(log);
}

describe('applyBatch leaves the rows apply leaves, whatever the batches', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'apply-batch-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const log = interleavedLog(20261130);

  it('the log has what the comparison needs: interleaved tickets, reopens, corrections, a lost report', () => {
    const types = new Set(log.map((e) => e.type));
    for (const type of ['Reopened', 'ReportTimeCorrected', 'Escalated', 'SatisfactionRecorded']) {
      expect(types).toContain(type);
    }
    const streamsOf100InTheMiddle = new Set(log.slice(-500, -400).map((e) => e.stream));
    expect(streamsOf100InTheMiddle.size).toBeGreaterThan(10);
  });

  it.each([ticketsProjection, timelineProjection, archiveProjection])(
    '$name: batches of 1, 7, 50, 333 and the whole log give the one-by-one rows',
    async (projection) => {
      const oneByOne = await projectInBatches(projection, log, dir, 'one-by-one.sqlite', 'one by one');
      for (const sizes of [[1], [7, 50, 333], [log.length]]) {
        const batched = await projectInBatches(
          projection,
          log,
          dir,
          `batched-${sizes.join('-')}.sqlite`,
          sizes,
        );
        const comparison = compareReadModels(projection.name, oneByOne, batched);
        expect(comparison.difference).toBeUndefined();
        expect(Object.values(comparison.rows).some((n) => n > 0)).toBe(true);
      }
    },
  );
});
