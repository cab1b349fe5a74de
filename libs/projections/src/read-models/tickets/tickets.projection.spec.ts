import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { slaClock, ticketEventInstant, type TicketEvent } from '#domain';
import { arbTicketHistory } from '../../../../domain/src/testing/ticket-history.arbitrary.js';
import { SLA_TICKET_STATES, ticketSlaIs, timerStateAt, worstOf } from './sla-state.js';
import { projectInMemory } from '../../project.fixture.js';
import { ProjectionSpecification } from '../../testing/projection-specification.js';
import { recordedEvents } from '../../testing/recorded-events.js';
import { ticketsProjection } from './tickets.projection.js';
import { TIMER_COLUMN_PREFIX, TIMER_NAMES, type TicketsDb } from './tickets.tables.js';

const project = (events: readonly TicketEvent[]) =>
  projectInMemory(ticketsProjection, recordedEvents(events, { recordedAfterMs: 1000 }));
const given = ProjectionSpecification.for(ticketsProjection, { recordedAfterMs: 1000 });

/** Instants from the latest event on: the latest itself, a few later ones, and ±1 ms around each fact. */
async function instantsToRead(db: Kysely<TicketsDb>, events: readonly TicketEvent[]): Promise<number[]> {
  const latest = Math.max(...events.map((e) => Date.parse(ticketEventInstant(e))));
  const row = await db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow();
  const facts = TIMER_NAMES.flatMap((timer) => {
    const p = TIMER_COLUMN_PREFIX[timer];
    return [row[`${p}_due_ms`], row[`${p}_at_risk_ms`], row[`${p}_breached_from_ms`]];
  }).filter((ms): ms is number => ms !== null);
  const around = facts.flatMap((ms) => [ms - 1, ms, ms + 1]);
  const later = [0, 60_000, 3_600_000, 86_400_000, 7 * 86_400_000].map((d) => latest + d);
  return [...new Set([...later, ...around])].filter((ms) => ms >= latest).sort((a, b) => a - b);
}

describe('tickets projection: SLA state computed in SQL at query time', () => {
  it('reads, at every instant from the latest event on, the states slaClock reads', async () => {
    await fc.assert(
      fc.asyncProperty(arbTicketHistory(), async ({ events }) => {
        const db = await project(events);
        try {
          for (const nowMs of await instantsToRead(db, events)) {
            const row = await db
              .selectFrom('tickets')
              .select((eb) => TIMER_NAMES.map((t) => timerStateAt(eb, t, nowMs).as(t)))
              .executeTakeFirstOrThrow();
            const clock = slaClock(events, new Date(nowMs).toISOString());
            const expected = Object.fromEntries(TIMER_NAMES.map((t) => [t, clock[t].state]));
            expect({ at: nowMs, ...row }).toEqual({ at: nowMs, ...expected });
            const overall = [];
            for (const state of SLA_TICKET_STATES) {
              const hit = await db
                .selectFrom('tickets')
                .select('id')
                .where((eb) => ticketSlaIs(eb, state, nowMs))
                .execute();
              if (hit.length > 0) overall.push(state);
            }
            expect(overall).toEqual([worstOf(TIMER_NAMES.map((t) => clock[t].state))]);
          }
        } finally {
          await db.destroy();
        }
      }),
      { numRuns: 120 },
    );
  });

  it('keeps the facts of a response breached by time alone', async () => {
    await given([])
      .when([reportEvent('2026-11-03T10:00:00.000+08:00')])
      .then(async (db) => {
        expect(await db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow()).toMatchObject({
          status: 'reported',
          response_target: 'PT30M',
          response_due_at: '2026-11-03T10:30:00.000+08:00',
          response_at_risk_at: '2026-11-03T10:24:00.000+08:00',
          response_breached_at: '2026-11-03T10:30:00.000+08:00',
          response_breached_from_ms: Date.parse('2026-11-03T10:30:00.001+08:00'),
          response_completed_at: null,
          onsite_started_ms: null,
        });
      });
  });

  it('keeps the facts of a late response', async () => {
    await given([reportEvent('2026-11-03T10:00:00.000+08:00')])
      .when([
        {
          type: 'Responded',
          data: {
            ticketId: 't-9',
            engineerId: 'eng-1',
            mode: 'remote',
            respondedAt: '2026-11-03T10:45:00.000+08:00',
          },
        },
      ])
      .then(async (db) => {
        expect(await db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow()).toMatchObject({
          status: 'responded',
          response_breached_at: '2026-11-03T10:30:00.000+08:00',
          response_completed_at: '2026-11-03T10:45:00.000+08:00',
          engineers: '["eng-1"]',
          revision: 1,
        });
      });
  });
});

function reportEvent(reportedAt: string): TicketEvent {
  const targets = { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' };
  return {
    type: 'FaultReported',
    data: {
      ticketId: 't-9',
      serviceNo: 'SV-202611-0009',
      customerId: 'cu-1',
      contractId: 'c-1',
      reporter: { name: 'Duty nurse', phone: '000' },
      channel: 'hotline',
      product: { name: 'DIP platform', version: '3.2' },
      description: 'Grouping fails',
      severity: 1,
      kind: 'request',
      urgency: 'urgent',
      reportedAt,
      takenBy: 'agent-1',
      warranty: 'in_warranty',
      warrantyUntil: '2027-01-14',
      slaPolicy: {
        targets: { '1': targets, '2': targets, '3': targets, '4': targets },
        atRiskShare: 0.8,
        calendar: '24x7',
        confirmationWindow: 'PT24H',
      },
      policyVersion: 1,
      timeZone: 'Asia/Shanghai',
    },
  };
}
