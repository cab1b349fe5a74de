import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { fold } from '../shared/decider.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  AGENT,
  MANAGER,
  at,
  closed,
  command,
  confirmed,
  faultReported,
  reportTimeCorrected,
  resolved,
  responded,
  severityChanged,
} from '../testing/ticket-fixtures.js';
import type { TicketEvent } from './ticket.events.js';
import { ticketDecider } from './ticket.decider.js';

const given = DeciderSpecification.for(ticketDecider);
describe('NoteSupervision', () => {
  it('records a chasing record without changing the status', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(
        command(
          'NoteSupervision',
          { period: '2026-11-03 AM', progress: 'Waiting for logs', solvedPercent: 30 },
          at('11:00'),
          AGENT,
        ),
      )
      .then([
        {
          type: 'SupervisionNoted',
          data: {
            ticketId: 't-1',
            notedBy: 'agent-1',
            period: '2026-11-03 AM',
            progress: 'Waiting for logs',
            solvedPercent: 30,
            notedAt: at('11:00'),
          },
        },
      ]);
  });

  it('refuses a share solved above 100', () => {
    given([faultReported()])
      .when(
        command('NoteSupervision', { period: 'AM', progress: 'x', solvedPercent: 120 }, at('11:00'), AGENT),
      )
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.solvedPercent'));
  });
});

describe('ChangeSeverity', () => {
  it('records the old and new severity with the reason', () => {
    given([faultReported()])
      .when(command('ChangeSeverity', { severity: 1, reason: 'Re-judged' }, at('10:15'), MANAGER))
      .then([severityChanged(at('10:15'), 2, 1)]);
  });

  it('refuses a change to the severity the ticket already has', () => {
    given([faultReported()])
      .when(command('ChangeSeverity', { severity: 2, reason: 'Same' }, at('10:15'), MANAGER))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('severity_unchanged'));
  });

  it('keeps the ticket in its status', () => {
    expect(
      fold(ticketDecider, [faultReported(), responded(at('10:20')), severityChanged(at('10:30'), 2, 3)]),
    ).toMatchObject({
      status: 'responded',
      severity: 3,
    });
  });
});

describe('Assign', () => {
  it('assigns an engineer', () => {
    given([faultReported()])
      .when(command('Assign', { engineerId: 'eng-2' }, at('10:05'), AGENT))
      .then([
        {
          type: 'Assigned',
          data: { ticketId: 't-1', engineerId: 'eng-2', assignedBy: 'agent-1', assignedAt: at('10:05') },
        },
      ]);
  });

  it('does nothing when the engineer is already assigned', () => {
    const assigned: TicketEvent = {
      type: 'Assigned',
      data: { ticketId: 't-1', engineerId: 'eng-2', assignedBy: 'agent-1', assignedAt: at('10:05') },
    };
    given([faultReported(), assigned])
      .when(command('Assign', { engineerId: 'eng-2' }, at('10:06'), AGENT))
      .thenNothing();
  });
});

describe('CorrectReportTime', () => {
  it('keeps both the mistaken and the corrected report time', () => {
    given([faultReported()])
      .when(
        command(
          'CorrectReportTime',
          { reportedAt: at('09:50'), reason: 'Typed the wrong hour' },
          at('10:05'),
          AGENT,
        ),
      )
      .then([reportTimeCorrected(at('10:00'), at('09:50'), at('10:05'))]);
  });

  it('re-judges the warranty for the corrected time', () => {
    const lateReport = faultReported({
      reportedAt: '2027-01-15T09:00:00.000+08:00',
      warranty: 'out_of_warranty',
    });
    given([lateReport])
      .when(
        command(
          'CorrectReportTime',
          { reportedAt: '2027-01-14T18:00:00+08:00', reason: 'Called the evening before' },
          '2027-01-15T09:10:00+08:00',
          AGENT,
        ),
      )
      .then([
        {
          type: 'ReportTimeCorrected',
          data: {
            ticketId: 't-1',
            previousReportedAt: '2027-01-15T09:00:00.000+08:00',
            reportedAt: '2027-01-14T18:00:00.000+08:00',
            reason: 'Called the evening before',
            correctedBy: 'agent-1',
            correctedAt: '2027-01-15T09:10:00.000+08:00',
            warranty: 'in_warranty',
          },
        },
      ]);
  });

  it('refuses a report time after the first response', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(command('CorrectReportTime', { reportedAt: at('10:25'), reason: 'x' }, at('10:30'), AGENT))
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('report_after_follow_up'));
  });

  it('is allowed on a closed ticket, for a dispute', () => {
    const history = [
      faultReported(),
      responded(at('10:20')),
      resolved(at('13:00')),
      confirmed(at('15:00')),
      closed(at('16:00')),
    ];
    given(history)
      .when(
        command(
          'CorrectReportTime',
          { reportedAt: at('09:50'), reason: 'Typed the wrong hour' },
          at('17:00'),
          AGENT,
        ),
      )
      .then([reportTimeCorrected(at('10:00'), at('09:50'), at('17:00'))]);
  });

  it('does nothing when the time is already the corrected one', () => {
    given([faultReported()])
      .when(
        command('CorrectReportTime', { reportedAt: '2026-11-03T02:00:00Z', reason: 'x' }, at('10:05'), AGENT),
      )
      .thenNothing();
  });
});
