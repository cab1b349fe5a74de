import type { Actor } from '../shared/actor.js';
import { AlreadyExistsError } from '../shared/already-exists.error.js';
import { ForbiddenError } from '../shared/forbidden.error.js';
import { InvalidTransitionError } from '../shared/invalid-transition.error.js';
import { NotFoundError } from '../shared/not-found.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import type { CaseCommand } from './case.commands.js';
import { caseDecider } from './case.decider.js';
import type { CaseEvent } from './case.events.js';

const given = DeciderSpecification.for(caseDecider);
const ENGINEER: Actor = { id: 'eng-1', role: 'engineer' };
const NOW = '2026-11-03T10:00:00+08:00';
const on = (type: CaseCommand['type'], data: object, actor: Actor = ENGINEER): CaseCommand =>
  ({ type, data: { caseId: 'case-1', ...data }, actor, now: NOW }) as CaseCommand;

const publish = {
  ticketId: 't-1',
  ticketStatus: 'resolved',
  symptom: '结算接口超时无法提交',
  cause: 'Connection pool exhausted',
  fix: '扩大连接池 to 200',
  category: 'interface',
  product: { name: 'DIP grouping platform (fictional)', version: '3.2' },
};
const published: CaseEvent = {
  type: 'CasePublished',
  data: {
    caseId: 'case-1',
    ticketId: 't-1',
    symptom: '结算接口超时无法提交',
    cause: 'Connection pool exhausted',
    fix: '扩大连接池 to 200',
    category: 'interface',
    product: { name: 'DIP grouping platform (fictional)', version: '3.2' },
    publishedBy: 'eng-1',
    publishedAt: '2026-11-03T02:00:00.000Z',
  },
};

describe('PublishCase', () => {
  it('publishes a resolved ticket as a case', () => {
    given([]).when(on('PublishCase', publish)).then([published]);
  });

  it('publishes a closed ticket too, and lets a manager publish', () => {
    given([])
      .when(on('PublishCase', { ...publish, ticketStatus: 'closed' }, { id: 'mgr-1', role: 'manager' }))
      .then([{ type: 'CasePublished', data: { ...published.data, publishedBy: 'mgr-1' } }]);
  });

  it('refuses a ticket that is still being worked on (409)', () => {
    given([])
      .when(on('PublishCase', { ...publish, ticketStatus: 'on_site' }))
      .thenThrows(InvalidTransitionError, (e) => expect(e.status).toBe('on_site'));
  });

  it('refuses a ticket that does not exist', () => {
    given([])
      .when(on('PublishCase', { ...publish, ticketStatus: 'not_reported' }))
      .thenThrows(NotFoundError);
  });

  it('refuses a second case for the same id', () => {
    given([published]).when(on('PublishCase', publish)).thenThrows(AlreadyExistsError);
  });

  it('refuses an empty symptom, naming the field', () => {
    given([])
      .when(on('PublishCase', { ...publish, symptom: '  ' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.symptom'));
  });

  it('is not for agents', () => {
    given([])
      .when(on('PublishCase', publish, { id: 'agent-1', role: 'agent' }))
      .thenThrows(ForbiddenError);
  });
});

describe('ReviseCase', () => {
  it('records the new text with the reason, keeping the fields not given', () => {
    given([published])
      .when(on('ReviseCase', { fix: '扩大连接池 to 400', reason: 'pool still too small' }))
      .then([
        {
          type: 'CaseRevised',
          data: {
            caseId: 'case-1',
            symptom: '结算接口超时无法提交',
            cause: 'Connection pool exhausted',
            fix: '扩大连接池 to 400',
            category: 'interface',
            reason: 'pool still too small',
            revisedBy: 'eng-1',
            revisedAt: '2026-11-03T02:00:00.000Z',
          },
        },
      ]);
  });

  it('does nothing when the text is the same', () => {
    given([published])
      .when(on('ReviseCase', { fix: '扩大连接池 to 200', reason: 'again' }))
      .thenNothing();
  });

  it('needs a reason', () => {
    given([published])
      .when(on('ReviseCase', { fix: 'other' }))
      .thenThrows(ValidationError, (e) => expect(e.field).toBe('data.reason'));
  });

  it('refuses a case that was never published', () => {
    given([])
      .when(on('ReviseCase', { fix: 'x', reason: 'y' }))
      .thenThrows(NotFoundError);
  });
});
