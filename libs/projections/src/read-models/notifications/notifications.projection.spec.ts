import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SLA_POLICY } from '#domain';
import { SqliteEventStore, type EventStore, type NewEvent } from '#event-store';
import { ProjectionHost } from '../../projection-host.js';
import { notificationId } from './notification-id.js';
import { notificationReadsStream } from '#domain';
import { notificationsProjection } from './notifications.projection.js';
import type { NotificationsDb } from './notifications.tables.js';

const WATCHMAN = { id: 'sla-watchman', role: 'system' };
const event = (type: string, data: NewEvent['data'], actor = { id: 'agent-1', role: 'agent' }): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { actor, source: actor.role === 'system' ? 'scheduler' : 'api' },
});
const reported = (ticketId: string, serviceNo: string, over: Record<string, unknown> = {}) =>
  event('FaultReported', {
    ticketId,
    serviceNo,
    customerId: 'cu-1',
    contractId: 'co-1',
    severity: 3,
    kind: 'request',
    reportedAt: '2026-11-03T10:00:00.000+08:00',
    timeZone: 'Asia/Shanghai',
    slaPolicy: DEFAULT_SLA_POLICY as unknown as NewEvent['data'],
    ...over,
  } as NewEvent['data']);

describe('notifications projection', () => {
  let dir: string;
  let store: EventStore;
  let host: ProjectionHost;
  const rows = () =>
    host
      .db<NotificationsDb>('notifications')
      .selectFrom('notifications')
      .selectAll()
      .orderBy('position')
      .orderBy('id')
      .execute();
  const settle = async () => expect(await host.waitFor((await store.headPosition())!, 5000)).toBe(true);
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-notifications-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    host = new ProjectionHost(store, [notificationsProjection], { dir: join(dir, 'read') });
    await host.start();
  });
  afterEach(async () => {
    await host.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives a routine report nothing, and a complaint or a level-1 fault to the service manager', async () => {
    await store.append('ticket-t1', [reported('t1', 'SV-202611-0001')], { expectedRevision: 'no_stream' });
    const complaint = reported('t2', 'SV-202611-0002', { kind: 'complaint' });
    await store.append('ticket-t2', [complaint], { expectedRevision: 'no_stream' });
    const level1 = reported('t3', 'SV-202611-0003', { severity: 1 });
    await store.append('ticket-t3', [level1], { expectedRevision: 'no_stream' });
    await settle();
    expect(await rows()).toMatchObject([
      {
        id: notificationId(complaint.id, 'manager'),
        recipient: 'manager',
        recipient_kind: 'role',
        ticket_id: 't2',
        service_no: 'SV-202611-0002',
        customer_id: 'cu-1',
        kind: 'complaint_reported',
        due_at: '2026-11-03T10:30:00.000+08:00',
        text_en: 'Complaint SV-202611-0002 reported (level 3); for the service manager',
      },
      {
        id: notificationId(level1.id, 'manager'),
        kind: 'level1_reported',
        due_at: '2026-11-03T10:30:00.000+08:00',
        text_zh: '一级故障 SV-202611-0003 已登记（响应截止 2026-11-03T10:30:00.000+08:00）',
      },
    ]);
  });

  it('gives an SLA warning to each one it names, and an escalation to its addressee', async () => {
    const warning = event(
      'SlaAtRisk',
      {
        ticketId: 't1',
        timer: 'response',
        dueAt: '2026-11-03T10:30:00.000+08:00',
        atRiskAt: '2026-11-03T10:24:00.000+08:00',
        notify: ['engineer-7', 'manager', 'manager'],
        warnedAt: '2026-11-03T10:24:00.100+08:00',
      },
      WATCHMAN,
    );
    const escalation = event(
      'Escalated',
      {
        ticketId: 't1',
        level: 1,
        reason: 'response_overdue',
        to: 'manager',
        automatic: true,
        escalatedBy: 'sla-watchman',
        escalatedAt: '2026-11-03T10:30:00.001+08:00',
      },
      WATCHMAN,
    );
    await store.append('ticket-t1', [reported('t1', 'SV-202611-0001'), warning, escalation], {
      expectedRevision: 'no_stream',
    });
    await settle();
    const all = await rows();
    expect(all.map((r) => [r.kind, r.recipient, r.recipient_kind]).sort()).toEqual([
      ['escalated', 'manager', 'role'],
      ['sla_at_risk', 'engineer-7', 'user'],
      ['sla_at_risk', 'manager', 'role'],
    ]);
    expect(all.find((r) => r.recipient === 'engineer-7')).toMatchObject({
      timer: 'response',
      due_at: '2026-11-03T10:30:00.000+08:00',
      text_zh: '工单 SV-202611-0001 的响应时限即将到期（截止 2026-11-03T10:30:00.000+08:00）',
      text_en: 'Ticket SV-202611-0001: the response deadline is at risk (due 2026-11-03T10:30:00.000+08:00)',
    });
    expect(all.find((r) => r.kind === 'escalated')).toMatchObject({
      reason: 'response_overdue',
      level: 1,
      text_en: 'Ticket SV-202611-0001 escalated to service manager (level 1, response overdue, automatic)',
    });
  });

  it("gives a missed service-plan period to the contract's expert and the managers, by the contract's name", async () => {
    const registered = event(
      'ContractRegistered',
      {
        contractId: 'c-1',
        customerId: 'cu-1',
        name: 'HIS service contract (fictional)',
        product: { name: 'HIS', version: '5.1' },
        finalAcceptanceDate: '2026-01-15',
        warrantyMonths: 12,
        timeZone: 'Asia/Shanghai',
        inspectionExpertId: 'eng-5',
        registeredBy: 'admin-1',
      },
      { id: 'admin-1', role: 'admin' },
    );
    const missed = (kind: string, period: string) =>
      event(
        'ServicePlanPeriodMissed',
        {
          contractId: 'c-1',
          kind,
          period,
          dueBy: '2026-04-01T00:00:00.000+08:00',
          expertId: 'eng-5',
          notify: ['eng-5', 'manager'],
          warnedAt: '2026-04-01T00:00:00.000+08:00',
        },
        WATCHMAN,
      );
    const inspection = missed('inspection', '2026-03');
    const revisit = missed('revisit', '2026-Q1');
    await store.append('contract-c-1', [registered, inspection, revisit], { expectedRevision: 'no_stream' });
    await settle();
    const all = await rows();
    expect(all.filter((r) => r.event_id === inspection.id)).toEqual(
      [
        {
          id: notificationId(inspection.id, 'eng-5'),
          recipient: 'eng-5',
          recipient_kind: 'user',
        },
        {
          id: notificationId(inspection.id, 'manager'),
          recipient: 'manager',
          recipient_kind: 'role',
        },
      ]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((who) =>
          expect.objectContaining({
            ...who,
            kind: 'service_plan_missed',
            ticket_id: null,
            service_no: null,
            contract_id: 'c-1',
            customer_id: 'cu-1',
            period: '2026-03',
            reason: 'inspection',
            due_at: '2026-04-01T00:00:00.000+08:00',
            text_zh: '合同 HIS service contract (fictional)：2026-03 月度巡检未完成（截止 2026-04-01 00:00）',
            text_en:
              'Contract HIS service contract (fictional): the inspection for 2026-03 was missed (due by 2026-04-01 00:00)',
          }),
        ),
    );
    expect(
      all.filter((r) => r.event_id === revisit.id).map((r) => [r.recipient, r.text_zh, r.text_en]),
    ).toEqual(
      expect.arrayContaining([
        [
          'eng-5',
          '合同 HIS service contract (fictional)：2026-Q1 季度回访未完成（截止 2026-04-01 00:00）',
          'Contract HIS service contract (fictional): the revisit for 2026-Q1 was missed (due by 2026-04-01 00:00)',
        ],
        [
          'manager',
          '合同 HIS service contract (fictional)：2026-Q1 季度回访未完成（截止 2026-04-01 00:00）',
          'Contract HIS service contract (fictional): the revisit for 2026-Q1 was missed (due by 2026-04-01 00:00)',
        ],
      ]),
    );
    expect(all).toHaveLength(4);
  });

  it('names a contract by its amended name', async () => {
    const registered = event(
      'ContractRegistered',
      { contractId: 'c-2', customerId: 'cu-2', name: 'LIS contract (fictional)' },
      { id: 'admin-1', role: 'admin' },
    );
    const amended = event(
      'ContractAmended',
      {
        contractId: 'c-2',
        changes: { name: 'LIS contract 2026 (fictional)' },
        reason: 'renewed',
        amendedBy: 'admin-1',
      },
      { id: 'admin-1', role: 'admin' },
    );
    const missed = event(
      'ServicePlanPeriodMissed',
      {
        contractId: 'c-2',
        kind: 'inspection',
        period: '2026-05',
        dueBy: '2026-06-01T00:00:00.000+08:00',
        expertId: 'eng-6',
        notify: ['eng-6', 'manager'],
        warnedAt: '2026-06-01T00:00:00.000+08:00',
      },
      WATCHMAN,
    );
    await store.append('contract-c-2', [registered, amended, missed], { expectedRevision: 'no_stream' });
    await settle();
    expect((await rows()).map((r) => r.text_en)).toEqual([
      'Contract LIS contract 2026 (fictional): the inspection for 2026-05 was missed (due by 2026-06-01 00:00)',
      'Contract LIS contract 2026 (fictional): the inspection for 2026-05 was missed (due by 2026-06-01 00:00)',
    ]);
  });

  it('records read marks per user, and a rebuild from position 0 gives the same rows', async () => {
    const escalation = event('Escalated', {
      ticketId: 't1',
      level: 1,
      reason: 'manual',
      to: 'manager',
      automatic: false,
      escalatedBy: 'agent-1',
      escalatedAt: '2026-11-03T11:00:00.000+08:00',
    });
    await store.append('ticket-t1', [reported('t1', 'SV-202611-0001'), escalation], {
      expectedRevision: 'no_stream',
    });
    const id = notificationId(escalation.id, 'manager');
    const read = { notificationId: id, userId: 'manager-1', readAt: '2026-11-03T03:05:00.000Z' };
    await store.append(notificationReadsStream('manager-1'), [event('NotificationRead', read)], {
      expectedRevision: 'no_stream',
    });
    await settle();
    const reads = () =>
      host.db<NotificationsDb>('notifications').selectFrom('notification_reads').selectAll().execute();
    expect(await reads()).toMatchObject([{ user_id: 'manager-1', notification_id: id }]);
    const live = { rows: await rows(), reads: await reads() };
    await host.rebuild('notifications');
    expect({ rows: await rows(), reads: await reads() }).toEqual(live);
  });
});
