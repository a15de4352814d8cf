import type { Decider, DomainEvent } from '../kernel/decider';
import type { EventMetadata, EventStore, RecordedEvent } from '../eventstore/port';
import { idempotencyKey } from './idempotency';
import { streamViewsOf, type StreamView } from './stream-views';

function pastCommandKey(metadata: EventMetadata): string | null {
  const { commandId, actor } = metadata as { commandId?: unknown; actor?: { id?: unknown } };
  return typeof commandId === 'string' && typeof actor?.id === 'string' ? idempotencyKey(actor.id, commandId) : null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Notes which command wrote each of a stream's events, in the view's record of past commands
 * (shared by every view of the stream, only ever added to); answers that record.
 */
export function noteCommands(
  commands: StreamView<unknown>['commands'],
  events: Pick<RecordedEvent, 'type' | 'metadata' | 'position' | 'revision'>[],
): StreamView<unknown>['commands'] {
  for (const event of events) {
    const key = pastCommandKey(event.metadata);
    if (key === null) continue;
    const past = commands.get(key);
    if (past && past.revision < event.revision) {
      past.eventTypes.push(event.type);
      past.position = event.position;
      past.revision = event.revision;
    } else if (!past) {
      commands.set(key, {
        eventTypes: [event.type],
        position: event.position,
        revision: event.revision,
        commandType: text(event.metadata.commandType),
        fingerprint: text(event.metadata.commandFingerprint),
      });
    }
  }
  return commands;
}

/** Folds events into a view, noting which command wrote them. */
function extendView<S, E extends DomainEvent>(
  decider: Decider<never, S, E>,
  view: StreamView<S>,
  events: Pick<RecordedEvent, 'type' | 'data' | 'metadata' | 'position' | 'revision'>[],
): StreamView<S> {
  const state = events.reduce((folded, event) => decider.evolve(folded, { type: event.type, data: event.data } as E), view.state);
  return {
    state,
    revision: events.length ? events[events.length - 1].revision : view.revision,
    commands: noteCommands(view.commands, events),
  };
}

/** Keeps a view for the next command on the stream, if it is newer than the one kept. */
export function keepView<S>(store: EventStore, decider: object, stream: string, view: StreamView<S>): void {
  streamViewsOf(store).keep(decider, stream, view);
}

/**
 * A stream's current view. Views are kept between commands, so only the events appended since
 * (by this process or any other) are read: the store stays the truth, the fold is incremental.
 */
export async function loadView<S, E extends DomainEvent>(
  store: EventStore,
  decider: Decider<never, S, E>,
  stream: string,
): Promise<StreamView<S>> {
  const kept = streamViewsOf(store).get<S>(decider, stream);
  const from = kept ?? { state: decider.initialState(), revision: -1, commands: new Map() };
  const tail = await store.readStream(stream, from.revision + 1);
  if (tail.length === 0 && kept) return kept;
  const view = extendView(decider, from, tail);
  keepView(store, decider, stream, view);
  return view;
}

/** Reads another stream's current state, for the facts a command needs from outside its own stream. */
export async function loadState<S, E extends DomainEvent>(store: EventStore, decider: Decider<never, S, E>, stream: string): Promise<S> {
  return (await loadView(store, decider, stream)).state;
}
