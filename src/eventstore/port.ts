import type { ChainScan, ChainScanRequest } from './chain-types';
/**
 * The event store port, modelled on EventStoreDB/KurrentDB semantics so that the embedded
 * SQLite adapter and the KurrentDB adapter are interchangeable behind it.
 *
 * Revisions count from 0 within a stream. Global positions count from 1 in the order events were
 * committed; position 0 means "before the first event", so a checkpoint of 0 reads everything.
 */

/** What the writer believes about the stream before appending, as EventStoreDB's `streamState`. */
export type ExpectedState = 'any' | 'no_stream' | 'stream_exists' | number;

export interface EventMetadata {
  [key: string]: unknown;
}

export interface EventToAppend<Data = unknown> {
  /** Unique event id (UUID); chosen by the writer so retried appends can be recognised. */
  id: string;
  type: string;
  data: Data;
  metadata: EventMetadata;
}

export interface RecordedEvent<Data = unknown> {
  id: string;
  type: string;
  data: Data;
  metadata: EventMetadata;
  stream: string;
  revision: number;
  position: number;
  /** Server time of the commit, ISO-8601 UTC. */
  recordedAt: string;
  /** The data as stored, when a read upcast it to a newer shape (see upcasters.ts): what the audit chain covers. */
  stored?: { data: unknown };
}

export interface AppendResult {
  /** Revision of the last event written: the expected revision for the next append. */
  nextRevision: number;
  /** Global position of the last event written. */
  position: number;
}

/** One stream's part of a multi-stream append. */
export interface StreamAppend {
  stream: string;
  events: EventToAppend[];
  expected: ExpectedState;
}

export interface ReadAllOptions {
  /** Read events strictly after this global position (0 = from the start). */
  after?: number;
  maxCount?: number;
}

export interface Subscription {
  /** Stops delivery; resolves once no handler call is in flight. */
  close(): Promise<void>;
}

export type EventHandler = (event: RecordedEvent) => void | Promise<void>;

/** Called once when a subscription stops because reading or the handler failed. */
export type SubscriptionErrorHandler = (error: unknown) => void;

export interface EventStore {
  /** Appends all events or none; fails with WrongExpectedRevisionError if `expected` does not hold. */
  append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult>;
  /**
   * Appends to several distinct streams in one atomic write: every part or none (a part whose
   * expected state does not hold fails the whole with WrongExpectedRevisionError). The parts'
   * events are consecutive in the global log, in the order given, so no position shows some of
   * them without the others. Results are in the order of the parts.
   */
  appendMany(appends: StreamAppend[]): Promise<AppendResult[]>;
  /**
   * Writes events another store numbered and linked (a migration), verbatim and in order: ids,
   * positions, times, metadata and the chain are kept. They must continue this store's chain and
   * each stream's revisions, else nothing more is written (ChainBrokenError).
   */
  importRecorded(events: RecordedEvent[]): Promise<void>;
  /** Reads a stream forwards from a revision (inclusive); an absent stream reads as empty. */
  readStream(stream: string, fromRevision?: number): Promise<RecordedEvent[]>;
  /** Reads the global log forwards in commit order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Delivers every event after `after` in order: first those already stored, then new ones as they commit. */
  subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription;
  /** Position of the last committed event (0 for an empty store). */
  headPosition(): Promise<number>;
  /** Problems the storage itself finds in its files (empty when sound); adapters that cannot tell return []. */
  checkIntegrity(): Promise<string[]>;
  /**
   * Verifies the audit chain where the events are stored, from the bytes kept (SQLite): the
   * verifier's fast path. Adapters without it are verified by reading their events in order.
   */
  scanChain?(request: ChainScanRequest): Promise<ChainScan>;
  close(): Promise<void>;
}
