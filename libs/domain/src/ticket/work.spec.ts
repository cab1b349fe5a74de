import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  AGENT,
  at,
  arrived,
  command,
  dispatched,
  faultReported,
  responded,
} from '../testing/ticket-fixtures.js';
import { ticketDecider } from './ticket.decider.js';

const given = DeciderSpecification.for(ticketDecider);

describe('Respond', () => {
  it('records the engineer, the mode and the note', () => {
    given([faultReported()])
      .when(command('Respond', { mode: 'guided', note: 'Talked the nurse through a restart' }, at('10:20')))
      .then([
        {
          type: 'Responded',
          data: {
            ticketId: 't-1',
            engineerId: 'eng-1',
            mode: 'guided',
            note: 'Talked the nurse through a restart',
            respondedAt: at('10:20'),
          },
        },
      ]);
  });

  it('names the engineer the agent records the response for', () => {
    given([faultReported()])
      .when(command('Respond', { mode: 'remote', engineerId: 'eng-7' }, at('10:20'), AGENT))
      .then([
        {
          type: 'Responded',
          data: { ticketId: 't-1', engineerId: 'eng-7', mode: 'remote', respondedAt: at('10:20') },
        },
      ]);
  });

  it('is refused on a ticket already responded to, naming the status', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(command('Respond', { mode: 'remote' }, at('10:25')))
      .thenThrows(InvalidTransitionError, (e) => {
        expect(e.status).toBe('responded');
        expect(e.message).toBe('Respond is not allowed: the ticket is responded');
      });
  });

  it('is refused on a ticket never reported', () => {
    given([])
      .when(command('Respond', { mode: 'remote' }, at('10:20')))
      .thenThrows(NotFoundError);
  });

  it('refuses a response back-dated before the report', () => {
    const respond = { ...command('Respond', { mode: 'remote' }, at('10:20')), occurredAt: at('09:59') };
    given([faultReported()])
      .when(respond)
      .thenThrows(RuleViolationError, (e) => expect(e.code).toBe('before_latest_event'));
  });

  it('refuses an unknown response mode', () => {
    given([faultReported()])
      .when(command('Respond', { mode: 'telepathy' as never }, at('10:20')))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.mode'));
  });
});

describe('DispatchOnSite', () => {
  it('sends engineers on site with the reason and the expected arrival', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(
        command(
          'DispatchOnSite',
          {
            engineerIds: ['eng-1', 'eng-2'],
            reason: 'No remote access',
            expectedArrivalAt: '2026-11-03T03:30:00Z',
          },
          at('10:40'),
        ),
      )
      .then([
        {
          type: 'DispatchedOnSite',
          data: {
            ticketId: 't-1',
            engineerIds: ['eng-1', 'eng-2'],
            reason: 'No remote access',
            expectedArrivalAt: at('11:30'),
            dispatchedBy: 'eng-1',
            dispatchedAt: at('10:40'),
          },
        },
      ]);
  });

  it('is refused before anyone responded', () => {
    given([faultReported()])
      .when(command('DispatchOnSite', { engineerIds: ['eng-1'], reason: 'No remote access' }, at('10:10')))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('reported'));
  });

  it('refuses a dispatch without engineers', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(command('DispatchOnSite', { engineerIds: [], reason: 'No remote access' }, at('10:40')))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.engineerIds'));
  });
});

describe('ArriveOnSite', () => {
  it('records the arrival of the engineer', () => {
    given([faultReported(), responded(at('10:20')), dispatched(at('10:40'))])
      .when(command('ArriveOnSite', {}, at('11:25')))
      .then([arrived(at('11:25'))]);
  });

  it('is refused when nobody was dispatched', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(command('ArriveOnSite', {}, at('11:25')))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('responded'));
  });
});

describe('Resolve', () => {
  const resolve = {
    cause: 'Grouper table missing',
    measures: 'Reloaded the table',
    resolution: 'Grouping works again',
    category: 'configuration',
  };

  it('records cause, measures, resolution and category by the engineer', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(command('Resolve', resolve, at('13:00')))
      .then([
        {
          type: 'Resolved',
          data: { ticketId: 't-1', engineerId: 'eng-1', ...resolve, resolvedAt: at('13:00') },
        },
      ]);
  });

  it('is allowed once the engineers are on site', () => {
    given([faultReported(), responded(at('10:20')), dispatched(at('10:40')), arrived(at('11:25'))])
      .when(command('Resolve', resolve, at('13:00')))
      .then([
        {
          type: 'Resolved',
          data: { ticketId: 't-1', engineerId: 'eng-1', ...resolve, resolvedAt: at('13:00') },
        },
      ]);
  });

  it('is refused before a response', () => {
    given([faultReported()])
      .when(command('Resolve', resolve, at('10:10')))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('reported'));
  });

  it('is refused while the engineers are on their way', () => {
    given([faultReported(), responded(at('10:20')), dispatched(at('10:40'))])
      .when(command('Resolve', resolve, at('11:00')))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('dispatched'));
  });

  it('refuses a resolution without its cause', () => {
    given([faultReported(), responded(at('10:20'))])
      .when(command('Resolve', { ...resolve, cause: '' }, at('13:00')))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.cause'));
  });
});
