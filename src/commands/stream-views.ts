import { LRUCache } from 'lru-cache';
import type { EventStore } from '../eventstore/port';
import type { CacheStats } from '../kernel/cache-stats';

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

/** Bytes a view costs besides its state: the record of each command that wrote the stream is most of it. */
const VIEW_BYTES = 512;
const PAST_COMMAND_BYTES = 256;

/** Approximate bytes of one view, for the cache's bound and the metrics. */
const viewBytes = (view: StreamView<unknown>) => VIEW_BYTES + view.commands.size * PAST_COMMAND_BYTES;

/**
 * Folded streams kept between commands, least recently used dropped first: a command then reads only
 * the events appended since. Bounded in entries and in approximate bytes, because the record of past
 * commands grows with each command on a stream (a scorecard takes thousands).
 */
export class StreamViews {
  private readonly kept: LRUCache<string, StreamView<unknown>>;
  // One stream may be folded by more than one decider: each decider gets a number in the key.
  private readonly deciders = new Map<object, number>();

  constructor(maxEntries = 16_384, maxBytes = 64 * 1024 * 1024) {
    this.kept = new LRUCache({ max: maxEntries, maxSize: maxBytes, sizeCalculation: viewBytes });
  }

  private key(decider: object, stream: string): string {
    let id = this.deciders.get(decider);
    if (id === undefined) this.deciders.set(decider, (id = this.deciders.size));
    return `${id}\u0000${stream}`;
  }

  get<S>(decider: object, stream: string): StreamView<S> | undefined {
    return this.kept.get(this.key(decider, stream)) as StreamView<S> | undefined;
  }

  /** Keeps a view if it is newer than the one kept. */
  keep<S>(decider: object, stream: string, view: StreamView<S>): void {
    const key = this.key(decider, stream);
    const previous = this.kept.peek(key);
    if (previous && previous.revision >= view.revision) return;
    this.kept.set(key, view);
  }

  stats(): CacheStats {
    return { entries: this.kept.size, bytes: this.kept.calculatedSize };
  }
}

// The views share the store's lifetime: they die with it, and two stores (a test's, a tool's) never mix views.
const byStore = new WeakMap<EventStore, StreamViews>();

/** The views kept for commands on this store. */
export function streamViewsOf(store: EventStore): StreamViews {
  let views = byStore.get(store);
  if (!views) byStore.set(store, (views = new StreamViews()));
  return views;
}
