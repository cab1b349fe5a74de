import type { TicketEvent } from '#domain';
import type { Kysely } from 'kysely';
import { openReadDatabase } from '../../read-database.js';
import { projectInMemory } from '../../project.fixture.js';
import { ProjectionSpecification } from '../../testing/projection-specification.js';
import { recordedEvents, type EventToRecord } from '../../testing/recorded-events.js';
import { slaDeadlinesProjection } from './sla-deadlines.projection.js';
import type { SlaDeadlinesDb } from './sla-deadlines.tables.js';

const at = (hhmm: string) => `2026-11-03T${hhmm}:00.000+08:00`;
const ms = (iso: string) => Date.parse(iso);
const targets = { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' };
const event = (
  type: string,
  data: Record<string, unknown>,
  role = 'agent',
  ticketId = 't-1',
): EventToRecord => ({
  type,
  data: { ticketId, ...data },
  metadata: { actor: { id: `${role}-1`, role }, source: role === 'system' ? 'scheduler' : 'api' },
});
const faultReported = (ticketId = 't-1', reportedAt = at('10:00')) =>
  event(
    'FaultReported',
    {
      serviceNo: `SV-202611-${ticketId}`,
      customerId: 'cu-1',
      contractId: 'c-1',
      reporter: { name: 'Ward nurse (fictional)' },
      channel: 'hotline',
      product: { name: 'DIP platform', version: '3.2' },
      description: 'Grouping fails',
      severity: 2,
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
    'agent',
    ticketId,
  );

const given = ProjectionSpecification.for(slaDeadlinesProjection);

const rows = (db: Kysely<SlaDeadlinesDb>) =>
  db
    .selectFrom('sla_deadlines')
    .select(['ticket_id', 'action', 'timer', 'level', 'reason', 'due_at', 'act_at', 'act_ms'])
    .orderBy('act_ms')
    .orderBy('key')
    .execute();

describe('the sla-deadlines read model', () => {
  it('holds a new ticket’s warnings and escalations with the instant to act', async () => {
    await given([])
      .when([faultReported()])
      .then(async (db) =>
        expect(await rows(db)).toEqual([
          {
            ticket_id: 't-1',
            action: 'warn',
            timer: 'response',
            level: null,
            reason: null,
            due_at: at('10:30'),
            act_at: at('10:24'),
            act_ms: ms(at('10:24')),
          },
          {
            ticket_id: 't-1',
            action: 'escalate',
            timer: 'response',
            level: 1,
            reason: 'response_overdue',
            due_at: at('10:30'),
            act_at: '2026-11-03T10:30:00.001+08:00',
            act_ms: ms(at('10:30')) + 1,
          },
          {
            ticket_id: 't-1',
            action: 'warn',
            timer: 'resolution',
            level: null,
            reason: null,
            due_at: at('22:00'),
            act_at: at('19:36'),
            act_ms: ms(at('19:36')),
          },
          {
            ticket_id: 't-1',
            action: 'escalate',
            timer: 'resolution',
            level: 1,
            reason: 'resolution_overdue',
            due_at: at('22:00'),
            act_at: '2026-11-03T22:00:00.001+08:00',
            act_ms: ms(at('22:00')) + 1,
          },
          {
            ticket_id: 't-1',
            action: 'escalate',
            timer: 'resolution',
            level: 2,
            reason: 'resolution_overdue',
            due_at: at('22:00'),
            act_at: '2026-11-03T22:00:00.001+08:00',
            act_ms: ms(at('22:00')) + 1,
          },
        ]),
      );
  });

  it('drops a warning once recorded and the response deadlines once responded', async () => {
    const warned = event(
      'SlaAtRisk',
      {
        timer: 'response',
        dueAt: at('10:30'),
        atRiskAt: at('10:24'),
        notify: ['manager'],
        warnedAt: at('10:24'),
      },
      'system',
    );
    await given([faultReported()])
      .when([warned])
      .then(async (db) =>
        expect((await rows(db)).map((r) => `${r.action} ${r.timer} ${r.level ?? ''}`)).toEqual([
          'escalate response 1',
          'warn resolution ',
          'escalate resolution 1',
          'escalate resolution 2',
        ]),
      );
    await given([faultReported(), warned])
      .when([
        event('Responded', { engineerId: 'eng-1', mode: 'remote', respondedAt: at('10:25') }, 'engineer'),
      ])
      .then(async (db) =>
        expect((await rows(db)).map((r) => r.timer)).toEqual(['resolution', 'resolution', 'resolution']),
      );
  });

  it('keeps the tickets apart and holds nothing for a closed one', async () => {
    await given([faultReported('t-1'), faultReported('t-2', at('11:00'))])
      .when([
        event(
          'Closed',
          { closedBy: 'mgr-1', confirmed: false, reason: 'Duplicate', closedAt: at('10:05') },
          'manager',
          't-1',
        ),
      ])
      .then(async (db) => {
        const left = await rows(db);
        expect(new Set(left.map((r) => r.ticket_id))).toEqual(new Set(['t-2']));
        expect(left[0]).toMatchObject({ action: 'warn', timer: 'response', act_at: at('11:24') });
      });
  });

  it('ignores events of a ticket it never saw reported', async () => {
    await given([])
      .when([
        event(
          'Responded',
          { engineerId: 'eng-1', mode: 'remote', respondedAt: at('10:25') },
          'engineer',
          't-9',
        ),
      ])
      .thenRows('sla_deadlines', []);
  });

  it('gives the same rows whatever the batch boundaries', async () => {
    const story = recordedEvents<TicketEvent>([
      faultReported('t-1'),
      faultReported('t-2', at('10:02')),
      event(
        'Responded',
        { engineerId: 'eng-1', mode: 'remote', respondedAt: at('10:05') },
        'engineer',
        't-1',
      ),
      event(
        'Escalated',
        {
          level: 1,
          reason: 'response_overdue',
          to: 'manager',
          automatic: true,
          escalatedBy: 'sla-watchman',
          escalatedAt: at('10:33'),
        },
        'system',
        't-2',
      ),
      event(
        'Assigned',
        { engineerId: 'eng-7', assignedBy: 'agent-1', assignedAt: at('10:40') },
        'agent',
        't-2',
      ),
      event(
        'Resolved',
        {
          engineerId: 'eng-1',
          cause: 'c',
          measures: 'm',
          resolution: 'r',
          category: 'x',
          resolvedAt: at('11:00'),
        },
        'engineer',
        't-1',
      ),
    ]);
    const snapshot = async (db: Kysely<SlaDeadlinesDb>) => ({
      rows: await db.selectFrom('sla_deadlines').selectAll().orderBy('ticket_id').orderBy('key').execute(),
      histories: await db.selectFrom('sla_deadline_history').selectAll().orderBy('ticket_id').execute(),
    });
    const oneByOne = await snapshot(await projectInMemory(slaDeadlinesProjection, story));
    for (const size of [2, 3, story.length]) {
      const db = openReadDatabase<SlaDeadlinesDb>(':memory:');
      await slaDeadlinesProjection.createSchema(db);
      for (let i = 0; i < story.length; i += size) {
        await db
          .transaction()
          .execute((trx) => slaDeadlinesProjection.applyBatch!(trx, story.slice(i, i + size)));
      }
      expect(await snapshot(db)).toEqual(oneByOne);
    }
    expect(oneByOne.rows.filter((r) => r.ticket_id === 't-1').map((r) => r.timer)).toEqual([
      'confirmation',
      'confirmation',
    ]);
  });
});
