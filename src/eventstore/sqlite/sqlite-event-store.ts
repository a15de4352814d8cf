import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { catchUpSubscription } from '../catch-up';
import { chainBatch, ChainVerifier, EMPTY_CHAIN, throwOnBreak, type ChainedEvent } from '../chain';
import { ChainBrokenError, EventStoreFullError, EventStoreUnavailableError } from '../errors';
import { assertExpectedState } from '../expected-state';
import type {
  AppendResult,
  EventHandler,
  EventStore,
  EventToAppend,
  ExpectedState,
  ReadAllOptions,
  RecordedEvent,
  Subscription,
  SubscriptionErrorHandler,
} from '../port';
import { SCHEMA } from './schema';

interface EventRow {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

interface PendingAppend {
  stream: string;
  events: EventToAppend[];
  expected: ExpectedState;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

const COLUMNS = 'position, id, stream, revision, type, data, metadata, recorded_at';

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    type: row.type,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    stream: row.stream,
    revision: row.revision,
    position: row.position,
    recordedAt: row.recorded_at,
  };
}

/**
 * The embedded event store: one SQLite file in WAL mode with synchronous=FULL, so an append that
 * returned is on disk. `:memory:` gives the same adapter for tests.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly listeners = new Set<() => void>();
  private readonly statements;
  private readonly appendTx: (stream: string, events: EventToAppend[], expected: ExpectedState) => AppendResult;
  private readonly importTx: (events: RecordedEvent[]) => void;
  private readonly groupTx: (appends: PendingAppend[]) => (AppendResult | Error)[];
  private pending: PendingAppend[] = [];

  /** `pragmas` are applied after the durability settings (tests use `max_page_count` to fill the disk). */
  constructor(
    readonly filename: string,
    pragmas: Record<string, string | number> = {},
  ) {
    if (filename !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(filename)), { recursive: true });
    try {
      this.db = new Database(filename);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
      for (const [name, value] of Object.entries(pragmas)) this.db.pragma(`${name} = ${value}`);
      this.db.exec(SCHEMA);
    } catch (error) {
      throw new EventStoreUnavailableError(`Cannot open the event store at ${filename}: ${(error as Error).message}`);
    }
    this.statements = {
      lastRevision: this.db.prepare<[string], { revision: number | null }>(
        'SELECT MAX(revision) AS revision FROM events WHERE stream = ?',
      ),
      insert: this.db.prepare(
        'INSERT INTO events (position, id, stream, revision, type, data, metadata, recorded_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      lastLink: this.db.prepare<[], { position: number; hash: string }>(
        'SELECT position, hash FROM events ORDER BY position DESC LIMIT 1',
      ),
      readStream: this.db.prepare<[string, number], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision`,
      ),
      readAll: this.db.prepare<[number, number], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      ),
      head: this.db.prepare<[], { position: number | null }>('SELECT MAX(position) AS position FROM events'),
    };
    // IMMEDIATE takes the write lock up front: two processes that both read the stream's revision
    // under a deferred transaction would otherwise deadlock upgrading to a write.
    this.appendTx = this.db.transaction((stream: string, events: EventToAppend[], expected: ExpectedState) => {
      const last = this.statements.lastRevision.get(stream)?.revision ?? -1;
      assertExpectedState(stream, expected, last);
      // Read inside the write transaction: another process may have appended since our last append.
      const head = this.statements.lastLink.get() ?? EMPTY_CHAIN;
      const batch = chainBatch(head, stream, last, new Date().toISOString(), events);
      for (const event of batch.events) this.insert(event);
      return { nextRevision: batch.events.at(-1)!.revision, position: batch.head.position };
    }).immediate;
    // Group commit: appends that arrive in the same turn of the event loop share one transaction
    // and so one fsync; each runs in its own savepoint, so one that fails leaves the others whole.
    this.groupTx = this.db.transaction((appends: PendingAppend[]) =>
      appends.map((item) => {
        try {
          return this.appendTx(item.stream, item.events, item.expected);
        } catch (error) {
          if ((error as { code?: string }).code?.startsWith('SQLITE_')) throw error;
          return error as Error;
        }
      }),
    ).immediate;
    this.importTx = this.db.transaction((events: RecordedEvent[]) => {
      const verifier = new ChainVerifier(this.statements.lastLink.get() ?? EMPTY_CHAIN);
      for (const event of events) {
        throwOnBreak(verifier.check(event));
        const last = this.statements.lastRevision.get(event.stream)?.revision ?? -1;
        if (event.revision !== last + 1)
          throw new ChainBrokenError(event.position, `${event.stream} is at revision ${last}, the event has ${event.revision}`);
        this.insert(event);
      }
    }).immediate;
  }

  private insert(event: ChainedEvent): void {
    this.statements.insert.run(
      event.position,
      event.id,
      event.stream,
      event.revision,
      event.type,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      event.recordedAt,
      event.metadata.hash,
    );
  }

  append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    if (events.length === 0) return Promise.reject(new RangeError('append needs at least one event'));
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.commitPending());
      this.pending.push({ stream, events, expected, resolve, reject });
    });
  }

  private commitPending(): void {
    const appends = this.pending;
    this.pending = [];
    let results: (AppendResult | Error)[];
    try {
      results = this.guard(() => this.groupTx(appends));
    } catch (error) {
      for (const item of appends) item.reject(error);
      return;
    }
    appends.forEach((item, i) => {
      const result = results[i];
      if (result instanceof Error) item.reject(result);
      else item.resolve(result);
    });
    for (const wake of this.listeners) wake();
  }

  async importRecorded(events: RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.guard(() => this.importTx(events));
    for (const wake of this.listeners) wake();
  }

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    return this.guard(() => this.statements.readStream.all(stream, fromRevision).map(toRecorded));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { after = 0, maxCount = Number.MAX_SAFE_INTEGER } = options;
    return this.guard(() => this.statements.readAll.all(after, maxCount).map(toRecorded));
  }

  subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription {
    return catchUpSubscription(
      (options) => this.readAll(options),
      (wake) => {
        this.listeners.add(wake);
        return () => this.listeners.delete(wake);
      },
      after,
      handler,
      onError,
    );
  }

  async headPosition(): Promise<number> {
    return this.guard(() => this.statements.head.get()?.position ?? 0);
  }

  async checkIntegrity(): Promise<string[]> {
    return this.guard(() => {
      const rows = this.db.pragma('quick_check') as { quick_check: string }[];
      return rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
    });
  }

  /** A consistent copy of the live database through SQLite's online backup API. */
  async backup(file: string): Promise<void> {
    if (!this.db.open) throw new EventStoreUnavailableError('The event store is closed');
    await this.db.backup(file);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    if (this.db.open) this.db.close();
  }

  private guard<T>(work: () => T): T {
    if (!this.db.open) throw new EventStoreUnavailableError('The event store is closed');
    try {
      return work();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_FULL') throw new EventStoreFullError((error as Error).message);
      if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN)/.test(code))
        throw new EventStoreUnavailableError(`The event store cannot be used: ${(error as Error).message}`);
      throw error;
    }
  }
}
