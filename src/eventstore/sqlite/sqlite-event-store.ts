import type Database from 'better-sqlite3';
import type { ChainScan, ChainScanRequest } from '../chain';
import { EventStoreUnavailableError } from '../errors';
import type {
  AppendResult,
  EventHandler,
  EventStore,
  EventToAppend,
  ExpectedState,
  ReadAllOptions,
  RecordedEvent,
  StreamAppend,
  Subscription,
  SubscriptionErrorHandler,
} from '../port';
import { SqliteAppends } from './append';
import { guard, openDatabase, type SqliteContext } from './connection';
import { SqliteLog } from './read-log';
import { SqliteStreamReads } from './read-stream';
import { sqliteSubscription } from './subscribe';
import { checkIntegrity, scanChain } from './verification';

/**
 * The embedded event store: one SQLite file in WAL mode with synchronous=FULL, so an append that
 * returned is on disk. `:memory:` gives the same adapter for tests. Each group of operations has
 * its module beside this one: append (group commit), read-stream, read-log, subscribe, and
 * verification (the integrity check and the chain scan).
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly context: SqliteContext;
  private readonly appends: SqliteAppends;
  private readonly streams: SqliteStreamReads;
  private readonly log: SqliteLog;

  /**
   * `pragmas` are applied after the durability settings (tests use `max_page_count` to fill the
   * disk). `readonly` opens an existing file for reading only, beside a service that writes it
   * (auditors and tests): nothing is migrated or written. `largeWritesInWorker` (on a file, unless
   * told otherwise) writes an append of WORKER_WRITE_EVENTS or more from a worker thread.
   */
  constructor(
    readonly filename: string,
    options: { pragmas?: Record<string, string | number>; readonly?: boolean; largeWritesInWorker?: boolean } = {},
  ) {
    this.db = openDatabase(filename, options);
    this.context = { db: this.db, filename, known: new Map(), listeners: new Set() };
    this.appends = new SqliteAppends(this.context, {
      pragmas: options.pragmas ?? {},
      largeWrites: options.largeWritesInWorker ?? filename !== ':memory:',
    });
    this.streams = new SqliteStreamReads(this.context);
    this.log = new SqliteLog(this.db);
  }

  async append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    return (await this.appendMany([{ stream, events, expected }]))[0];
  }

  appendMany(parts: StreamAppend[]): Promise<AppendResult[]> {
    return this.appends.appendMany(parts);
  }

  async importRecorded(events: RecordedEvent[]): Promise<void> {
    this.appends.importRecorded(events);
  }

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    return guard(this.db, () => this.streams.read(stream, fromRevision));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { after = 0, maxCount = Number.MAX_SAFE_INTEGER } = options;
    return guard(this.db, () => this.log.read(after, maxCount));
  }

  subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription {
    const log = { readAll: (options: ReadAllOptions) => this.readAll(options), head: () => guard(this.db, () => this.log.head()) };
    return sqliteSubscription(this.context, log, after, handler, onError);
  }

  async headPosition(): Promise<number> {
    return guard(this.db, () => this.log.head());
  }

  checkIntegrity(): Promise<string[]> {
    return checkIntegrity(this.context);
  }

  async scanChain(request: ChainScanRequest): Promise<ChainScan> {
    return scanChain(this.context, await this.headPosition(), request);
  }

  /** A consistent copy of the live database through SQLite's online backup API. */
  async backup(file: string): Promise<void> {
    if (!this.db.open) throw new EventStoreUnavailableError('The event store is closed');
    await this.db.backup(file);
  }

  async close(): Promise<void> {
    this.context.listeners.clear();
    if (this.db.open) this.db.close();
  }
}
