import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '#event-store';
import { projectInMemory } from '../../project.fixture.js';
import { slaFactsProjection } from './sla-facts.projection.js';

const at = (hhmm: string) => `2026-11-03T${hhmm}:00.000+08:00`;
const targets = { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' };
let position = 0n;
const event = (type: string, data: Record<string, unknown>, source = 'api'): RecordedEvent => ({
  id: randomUUID(),
  type,
  schemaVersion: 1,
  stream: 'ticket-t-1',
  revision: Number(position),
  position: ++position,
  data: { ticketId: 't-1', ...data } as RecordedEvent['data'],
  metadata: {
    actor: { id: 'agent-1', role: 'agent' },
    source: source as 'api',
    occurredAt: at('10:00'),
    recordedAt: at('10:00'),
  },
  prevHash: null,
  hash: '',
});
const faultReported = event('FaultReported', {
  serviceNo: 'SV-202611-0001',
  customerId: 'cu-1',
  contractId: 'c-1',
  reporter: { name: 'Ward nurse (fictional)' },
  channel: 'hotline',
  product: { name: 'DIP platform', version: '3.2' },
  description: 'Grouping fails',
  severity: 1,
  kind: 'request',
  urgency: 'urgent',
  reportedAt: at('10:00'),
  takenBy: 'agent-1',
  warranty: 'in_warranty',
  warrantyUntil: '2027-01-14',
  slaPolicy: {
    targets: { '1': targets, '2': targets, '3': targets, '4': targets },
    atRiskShare: 0.8,
    calendar: '24x7',
    confirmationWindow: 'PT24H',
  },
  policyVersion: 2,
  timeZone: 'Asia/Shanghai',
});

const project = (events: RecordedEvent[]) => projectInMemory(slaFactsProjection, events);

describe('sla-facts projection', () => {
  it('keeps one row per ticket when a corrected report time moves it in report-time order', async () => {
    const db = await project([
      faultReported,
      event('ReportTimeCorrected', {
        previousReportedAt: at('10:00'),
        reportedAt: at('09:40'),
        reason: 'the phone rang at 09:40',
        correctedBy: 'agent-1',
        correctedAt: at('10:05'),
        warranty: 'in_warranty',
      }),
    ]);
    const rows = await db
      .selectFrom('sla_facts')
      .select(['ticket_id', 'reported_at', 'policy_version'])
      .execute();
    expect(rows).toEqual([{ ticket_id: 't-1', reported_at: Date.parse(at('09:40')), policy_version: 2 }]);
    await db.destroy();
  });

  it('counts an escalation the scheduler made as automatic, one a person made as manual', async () => {
    const escalated = (source: string, reason: string) =>
      event(
        'Escalated',
        {
          level: 1,
          reason,
          to: 'manager',
          automatic: false,
          escalatedBy: 'agent-1',
          escalatedAt: at('10:40'),
        },
        source,
      );
    const db = await project([
      faultReported,
      escalated('scheduler', 'response_overdue'),
      escalated('api', 'complaint'),
    ]);
    const row = await db
      .selectFrom('sla_facts')
      .select([
        'escalations',
        'esc_response_overdue_auto',
        'esc_response_overdue_manual',
        'esc_complaint_manual',
      ])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      escalations: 2,
      esc_response_overdue_auto: 1,
      esc_response_overdue_manual: 0,
      esc_complaint_manual: 1,
    });
    await db.destroy();
  });

  it('names customers for the report labels, following renames', async () => {
    const customer = (type: string, data: Record<string, unknown>) => ({
      ...event(type, data),
      stream: 'customer-cu-1',
    });
    const db = await project([
      customer('CustomerRegistered', { customerId: 'cu-1', name: 'County Hospital (fictional)' }),
      customer('CustomerDetailsUpdated', {
        customerId: 'cu-1',
        changes: { name: 'County General (fictional)' },
      }),
    ]);
    expect(await db.selectFrom('sla_names').selectAll().execute()).toEqual([
      { kind: 'customer', id: 'cu-1', name: 'County General (fictional)' },
    ]);
    await db.destroy();
  });
});
