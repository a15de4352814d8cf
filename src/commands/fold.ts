import type { Decider, DomainEvent } from '../domain/shared/decider';
import type { EventStore, RecordedEvent } from '../eventstore/port';

/** A stream's state: its recorded events folded with the decider's evolve. */
export function fold<S, E extends DomainEvent>(decider: Decider<never, S, E>, recorded: RecordedEvent[]): S {
  return recorded.reduce(
    (state, event) => decider.evolve(state, { type: event.type, data: event.data } as E),
    decider.initialState(),
  );
}

/** Reads another stream's current state, for the facts a command needs from outside its own stream. */
export async function loadState<S, E extends DomainEvent>(
  store: EventStore,
  decider: Decider<never, S, E>,
  stream: string,
): Promise<S> {
  return fold(decider, await store.readStream(stream));
}
