import type Database from 'better-sqlite3';
import { chainBatch, ChainVerifier, EMPTY_CHAIN, storedText, throwOnBreak, type ChainedEvent } from '../chain';
import { ChainBrokenError } from '../errors';
import { assertExpectedState, refuseMalformed } from '../expected-state';
import type { AppendResult, RecordedEvent, StreamAppend } from '../port';
import { appendInWorker, WORKER_WRITE_EVENTS } from './append-in-worker';
import { guard, type SqliteContext } from './connection';

/** One caller's write, to one stream or (appendMany) to several at once. */
interface PendingAppend {
  parts: StreamAppend[];
  resolve: (results: AppendResult[]) => void;
  reject: (error: unknown) => void;
}

const eventsIn = (item: PendingAppend) => item.parts.reduce((sum, part) => sum + part.events.length, 0);

function statementsOf(db: Database.Database) {
  return {
    streamId: db.prepare<[string], { stream_id: number }>('SELECT stream_id FROM streams WHERE name = ?'),
    newStream: db.prepare<[string]>('INSERT INTO streams (name) VALUES (?)'),
    lastRevision: db.prepare<[number], { revision: number | null }>('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?'),
    insert: db.prepare(
      'INSERT INTO events (position, id, stream_id, stream, revision, type, data, metadata, recorded_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    lastLink: db.prepare<[], { position: number; hash: string }>('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
  };
}

/**
 * Appends and imports on one connection. Group commit: appends that arrive in the same turn of the
 * event loop share one transaction and so one fsync. IMMEDIATE takes the write lock up front: two
 * processes that both read a stream's revision under a deferred transaction would otherwise
 * deadlock upgrading to a write. A storage error fails the whole group; a refused expected state
 * fails only its append. A large write (a score sheet of thousands of events) is written by a
 * worker thread (appendInWorker), so its transaction and fsync do not hold this thread, and the
 * other callers with it; appends arriving meanwhile wait for the next group.
 */
export class SqliteAppends {
  private pending: PendingAppend[] = [];
  private committing = false;
  private readonly statements: ReturnType<typeof statementsOf>;
  private readonly groupTx: Database.Transaction<(appends: PendingAppend[]) => (AppendResult[] | Error)[]>;
  private readonly importTx: Database.Transaction<(events: RecordedEvent[]) => void>;

  constructor(
    private readonly context: SqliteContext,
    /** The connection's pragmas, for a worker's connection; and whether large writes go to one (a file only). */
    private readonly worker: { pragmas: Record<string, string | number>; largeWrites: boolean },
  ) {
    const { db } = context;
    this.statements = statementsOf(db);
    this.groupTx = db.transaction((appends: PendingAppend[]) => appends.map((item) => this.appendRefusedAlone(item.parts)));
    this.importTx = db.transaction((events: RecordedEvent[]) => this.importInTransaction(events));
  }

  appendMany(parts: StreamAppend[]): Promise<AppendResult[]> {
    const refused = refuseMalformed(parts);
    if (refused) return Promise.reject(refused);
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0 && !this.committing) setImmediate(() => void this.commitPending());
      this.pending.push({ parts, resolve, reject });
    });
  }

  importRecorded(events: RecordedEvent[]): void {
    if (events.length === 0) return;
    guard(this.context.db, () => this.importTx.immediate(events));
    for (const event of events) this.context.known.set(event.stream, event.revision);
    this.wake();
  }

  /** Commits the pending appends one group at a time. */
  private async commitPending(): Promise<void> {
    this.committing = true;
    try {
      while (this.pending.length > 0) {
        const appends = this.pending;
        this.pending = [];
        const large = this.worker.largeWrites ? appends.filter((item) => eventsIn(item) >= WORKER_WRITE_EVENTS) : [];
        if (large.length < appends.length) this.commitGroup(appends.filter((item) => !large.includes(item)));
        for (const item of large) await this.commitInWorker(item);
      }
    } finally {
      this.committing = false;
    }
  }

  private async commitInWorker(item: PendingAppend): Promise<void> {
    try {
      const results = await appendInWorker(this.context.filename, this.worker.pragmas, item.parts);
      this.committed(item, results);
    } catch (error) {
      item.reject(error);
    }
    this.wake();
  }

  private commitGroup(appends: PendingAppend[]): void {
    let results: (AppendResult[] | Error)[];
    try {
      results = guard(this.context.db, () => this.groupTx.immediate(appends));
    } catch (error) {
      for (const item of appends) item.reject(error);
      return;
    }
    appends.forEach((item, i) => {
      const result = results[i];
      if (result instanceof Error) item.reject(result);
      else this.committed(item, result);
    });
    this.wake();
  }

  private committed(item: PendingAppend, results: AppendResult[]): void {
    item.parts.forEach((part, j) => this.context.known.set(part.stream, results[j].nextRevision));
    item.resolve(results);
  }

  /** A refused write is its own failure; a storage error fails the group's transaction. */
  private appendRefusedAlone(parts: StreamAppend[]): AppendResult[] | Error {
    try {
      return this.appendInTransaction(parts);
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_')) throw error;
      return error as Error;
    }
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

  private importInTransaction(events: RecordedEvent[]): void {
    const verifier = new ChainVerifier(this.statements.lastLink.get() ?? EMPTY_CHAIN);
    for (const event of events) {
      throwOnBreak(verifier.check(event));
      const streamId = this.streamId(event.stream);
      const last = this.lastRevision(streamId);
      if (event.revision !== last + 1)
        throw new ChainBrokenError(event.position, `${event.stream} is at revision ${last}, the event has ${event.revision}`);
      this.insert(streamId ?? this.newStream(event.stream), event);
    }
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
    const { position, id, stream, revision, type, recordedAt, metadata } = event;
    this.statements.insert.run(position, id, streamId, stream, revision, type, text.data, text.metadata, recordedAt, metadata.hash);
  }

  private wake(): void {
    for (const wake of this.context.listeners) wake();
  }
}
