import { AssertionError, deepStrictEqual } from 'node:assert/strict';
import { fold, type Decider } from '../shared/decider.js';

export interface DeciderThen<Event> {
  /** The command yields exactly these events (deep, strict; they must also survive JSON unchanged). */
  then(expected: readonly Event[]): void;
  /** The command yields no event: it was already satisfied. */
  thenNothing(): void;
  /** The command throws an instance of `errorClass`; `check` may assert more about the error. */
  thenThrows<E extends Error>(
    errorClass: abstract new (...args: never[]) => E,
    check?: (error: E) => void,
  ): void;
}

export interface DeciderWhen<Command, Event> {
  when(command: Command): DeciderThen<Event>;
}

/**
 * Given / When / Then for a decider:
 * `DeciderSpecification.for(ticketDecider)([reported]).when(respond).then([responded])`.
 * Framework-free: failures are node:assert errors, which any test runner reports with a diff.
 */
export const DeciderSpecification = {
  for<Command, Event, State>(decider: Decider<Command, Event, State>) {
    return (given: readonly Event[] = []): DeciderWhen<Command, Event> => ({
      when: (command: Command): DeciderThen<Event> => {
        const run = (): Event[] => decider.decide(command, fold(decider, given));
        return {
          then: (expected) => {
            const events = run();
            deepStrictEqual(events, expected);
            deepStrictEqual(JSON.parse(JSON.stringify(events)), events, 'events must be plain JSON');
            fold(decider, [...given, ...events]);
          },
          thenNothing: () => deepStrictEqual(run(), []),
          thenThrows: (errorClass, check) => {
            let events: Event[];
            try {
              events = run();
            } catch (error) {
              if (!(error instanceof errorClass)) {
                throw new AssertionError({ message: `expected ${errorClass.name}, got ${String(error)}` });
              }
              check?.(error as never);
              return;
            }
            throw new AssertionError({
              message: `expected ${errorClass.name}, but the command yielded ${JSON.stringify(events)}`,
            });
          },
        };
      },
    });
  },
};
