import type { Decider, DomainEvent } from '../command-handling/decider.js';

/**
 * A decider over a list of commands: each is decided on the state the previous ones left, and all
 * their events are appended together (one revision check, one command id, all or nothing).
 */
export function batchDecider<C, E extends DomainEvent, S>(decider: Decider<C, E, S>): Decider<C[], E, S> {
  return {
    initialState: decider.initialState,
    evolve: decider.evolve,
    decide: (commands, initial) => {
      let state = initial;
      const events: E[] = [];
      for (const command of commands) {
        for (const event of decider.decide(command, state)) {
          state = decider.evolve(state, event);
          events.push(event);
        }
      }
      return events;
    },
  };
}
