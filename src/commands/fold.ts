import type { Decider, DomainEvent } from '../domain/shared/decider';
import type { EventMetadata, EventStore, RecordedEvent } from '../eventstore/port';
import { idempotencyKey } from './idempotency';

/** What a command that already ran left in its stream: enough to answer its repeat, or refuse a misuse of its id. */
export interface PastCommand {
  eventTypes: string[];
  position: number;
  revision: number;
  commandType: string | null;
  /** Fingerprint of what the caller asked for; null for events written before fingerprints were kept. */
  fingerprint: string | null;
}

/** A stream as of one revision: its folded state and the commands that wrote it. */
export interface StreamView<S> {
  state: S;
  /** Revision of the last event folded in; -1 for an absent stream. */
  revision: number;
  /**
   * Keyed by actor and command id (`idempotencyKey`). Shared by every view of the stream and only
   * ever added to: a key found here ran, whichever revision the view is at, and a repeat is
   * answered with what it did then.
   */
  commands: Map<string, PastCommand>;
}

/** Streams whose views are kept between commands, least recently used dropped first. */
const VIEWS_KEPT = 4096;

// Keyed by store and decider: one stream may be folded by more than one decider.
const views = new WeakMap<EventStore, WeakMap<object, Map<string, StreamView<unknown>>>>();

function viewsOf(store: EventStore, decider: object): Map<string, StreamView<unknown>> {
  let byDecider = views.get(store);
  if (!byDecider) {
    byDecider = new WeakMap();
    views.set(store, byDecider);
  }
  let byStream = byDecider.get(decider);
  if (!byStream) {
    byStream = new Map();
    byDecider.set(decider, byStream);
  }
  return byStream;
}

function pastCommandKey(metadata: EventMetadata): string | null {
  const { commandId, actor } = metadata as { commandId?: unknown; actor?: { id?: unknown } };
  return typeof commandId === 'string' && typeof actor?.id === 'string' ? idempotencyKey(actor.id, commandId) : null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Folds events into a view, noting which command wrote them. */
export function extendView<S, E extends DomainEvent>(
  decider: Decider<never, S, E>,
  view: StreamView<S>,
  events: Pick<RecordedEvent, 'type' | 'data' | 'metadata' | 'position' | 'revision'>[],
): StreamView<S> {
  let { state } = view;
  for (const event of events) {
    state = decider.evolve(state, { type: event.type, data: event.data } as E);
    const key = pastCommandKey(event.metadata);
    if (key === null) continue;
    const past = view.commands.get(key);
    if (past && past.revision < event.revision) {
      past.eventTypes.push(event.type);
      past.position = event.position;
      past.revision = event.revision;
    } else if (!past) {
      view.commands.set(key, {
        eventTypes: [event.type],
        position: event.position,
        revision: event.revision,
        commandType: text(event.metadata.commandType),
        fingerprint: text(event.metadata.commandFingerprint),
      });
    }
  }
  return { state, revision: events.length ? events[events.length - 1].revision : view.revision, commands: view.commands };
}

/** Keeps a view if it is newer than the one kept. */
export function keepView<S>(store: EventStore, decider: object, stream: string, view: StreamView<S>): void {
  const kept = viewsOf(store, decider);
  const previous = kept.get(stream);
  if (previous && previous.revision >= view.revision) return;
  kept.delete(stream);
  kept.set(stream, view);
  if (kept.size > VIEWS_KEPT) kept.delete(kept.keys().next().value!);
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
  const kept = viewsOf(store, decider).get(stream) as StreamView<S> | undefined;
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
