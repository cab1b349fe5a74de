import type { EventSource } from '#event-store';
import { ProjectionSpecification } from '../../testing/projection-specification.js';
import type { EventToRecord } from '../../testing/recorded-events.js';
import { slaFactsProjection } from './sla-facts.projection.js';

const at = (hhmm: string) => `2026-11-03T${hhmm}:00.000+08:00`;
const targets = { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' };
const given = ProjectionSpecification.for(slaFactsProjection);

const faultReported: EventToRecord = {
  type: 'FaultReported',
  data: {
    ticketId: 't-1',
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
  },
};

describe('sla-facts projection', () => {
  it('keeps one row per ticket when a corrected report time moves it in report-time order', async () => {
    await given([faultReported])
      .when([
        {
          type: 'ReportTimeCorrected',
          data: {
            ticketId: 't-1',
            previousReportedAt: at('10:00'),
            reportedAt: at('09:40'),
            reason: 'the phone rang at 09:40',
            correctedBy: 'agent-1',
            correctedAt: at('10:05'),
            warranty: 'in_warranty',
          },
        },
      ])
      .thenRows('sla_facts', [{ ticket_id: 't-1', reported_at: Date.parse(at('09:40')), policy_version: 2 }]);
  });

  it('counts an escalation the scheduler made as automatic, one a person made as manual', async () => {
    const escalated = (source: EventSource, reason: string): EventToRecord => ({
      type: 'Escalated',
      data: {
        ticketId: 't-1',
        level: 1,
        reason,
        to: 'manager',
        automatic: false,
        escalatedBy: 'agent-1',
        escalatedAt: at('10:40'),
      },
      metadata: { source },
    });
    await given([faultReported])
      .when([escalated('scheduler', 'response_overdue'), escalated('api', 'complaint')])
      .thenRows('sla_facts', [
        {
          escalations: 2,
          esc_response_overdue_auto: 1,
          esc_response_overdue_manual: 0,
          esc_complaint_manual: 1,
        },
      ]);
  });

  it('names customers for the report labels, following renames', async () => {
    await given([
      { type: 'CustomerRegistered', data: { customerId: 'cu-1', name: 'County Hospital (fictional)' } },
    ])
      .when([
        {
          type: 'CustomerDetailsUpdated',
          data: { customerId: 'cu-1', changes: { name: 'County General (fictional)' } },
        },
      ])
      .thenRows('sla_names', [{ kind: 'customer', id: 'cu-1', name: 'County General (fictional)' }]);
  });
});
