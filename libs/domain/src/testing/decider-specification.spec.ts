import { AssertionError } from 'node:assert/strict';
import type { Decider } from '../shared/decider.js';
import { RuleViolationError } from '../shared/rule-violation.error.js';
import { ValidationError } from '../shared/validation.error.js';
import { DeciderSpecification } from './decider-specification.js';
import { thrown } from './thrown.js';

type Event = { type: 'Added'; data: { n: number; note?: string } };
type Command = { type: 'Add'; n: number; note?: string };
/** A counter that refuses to go over 10, and writes the note even when it is undefined (a bug on purpose). */
const counter: Decider<Command, Event, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.n,
  decide: (command, total) => {
    if (total + command.n > 10) throw new RuleViolationError('too_much', 'over 10');
    return command.n === 0 ? [] : [{ type: 'Added', data: { n: command.n, note: command.note } }];
  },
};
const given = DeciderSpecification.for(counter);
const added = (n: number): Event => ({ type: 'Added', data: { n } });

describe('DeciderSpecification', () => {
  it('fails when the events differ from the expected ones', () => {
    expect(
      thrown(() =>
        given([added(1)])
          .when({ type: 'Add', n: 2 })
          .then([added(3)]),
      ),
    ).toBeInstanceOf(AssertionError);
  });

  it('fails when an event holds an undefined value, which the event store refuses', () => {
    const undefinedNote = { type: 'Added', data: { n: 2, note: undefined } } as Event;
    expect(thrown(() => given([]).when({ type: 'Add', n: 2 }).then([undefinedNote]))).toBeInstanceOf(
      AssertionError,
    );
  });

  it('fails thenThrows when the command succeeds', () => {
    expect(
      thrown(() => given([]).when({ type: 'Add', n: 2, note: 'x' }).thenThrows(RuleViolationError)),
    ).toBeInstanceOf(AssertionError);
  });

  it('fails thenThrows when another error class is thrown', () => {
    expect(
      thrown(() =>
        given([added(10)])
          .when({ type: 'Add', n: 1 })
          .thenThrows(ValidationError),
      ),
    ).toBeInstanceOf(AssertionError);
  });

  it('passes the error to the check of thenThrows', () => {
    let code = '';
    given([added(10)])
      .when({ type: 'Add', n: 1 })
      .thenThrows(RuleViolationError, (e) => (code = e.code));
    expect(code).toBe('too_much');
  });

  it('fails thenNothing when the command yields events', () => {
    expect(thrown(() => given([]).when({ type: 'Add', n: 1, note: 'x' }).thenNothing())).toBeInstanceOf(
      AssertionError,
    );
  });
});
