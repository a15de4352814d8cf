import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { CATCH_UP_PAGE, catchUpSubscription } from '../catch-up';
import {
  chainBatch,
  ChainVerifier,
  EMPTY_CHAIN,
  storedText,
  throwOnBreak,
  type ChainedEvent,
  type ChainScan,
  type ChainScanRequest,
} from '../chain';
import { appendInWorker, WORKER_WRITE_EVENTS } from './append-in-worker';
import { ChainBrokenError, EventStoreFullError, EventStoreUnavailableError } from '../errors';
import { assertExpectedState, refuseMalformed } from '../expected-state';
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
import { joinScans, split } from '../chain-scan';
import { scanRange, sqliteLinkBefore } from './chain-scan';
import { COLUMNS, toRecorded, type EventRow } from '../event-row';
import { sqliteReadAhead } from './read-ahead';
import { READ_AHEAD_FROM, type ReadAhead } from '../read-ahead';
import { prepareSchema } from './schema';
import { scanInWorker } from '../scan-in-worker';

/**
 * The stream an event's `stream_id` row names must be the stream its chained record names: reads
 * of a stream go through that row, which the chain does not cover.
 */
const MISFILED_EVENT = `SELECT e.position FROM events e LEFT JOIN streams s ON s.stream_id = e.stream_id
  WHERE s.name IS NOT e.stream ORDER BY e.position LIMIT 1`;
const misfiledProblem = (position: number) =>
  `sự kiện ở vị trí ${position} được xếp vào dòng luồng (stream_id) khác với luồng mà bản ghi trong chuỗi của nó ghi`;

function quickCheck(db: Database.Database): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const misfiled = db.prepare<[], { position: number }>(MISFILED_EVENT).get();
  return [
    ...rows.map((row) => row.quick_check).filter((result) => result !== 'ok'),
    ...(misfiled ? [misfiledProblem(misfiled.position)] : []),
  ];
}

const QUICK_CHECK_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
try {
  const Database = require(workerData.module);
  const db = new Database(workerData.filename, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('quick_check');
    const misfiled = rows.length === 1 && rows[0].quick_check === 'ok' ? db.prepare(workerData.misfiled).get() : undefined;
    parentPort.postMessage({ problems: rows.map((row) => row.quick_check).filter((result) => result !== 'ok'), misfiled: misfiled && misfiled.position });
  } finally {
    db.close();
  }
} catch (error) {
  parentPort.postMessage({ error: { code: error.code, message: error.message } });
}`;

/** One caller's write, to one stream or (appendMany) to several at once. */
interface PendingAppend {
  parts: StreamAppend[];
  resolve: (results: AppendResult[]) => void;
  reject: (error: unknown) => void;
}

/** The worker module that verifies one range of a file (scanInWorker). */
const CHAIN_SCAN_WORKER = path.join(__dirname, 'chain-scan-worker');

const READ_ALL = `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`;

/**
 * A stream is read through its `stream_id` row, which the chain does not cover: what comes back
 * must be that stream's events and all of them, or a command would decide on someone else's
 * history (or on one with a hole).
 */
function assertWholeStream(stream: string, fromRevision: number, events: RecordedEvent[]): void {
  events.forEach((event, i) => {
    if (event.stream !== stream) throw new ChainBrokenError(event.position, misfiledProblem(event.position));
    if (event.revision !== Math.max(fromRevision, 0) + i)
      throw new ChainBrokenError(
        event.position,
        `luồng ${stream} nhảy từ phiên bản ${Math.max(fromRevision, 0) + i - 1} sang ${event.revision}`,
      );
  });
}

/**
 * The embedded event store: one SQLite file in WAL mode with synchronous=FULL, so an append that
 * returned is on disk. `:memory:` gives the same adapter for tests.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly listeners = new Set<() => void>();
  private readonly statements;
  private readonly importTx: Database.Transaction<(events: RecordedEvent[]) => void>;
  private readonly groupTx: Database.Transaction<(appends: PendingAppend[]) => (AppendResult[] | Error)[]>;
  private pending: PendingAppend[] = [];
  private committing = false;
  private readonly pragmas: Record<string, string | number>;
  private readonly largeWritesInWorker: boolean;
  /**
   * The highest revision each stream can have, as far as this connection knows: what it wrote and
   * what it read. A read from past it needs no query while no other connection has written since
   * (SQLite's data_version, checked once per turn of the event loop). Commands read the tails of
   * three streams each, and those tails are almost always empty. A stale answer costs nothing
   * more than a read made a moment earlier: appends check the expected revision in the write
   * transaction.
   */
  private readonly known = new Map<string, number>();
  private dataVersion = -1;
  private versionCheckedThisTurn = false;

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
    this.pragmas = options.pragmas ?? {};
    this.largeWritesInWorker = options.largeWritesInWorker ?? filename !== ':memory:';
    if (filename !== ':memory:' && !options.readonly) fs.mkdirSync(path.dirname(path.resolve(filename)), { recursive: true });
    try {
      this.db = new Database(filename, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
      this.db.pragma('busy_timeout = 5000');
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = FULL');
        for (const [name, value] of Object.entries(options.pragmas ?? {})) this.db.pragma(`${name} = ${value}`);
      }
      prepareSchema(this.db);
    } catch (error) {
      throw new EventStoreUnavailableError(`Cannot open the event store at ${filename}: ${(error as Error).message}`);
    }
    this.statements = {
      streamId: this.db.prepare<[string], { stream_id: number }>('SELECT stream_id FROM streams WHERE name = ?'),
      newStream: this.db.prepare<[string]>('INSERT INTO streams (name) VALUES (?)'),
      lastRevision: this.db.prepare<[number], { revision: number | null }>(
        'SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?',
      ),
      insert: this.db.prepare(
        'INSERT INTO events (position, id, stream_id, stream, revision, type, data, metadata, recorded_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      lastLink: this.db.prepare<[], { position: number; hash: string }>('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
      readStream: this.db
        .prepare<[string, number], EventRow>(
          `SELECT ${COLUMNS} FROM events WHERE stream_id = (SELECT stream_id FROM streams WHERE name = ?) AND revision >= ? ORDER BY revision`,
        )
        .raw(),
      readAll: this.db.prepare<[number, number], EventRow>(READ_ALL).raw(),
      head: this.db.prepare<[], { position: number | null }>('SELECT MAX(position) AS position FROM events'),
    };
    // Group commit: appends that arrive in the same turn of the event loop share one transaction
    // and so one fsync. IMMEDIATE takes the write lock up front: two processes that both read a
    // stream's revision under a deferred transaction would otherwise deadlock upgrading to a write.
    // A storage error fails the whole group; a refused expected state fails only its append.
    this.groupTx = this.db.transaction((appends: PendingAppend[]) =>
      appends.map((item) => {
        try {
          return this.appendInTransaction(item.parts);
        } catch (error) {
          if ((error as { code?: string }).code?.startsWith('SQLITE_')) throw error;
          return error as Error;
        }
      }),
    );
    this.importTx = this.db.transaction((events: RecordedEvent[]) => {
      const verifier = new ChainVerifier(this.statements.lastLink.get() ?? EMPTY_CHAIN);
      for (const event of events) {
        throwOnBreak(verifier.check(event));
        const streamId = this.streamId(event.stream);
        const last = this.lastRevision(streamId);
        if (event.revision !== last + 1)
          throw new ChainBrokenError(event.position, `${event.stream} is at revision ${last}, the event has ${event.revision}`);
        this.insert(streamId ?? this.newStream(event.stream), event);
      }
    });
  }

  /**
   * One caller's write inside the group's transaction. It checks every part's expected state
   * before it writes any, so a refused write leaves nothing behind and needs no savepoint.
   */
  private appendInTransaction(parts: StreamAppend[]): AppendResult[] {
    const checked = parts.map(({ stream, expected }) => {
      const streamId = this.streamId(stream);
      const last = this.lastRevision(streamId);
      assertExpectedState(stream, expected, last);
      return { streamId, last };
    });
    // Read inside the write transaction: another process may have appended since our last append.
    let head = this.statements.lastLink.get() ?? EMPTY_CHAIN;
    const recordedAt = new Date().toISOString();
    return parts.map(({ stream, events }, i) => {
      const batch = chainBatch(head, stream, checked[i].last, recordedAt, events);
      const id = checked[i].streamId ?? this.newStream(stream);
      for (const event of batch.events) this.insert(id, event);
      head = batch.head;
      return { nextRevision: batch.events.at(-1)!.revision, position: batch.head.position };
    });
  }

  private streamId(stream: string): number | null {
    return this.statements.streamId.get(stream)?.stream_id ?? null;
  }

  private newStream(stream: string): number {
    return Number(this.statements.newStream.run(stream).lastInsertRowid);
  }

  private lastRevision(streamId: number | null): number {
    return streamId === null ? -1 : (this.statements.lastRevision.get(streamId)?.revision ?? -1);
  }

  private insert(streamId: number, event: ChainedEvent): void {
    const text = event.text ?? storedText(event);
    this.statements.insert.run(
      event.position,
      event.id,
      streamId,
      event.stream,
      event.revision,
      event.type,
      text.data,
      text.metadata,
      event.recordedAt,
      event.metadata.hash,
    );
  }

  async append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    return (await this.appendMany([{ stream, events, expected }]))[0];
  }

  appendMany(parts: StreamAppend[]): Promise<AppendResult[]> {
    const refused = refuseMalformed(parts);
    if (refused) return Promise.reject(refused);
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0 && !this.committing) setImmediate(() => void this.commitPending());
      this.pending.push({ parts, resolve, reject });
    });
  }

  /**
   * Commits the pending appends one group at a time. A large write (a score sheet of thousands of
   * events) is written by a worker thread (appendInWorker), so its transaction and fsync do not
   * hold this thread, and the other callers with it; appends arriving meanwhile wait for the next group.
   */
  private async commitPending(): Promise<void> {
    this.committing = true;
    try {
      while (this.pending.length > 0) {
        const appends = this.pending;
        this.pending = [];
        const events = (item: PendingAppend) => item.parts.reduce((sum, part) => sum + part.events.length, 0);
        const large = this.largeWritesInWorker ? appends.filter((item) => events(item) >= WORKER_WRITE_EVENTS) : [];
        if (large.length < appends.length) this.commitGroup(appends.filter((item) => !large.includes(item)));
        for (const item of large) await this.commitInWorker(item);
      }
    } finally {
      this.committing = false;
    }
  }

  private async commitInWorker(item: PendingAppend): Promise<void> {
    try {
      const results = await appendInWorker(this.filename, this.pragmas, item.parts);
      item.parts.forEach((part, j) => this.known.set(part.stream, results[j].nextRevision));
      item.resolve(results);
    } catch (error) {
      item.reject(error);
    }
    for (const wake of this.listeners) wake();
  }

  private commitGroup(appends: PendingAppend[]): void {
    let results: (AppendResult[] | Error)[];
    try {
      results = this.guard(() => this.groupTx.immediate(appends));
    } catch (error) {
      for (const item of appends) item.reject(error);
      return;
    }
    appends.forEach((item, i) => {
      const result = results[i];
      if (result instanceof Error) return item.reject(result);
      item.parts.forEach((part, j) => this.known.set(part.stream, result[j].nextRevision));
      item.resolve(result);
    });
    for (const wake of this.listeners) wake();
  }

  async importRecorded(events: RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.guard(() => this.importTx.immediate(events));
    for (const event of events) this.known.set(event.stream, event.revision);
    for (const wake of this.listeners) wake();
  }

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    return this.guard(() => {
      this.forgetIfOthersWrote();
      if ((this.known.get(stream) ?? Number.POSITIVE_INFINITY) < fromRevision) return [];
      const events = this.statements.readStream.all(stream, fromRevision).map(toRecorded);
      assertWholeStream(stream, fromRevision, events);
      this.known.set(stream, events.length ? events[events.length - 1].revision : fromRevision - 1);
      return events;
    });
  }

  private forgetIfOthersWrote(): void {
    if (this.versionCheckedThisTurn) return;
    this.versionCheckedThisTurn = true;
    setImmediate(() => (this.versionCheckedThisTurn = false));
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.dataVersion) this.known.clear();
    this.dataVersion = version;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { after = 0, maxCount = Number.MAX_SAFE_INTEGER } = options;
    return this.guard(() => this.statements.readAll.all(after, maxCount).map(toRecorded));
  }

  subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription {
    const ahead = this.readAheadFrom(after);
    const subscription = catchUpSubscription(
      async (options) => (await ahead?.read(options.after ?? 0, options.maxCount ?? CATCH_UP_PAGE)) ?? this.readAll(options),
      (wake) => {
        this.listeners.add(wake);
        return () => this.listeners.delete(wake);
      },
      after,
      handler,
      onError,
    );
    return {
      close: () => {
        ahead?.close();
        return subscription.close();
      },
    };
  }

  /** A worker reading ahead of a subscription that starts far behind the head (a rebuild), on a file store. */
  private readAheadFrom(after: number): ReadAhead | null {
    if (this.filename === ':memory:') return null;
    const head = this.guard(() => this.statements.head.get()?.position ?? 0);
    return head - after >= READ_AHEAD_FROM ? sqliteReadAhead(this.filename, after, CATCH_UP_PAGE, READ_ALL) : null;
  }

  async headPosition(): Promise<number> {
    return this.guard(() => this.statements.head.get()?.position ?? 0);
  }

  /**
   * SQLite's quick_check. On a file it runs in a worker thread on its own read-only connection:
   * it reads the whole file (over a second for a national store), and meanwhile the start-up goes
   * on with its other work on the main thread.
   */
  async checkIntegrity(): Promise<string[]> {
    if (this.filename === ':memory:') return this.guard(() => quickCheck(this.db));
    const outcome = await new Promise<{ problems: string[]; misfiled?: number } | { error: { code?: string; message: string } }>(
      (resolve, reject) => {
        const worker = new Worker(QUICK_CHECK_WORKER, {
          eval: true,
          workerData: { filename: this.filename, module: require.resolve('better-sqlite3'), misfiled: MISFILED_EVENT },
        });
        worker.once('message', resolve);
        worker.once('error', reject);
      },
    );
    if ('problems' in outcome) return [...outcome.problems, ...(outcome.misfiled ? [misfiledProblem(outcome.misfiled)] : [])];
    return this.guard(() => {
      throw Object.assign(new Error(outcome.error.message), { code: outcome.error.code });
    });
  }

  /**
   * The chain verified from the rows' bytes, up to the head as it is now. With `workers` the range
   * is split across that many threads, each with its own read-only connection (a file only): the
   * links are independent given the stored link before each part.
   */
  async scanChain(request: ChainScanRequest): Promise<ChainScan> {
    const { start, workers } = request;
    const head = await this.headPosition();
    const ranges = this.guard(() =>
      split(start?.position ?? 0, head, Math.max(1, workers)).map(([after, to]) => {
        const from = sqliteLinkBefore(this.db, after, start);
        return from && { from, to, checkpointType: request.checkpointType, keptPositions: request.keptPositions };
      }),
    );
    if (this.filename === ':memory:' || workers === 0)
      return joinScans(
        this.guard(() => ranges.map((range) => range && scanRange(this.db, range))),
        start,
      );
    try {
      return joinScans(
        await Promise.all(
          ranges.map((range) => (range ? scanInWorker(CHAIN_SCAN_WORKER, { filename: this.filename, range }) : Promise.resolve(null))),
        ),
        start,
      );
    } catch (error) {
      return this.guard(() => {
        throw error;
      });
    }
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
