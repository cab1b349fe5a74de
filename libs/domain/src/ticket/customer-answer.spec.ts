import { ForbiddenError } from '../shared/forbidden.error.js';
import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  AGENT,
  CUSTOMER,
  at,
  command,
  confirmed,
  faultReported,
  rejected,
  resolved,
  responded,
} from '../testing/ticket-fixtures.js';
import { fold } from '../shared/decider.js';
import { ticketDecider } from './ticket.decider.js';

const given = DeciderSpecification.for(ticketDecider);
const fixed = [faultReported(), responded(at('10:20')), resolved(at('13:00'))];

describe('ConfirmResolution', () => {
  it('records the customer confirming the fix', () => {
    given(fixed)
      .when(command('ConfirmResolution', { note: 'Works' }, at('15:00'), CUSTOMER))
      .then([
        {
          type: 'ResolutionConfirmed',
          data: { ticketId: 't-1', confirmedBy: 'contact-1', note: 'Works', confirmedAt: at('15:00') },
        },
      ]);
  });

  it('may be recorded by the agent who made the revisit call', () => {
    given(fixed)
      .when(command('ConfirmResolution', {}, at('15:00'), AGENT))
      .then([
        {
          type: 'ResolutionConfirmed',
          data: { ticketId: 't-1', confirmedBy: 'agent-1', confirmedAt: at('15:00') },
        },
      ]);
  });

  it('is refused before anything was resolved', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(command('ConfirmResolution', {}, at('15:00'), CUSTOMER))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('responded'));
  });

  it('leaves the ticket confirmed', () => {
    expect(fold(ticketDecider, [...fixed, confirmed(at('15:00'))]).status).toBe('confirmed');
  });
});

describe('RejectResolution', () => {
  it('records the rejection with its reason', () => {
    given(fixed)
      .when(command('RejectResolution', { reason: 'Still failing' }, at('15:00'), CUSTOMER))
      .then([rejected(at('15:00'))]);
  });

  it('reopens the ticket', () => {
    expect(fold(ticketDecider, [...fixed, rejected(at('15:00'))]).status).toBe('reopened');
  });

  it('lets the engineer resolve the reopened ticket again', () => {
    const resolve = {
      cause: 'Index corrupt',
      measures: 'Rebuilt it',
      resolution: 'Grouping works',
      category: 'database',
    };
    given([...fixed, rejected(at('15:00'))])
      .when(command('Resolve', resolve, at('16:00')))
      .then([
        {
          type: 'Resolved',
          data: { ticketId: 't-1', engineerId: 'eng-1', ...resolve, resolvedAt: at('16:00') },
        },
      ]);
  });

  it('is refused once the customer confirmed', () => {
    given([...fixed, confirmed(at('15:00'))])
      .when(command('RejectResolution', { reason: 'Changed my mind' }, at('16:00'), CUSTOMER))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('confirmed'));
  });
});

describe('RecordSatisfaction', () => {
  it('records the survey scores and comments', () => {
    given(fixed)
      .when(
        command(
          'RecordSatisfaction',
          {
            scores: { overall: 5, responseTime: 4, engineerAttitude: 0 },
            comments: 'Quick',
            respondent: 'Dr. Example',
          },
          at('15:00'),
          AGENT,
        ),
      )
      .then([
        {
          type: 'SatisfactionRecorded',
          data: {
            ticketId: 't-1',
            recordedBy: 'agent-1',
            scores: { overall: 5, responseTime: 4, engineerAttitude: 0 },
            comments: 'Quick',
            respondent: 'Dr. Example',
            surveyedAt: at('15:00'),
          },
        },
      ]);
  });

  it('refuses a score above 5', () => {
    given(fixed)
      .when(command('RecordSatisfaction', { scores: { overall: 6 } }, at('15:00'), AGENT))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.scores.overall'));
  });

  it('refuses an item that is not on the survey', () => {
    given(fixed)
      .when(command('RecordSatisfaction', { scores: { overall: 5, coffee: 5 } as never }, at('15:00'), AGENT))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.scores.coffee'));
  });

  it('is refused before the fault was resolved', () => {
    given([faultReported()])
      .when(command('RecordSatisfaction', { scores: { overall: 3 } }, at('15:00'), AGENT))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('reported'));
  });
});

describe('what a customer contact may not do', () => {
  it('refuses a customer contact resolving a ticket', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(
        command(
          'Resolve',
          { cause: 'x', measures: 'y', resolution: 'z', category: 'c' },
          at('11:00'),
          CUSTOMER,
        ),
      )
      .thenThrows(ForbiddenError);
  });
});
