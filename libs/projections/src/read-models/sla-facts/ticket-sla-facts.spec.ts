import type { FaultReportedData, TicketEvent } from '#domain';
import { ticketSlaFacts } from './ticket-sla-facts.js';

/** Shanghai times on 2026-11-03 (or another day), as the domain writes them. */
const at = (hhmm: string, day = '2026-11-03') => `${day}T${hhmm}:00.000+08:00`;
const ms = (hhmm: string, day?: string) => Date.parse(at(hhmm, day));
const MIN = 60_000;
const HOUR = 60 * MIN;

const targets = { response: 'PT30M', onSite: 'PT1H', resolution: 'PT12H' };
const reported = (overrides: Partial<FaultReportedData> = {}): TicketEvent => ({
  type: 'FaultReported',
  data: {
    ticketId: 't-1',
    serviceNo: 'SV-202611-0001',
    customerId: 'cu-1',
    contractId: 'c-1',
    reporter: { name: 'Dr. Example' },
    channel: 'hotline',
    product: { name: 'DIP platform', version: '3.2' },
    description: 'Grouping fails',
    severity: 2,
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
    policyVersion: 3,
    timeZone: 'Asia/Shanghai',
    ...overrides,
  },
});
const responded = (time: string, engineerId = 'eng-1'): TicketEvent => ({
  type: 'Responded',
  data: { ticketId: 't-1', engineerId, mode: 'remote', respondedAt: time },
});
const resolved = (time: string, engineerId = 'eng-1'): TicketEvent => ({
  type: 'Resolved',
  data: {
    ticketId: 't-1',
    engineerId,
    cause: 'index lost',
    measures: 'rebuilt it',
    resolution: 'works',
    category: 'database',
    resolvedAt: time,
  },
});

describe('ticketSlaFacts', () => {
  it('holds a running ticket’s due and at-risk instants, with nothing breached or completed yet', () => {
    const row = ticketSlaFacts([reported()]);
    expect(row).toMatchObject({
      ticket_id: 't-1',
      customer_id: 'cu-1',
      severity: 2,
      status: 'reported',
      open: 1,
      policy_version: 3,
      reported_at: ms('10:00'),
      engineer_id: null,
      response_started_at: ms('10:00'),
      response_target_ms: 30 * MIN,
      response_due_at: ms('10:30'),
      response_at_risk_at: ms('10:24'),
      response_breached_at: null,
      response_completed_at: null,
      response_elapsed_ms: null,
      response_overrun_ms: null,
      onsite_started_at: null,
      onsite_due_at: null,
      resolution_due_at: ms('22:00'),
      resolution_at_risk_at: ms('19:36'),
      surveyed: 0,
      score_overall: null,
    });
  });

  it('keeps a met response, a late resolution with its overrun, escalations by reason and the latest survey', () => {
    const row = ticketSlaFacts([
      reported({ kind: 'complaint' }),
      responded(at('10:20')),
      {
        type: 'Escalated',
        data: {
          ticketId: 't-1',
          level: 1,
          reason: 'complaint',
          to: 'manager',
          automatic: false,
          escalatedBy: 'agent-1',
          escalatedAt: at('11:00'),
        },
      },
      resolved(at('23:00'), 'eng-2'),
      {
        type: 'SatisfactionRecorded',
        data: {
          ticketId: 't-1',
          recordedBy: 'agent-1',
          scores: { overall: 3 },
          surveyedAt: at('09:00', '2026-11-04'),
        },
      },
      {
        type: 'SatisfactionRecorded',
        data: {
          ticketId: 't-1',
          recordedBy: 'agent-1',
          scores: { overall: 4, engineerAttitude: 5, trainingEffect: 0 },
          surveyedAt: at('10:00', '2026-11-04'),
        },
      },
    ]);
    expect(row).toMatchObject({
      kind: 'complaint',
      engineer_id: 'eng-2',
      response_completed_at: ms('10:20'),
      response_elapsed_ms: 20 * MIN,
      response_breached_at: null,
      response_overrun_ms: 0,
      resolution_completed_at: ms('23:00'),
      resolution_elapsed_ms: 13 * HOUR,
      resolution_breached_at: ms('22:00'),
      resolution_overrun_ms: HOUR,
      escalations: 1,
      esc_complaint_manual: 1,
      esc_complaint_auto: 0,
      esc_response_overdue_auto: 0,
      surveyed: 1,
      score_overall: 4,
      score_engineer_attitude: 5,
      score_training_effect: 0,
      score_system_quality: null,
    });
  });

  it('withdraws a met resolution when the customer rejects the fix: breached at the original due time', () => {
    const row = ticketSlaFacts([
      reported(),
      responded(at('10:05')),
      resolved(at('12:00')),
      {
        type: 'ResolutionRejected',
        data: {
          ticketId: 't-1',
          rejectedBy: 'contact-1',
          reason: 'still fails',
          rejectedAt: at('09:00', '2026-11-04'),
        },
      },
    ]);
    expect(row).toMatchObject({
      status: 'reopened',
      reopen_count: 1,
      resolution_completed_at: null,
      resolution_elapsed_ms: null,
      resolution_breached_at: ms('22:00'),
      resolution_due_at: ms('22:00'),
      resolution_overrun_ms: null,
    });
  });

  it('freezes the timers of a ticket closed before they completed, unbreached', () => {
    const row = ticketSlaFacts([
      reported(),
      responded(at('10:10')),
      {
        type: 'DispatchedOnSite',
        data: {
          ticketId: 't-1',
          engineerIds: ['eng-1'],
          reason: 'no remote access',
          dispatchedBy: 'eng-1',
          dispatchedAt: at('10:30'),
        },
      },
      {
        type: 'Closed',
        data: {
          ticketId: 't-1',
          closedBy: 'mgr-1',
          confirmed: false,
          reason: 'duplicate',
          closedAt: at('10:45'),
        },
      },
    ]);
    expect(row).toMatchObject({
      status: 'closed',
      open: 0,
      onsite_started_at: ms('10:30'),
      onsite_due_at: ms('11:30'),
      onsite_frozen: 1,
      onsite_breached_at: null,
      onsite_completed_at: null,
      onsite_overrun_ms: 0,
      resolution_frozen: 1,
      response_frozen: 0,
    });
  });

  it('takes the corrected report time and the severity in force now', () => {
    const row = ticketSlaFacts([
      reported(),
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
      {
        type: 'SeverityChanged',
        data: {
          ticketId: 't-1',
          from: 2,
          to: 1,
          reason: 'system down',
          changedBy: 'eng-1',
          changedAt: at('10:06'),
        },
      },
    ]);
    expect(row).toMatchObject({ reported_at: ms('09:40'), severity: 1, response_due_at: ms('10:10') });
  });
});
