/**
 * A decider: the three plain functions of one aggregate. `decide` may throw a DomainError;
 * an empty array means the command was already satisfied (nothing to append).
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** The state after the given events, from the decider's initial state. */
export function fold<C, E, S>(decider: Decider<C, E, S>, events: readonly E[]): S {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

/**
 * A decider over a list of commands: each is decided on the state the previous ones left, and all
 * their events are appended together (one revision check, one command id, all or nothing).
 */
export function batchDecider<C, E, S>(decider: Decider<C, E, S>): Decider<C[], E, S> {
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
