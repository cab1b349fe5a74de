import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { slaClock, ticketEventInstant, type SlaTimerReading, type TicketEvent } from '#domain';
import { openReadDatabase, slaFactsProjection, TIMER_PREFIXES, type SlaFactsDb } from '#projections';
import { recordedEvents } from '../../../../libs/projections/src/testing/recorded-events.js';
import { arbTicketHistory } from '../../../../libs/domain/src/testing/ticket-history.arbitrary.js';
import { slaReport } from './sla-report.js';
import type { TimerKey } from './sla-report.types.js';
import { timerStatus } from './timer-status.js';

async function project(events: readonly TicketEvent[]): Promise<Kysely<SlaFactsDb>> {
  const db = openReadDatabase<SlaFactsDb>(':memory:');
  await slaFactsProjection.createSchema(db);
  await db.transaction().execute(async (trx) => {
    for (const event of recordedEvents<TicketEvent>(events)) await slaFactsProjection.apply(trx, event);
  });
  return db;
}

/** What timerStatus should say from a clock reading: a close freezes a timer that had not ended. */
const expectedStatus = (r: SlaTimerReading) =>
  r.frozenAt !== undefined && r.state !== 'met' && r.state !== 'breached' ? 'frozen' : r.state;

const TIMERS = Object.entries(TIMER_PREFIXES) as [TimerKey, (typeof TIMER_PREFIXES)[TimerKey]][];
const HOUR = 3_600_000;

describe('the SLA report over one ticket agrees with the domain SLA clock', () => {
  it('at every instant from its latest event on: status, met, breached and overrun of each timer', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbTicketHistory(),
        fc.integer({ min: 0, max: 200 * HOUR }),
        async ({ events }, later) => {
          const db = await project(events);
          try {
            const row = await db.selectFrom('sla_facts').selectAll().executeTakeFirstOrThrow();
            const latest = Math.max(...events.map((e) => Date.parse(ticketEventInstant(e))));
            const reportedAt = row.reported_at;
            for (const at of [latest, latest + later]) {
              const clock = slaClock(events, new Date(at).toISOString());
              const report = await slaReport(db, {
                period: { fromMs: reportedAt, toMs: reportedAt + 1, timeZone: 'Asia/Shanghai' },
                groupBy: null,
                asOfMs: at,
              });
              for (const [timer, prefix] of TIMERS) {
                const reading = clock[timer];
                const judged = reading.state === 'met' || reading.state === 'breached' ? 1 : 0;
                expect({ at, timer, status: timerStatus(row, prefix, at) }).toEqual({
                  at,
                  timer,
                  status: expectedStatus(reading),
                });
                expect({ at, timer, ...report.total.withinTarget[timer] }).toEqual({
                  at,
                  timer,
                  met: reading.state === 'met' ? 1 : 0,
                  judged,
                  share: judged ? (reading.state === 'met' ? 1 : 0) : null,
                });
                expect({ at, timer, overrun: report.total.breaches[timer].totalOverrunMs }).toEqual({
                  at,
                  timer,
                  overrun: reading.state === 'breached' ? reading.overrunMs : 0,
                });
              }
            }
          } finally {
            await db.destroy();
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
