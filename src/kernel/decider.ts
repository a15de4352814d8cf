/** An event as the domain sees it: a type and its data. Metadata is the pipeline's business. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * The shape every stream kind's logic takes (as in Emmett): state is a left fold of the stream's
 * events, and a command is decided against it into new events or a DomainError. Pure: facts from
 * other streams arrive inside the command, gathered by the command handler.
 */
export interface Decider<Command, State, Event extends DomainEvent> {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: State) => Event[];
}
