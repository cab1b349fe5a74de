/** The shape every aggregate of libs/domain has: three plain functions. */
export interface Decider<Command, Event extends DomainEvent, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export interface DomainEvent {
  type: string;
  data: object;
}
