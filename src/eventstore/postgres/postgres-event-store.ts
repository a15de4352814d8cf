import pg, { type PoolClient } from 'pg';
import { catchUpSubscription } from '../catch-up';
import { chainBatch, ChainVerifier, throwOnBreak, type ChainedEvent, type ChainHead } from '../chain';
import { ChainBrokenError, EventStoreFullError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors';
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
import { redacted } from '../redacted-address';
import { LiveNotifications } from './live-notifications';
import { prepareSchema, type Tables } from './schema';

/** The PostgreSQL schema of a store when the address names none (the service's). */
export const DEFAULT_SCHEMA = 'thidua';

export interface PostgresOptions {
  /** The PostgreSQL schema holding the store's tables (tests give each store its own). */
  schema?: string;
  /** How long connecting may take, at start-up and after the server went away. */
  connectTimeoutMs?: number;
  /** Connections for reads (the writer and the listener have one each). */
  readConnections?: number;
}

interface PendingAppend {
  parts: StreamAppend[];
  resolve: (results: AppendResult[]) => void;
  reject: (error: unknown) => void;
}

interface PendingStreamRead {
  stream: string;
  fromRevision: number;
  resolve: (events: RecordedEvent[]) => void;
  reject: (error: unknown) => void;
}

interface EventRow {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: RecordedEvent['metadata'];
  recorded_at: string;
}

const COLUMNS = 'position, id, stream, revision, type, data, metadata, recorded_at';

/** Positions are bigint: within 2^53 for any log this service will hold, so plain numbers. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function toRecorded(row: EventRow): RecordedEvent {
  const { position, id, stream, revision, type, data, metadata, recorded_at: recordedAt } = row;
  return { id, type, data, metadata, stream, revision, position, recordedAt };
}

/**
 * Whether the server or the connection failed (rather than the statement): SQLSTATE classes 08
 * (connection), 53 (resources), 57 (operator intervention, such as pg_terminate_backend), a missing
 * database or refused login, and the socket errors of Node (ECONNREFUSED...) or of pg itself.
 */
function isUnavailable(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return /^(08|53|57)/.test(code) || ['3D000', '28000', '28P01'].includes(code);
  if (typeof code === 'string') return /^E[A-Z]+$/.test(code);
  return typeof message === 'string' && /connect|terminat|timeout|closed/i.test(message);
}

/**
 * The event store port on PostgreSQL, for several service processes sharing one database.
 *
 * Appends of one turn of the event loop share a transaction (group commit, as on SQLite). The
 * transaction first locks the one-row head table, so appenders of every process take turns:
 * positions are numbered under that lock, continuing the head, and the lock is held until the
 * commit, so a position is visible only after every lower one is. Reading the log in position order
 * therefore never skips an event that commits later, and the audit chain is computed by the same
 * `chainBatch` as on SQLite and KurrentDB. The transaction ends with a NOTIFY, which PostgreSQL
 * delivers only on commit: live subscriptions wake on it and read what was committed.
 */
export class PostgresEventStore implements EventStore {
  private pending: PendingAppend[] = [];
  private streamReads: PendingStreamRead[] = [];
  private writing = false;
  private closed = false;
  private readonly live: LiveNotifications;

  private constructor(
    private readonly reads: pg.Pool,
    private readonly writes: pg.Pool,
    private readonly tables: Tables,
    config: pg.ClientConfig,
  ) {
    this.live = new LiveNotifications(config, tables.channel);
  }

  /** Connects, creates the tables if needed, and fails with one clear EventStoreUnavailableError if the server cannot be used. */
  static async connect(connectionString: string, options: PostgresOptions = {}): Promise<PostgresEventStore> {
    const config: pg.PoolConfig = {
      connectionString,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      keepAlive: true,
      types,
      application_name: 'thidua',
    };
    const reads = new pg.Pool({ ...config, max: options.readConnections ?? 4 });
    const writes = new pg.Pool({ ...config, max: 1 });
    // A connection the server closes is dropped by the pool and the next query opens another; the
    // error reaches whoever was using it (a failed query), so the connection's own 'error' event,
    // emitted also between the queries of a transaction, must not crash the process.
    for (const pool of [reads, writes]) {
      pool.on('error', () => undefined);
      pool.on('connect', (client) => client.on('error', () => undefined));
    }
    let tables: Tables;
    try {
      const client = await writes.connect();
      try {
        tables = await prepareSchema(client, options.schema ?? DEFAULT_SCHEMA);
      } finally {
        client.release();
      }
    } catch (error) {
      await Promise.all([reads.end(), writes.end()]);
      throw new EventStoreUnavailableError(
        `Cannot use PostgreSQL at ${redacted(connectionString)}: ${(error as Error).message || String(error)}`,
      );
    }
    return new PostgresEventStore(reads, writes, tables, config);
  }

  async append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    return (await this.appendMany([{ stream, events, expected }]))[0];
  }

  appendMany(parts: StreamAppend[]): Promise<AppendResult[]> {
    const refused = refuseMalformed(parts);
    if (refused) return Promise.reject(refused);
    if (this.closed) return Promise.reject(new EventStoreUnavailableError('The event store is closed'));
    return new Promise((resolve, reject) => {
      this.pending.push({ parts, resolve, reject });
      if (this.pending.length === 1 && !this.writing) setImmediate(() => void this.commitPending());
    });
  }

  /** One group at a time per process; appends arriving meanwhile form the next group. */
  private async commitPending(): Promise<void> {
    if (this.writing || this.pending.length === 0) return;
    this.writing = true;
    const group = this.pending;
    this.pending = [];
    try {
      const results = await this.inTransaction(
        group.flatMap((item) => item.parts.map((part) => part.stream)),
        (head, last) => this.appendGroup(head, last, group),
      );
      group.forEach((item, i) => {
        const result = results[i];
        if (result instanceof Error) item.reject(result);
        else item.resolve(result);
      });
    } catch (error) {
      for (const item of group) item.reject(error);
    } finally {
      this.writing = false;
      if (this.pending.length > 0) void this.commitPending();
    }
  }

  /**
   * Numbers and links the group's appends after the locked head. A write whose expected states do
   * not all hold fails alone, and none of its parts is written.
   */
  private appendGroup(
    head: ChainHead,
    last: Map<string, number>,
    group: PendingAppend[],
  ): { results: (AppendResult[] | Error)[]; written: ChainedEvent[] } {
    const recordedAt = new Date().toISOString();
    const written: ChainedEvent[] = [];
    let tip = head;
    const results = group.map((item) => {
      try {
        for (const part of item.parts) assertExpectedState(part.stream, part.expected, last.get(part.stream) ?? -1);
      } catch (error) {
        return error as WrongExpectedRevisionError;
      }
      return item.parts.map((part) => {
        const batch = chainBatch(tip, part.stream, last.get(part.stream) ?? -1, recordedAt, part.events);
        tip = batch.head;
        last.set(part.stream, batch.events.at(-1)!.revision);
        written.push(...batch.events);
        return { nextRevision: batch.events.at(-1)!.revision, position: batch.head.position };
      });
    });
    return { results, written };
  }

  async importRecorded(events: RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.inTransaction(
      events.map((event) => event.stream),
      (head, last) => {
        const verifier = new ChainVerifier(head);
        for (const event of events) {
          throwOnBreak(verifier.check(event));
          const revision = last.get(event.stream) ?? -1;
          if (event.revision !== revision + 1)
            throw new ChainBrokenError(event.position, `${event.stream} is at revision ${revision}, the event has ${event.revision}`);
          last.set(event.stream, event.revision);
        }
        return { results: undefined, written: events };
      },
    );
  }

  /**
   * The write transaction: lock the head, read the streams' last revisions, let `work` number the
   * events after the head, insert them, move the head, notify, commit. Positions are dense and
   * commit in order because nobody else can number events while the head row is locked. Three
   * round trips: begin, lock and read (one simple query); write, move and notify (one statement);
   * commit.
   */
  private async inTransaction<T>(
    streams: string[],
    work: (head: ChainHead, last: Map<string, number>) => { results: T; written: ChainedEvent[] },
  ): Promise<T> {
    if (this.closed) throw new EventStoreUnavailableError('The event store is closed');
    let client: PoolClient;
    try {
      client = await this.writes.connect();
    } catch (error) {
      throw this.translate(error);
    }
    let broken: unknown = undefined;
    try {
      // Stream names go in as escaped literals: a simple query may hold several statements but no parameters.
      const names = [...new Set(streams)].map((stream) => client.escapeLiteral(stream)).join(', ');
      const [, locked, revisions] = (await client.query(
        `BEGIN;
         SELECT position, hash FROM ${this.tables.head} FOR UPDATE;
         SELECT s.stream, (SELECT revision FROM ${this.tables.events} e WHERE e.stream = s.stream ORDER BY revision DESC LIMIT 1) AS revision
         FROM unnest(ARRAY[${names}]::text[]) AS s(stream);`,
      )) as unknown as [unknown, pg.QueryResult<ChainHead>, pg.QueryResult<{ stream: string; revision: number | null }>];
      const last = new Map(revisions.rows.filter((row) => row.revision !== null).map((row) => [row.stream, row.revision!]));
      const { results, written } = work(locked.rows[0], last);
      if (written.length > 0) await this.write(client, written);
      await client.query('COMMIT');
      return results;
    } catch (error) {
      if (isUnavailable(error)) broken = error;
      else await client.query('ROLLBACK').catch((rollback: unknown) => (broken = rollback));
      throw this.translate(error);
    } finally {
      // A connection that failed mid-transaction is not given back: the pool opens a new one.
      client.release(broken !== undefined);
    }
  }

  /** One statement for the whole group (its columns as arrays): insert, move the head, notify (delivered on commit). */
  private async write(client: PoolClient, events: ChainedEvent[]): Promise<void> {
    const tip = events.at(-1)!;
    await client.query(
      `WITH inserted AS (
         INSERT INTO ${this.tables.events} (position, id, stream, revision, type, data, metadata, recorded_at, hash)
         SELECT position, id, stream, revision, type, data::json, metadata::json, recorded_at, hash
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::integer[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS t(position, id, stream, revision, type, data, metadata, recorded_at, hash)
       ), moved AS (
         UPDATE ${this.tables.head} SET position = $10, hash = $11
       )
       SELECT pg_notify($12, $13)`,
      [
        events.map((e) => e.position),
        events.map((e) => e.id),
        events.map((e) => e.stream),
        events.map((e) => e.revision),
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
        events.map((e) => JSON.stringify(e.metadata)),
        events.map((e) => e.recordedAt),
        events.map((e) => e.metadata.hash as string),
        tip.position,
        tip.metadata.hash,
        this.tables.channel,
        String(tip.position),
      ],
    );
  }

  /**
   * Stream reads of one turn of the event loop go to the server as one query (each command reads
   * a few stream tails, and a thousand concurrent commands would otherwise queue a thousand round
   * trips on the pool): the counterpart of group commit, exact, with no cache to go stale.
   */
  readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    return new Promise((resolve, reject) => {
      this.streamReads.push({ stream, fromRevision, resolve, reject });
      if (this.streamReads.length === 1) setImmediate(() => void this.readPendingStreams());
    });
  }

  private async readPendingStreams(): Promise<void> {
    const batch = this.streamReads;
    this.streamReads = [];
    try {
      const rows = await this.read<EventRow & { request: number }>(
        `SELECT r.request, ${COLUMNS.split(', ')
          .map((column) => `e.${column}`)
          .join(', ')}
         FROM unnest($1::text[], $2::integer[]) WITH ORDINALITY AS r(stream, from_revision, request)
         JOIN ${this.tables.events} e ON e.stream = r.stream AND e.revision >= r.from_revision
         ORDER BY r.request, e.revision`,
        [batch.map((item) => item.stream), batch.map((item) => item.fromRevision)],
      );
      const results = batch.map((): RecordedEvent[] => []);
      for (const row of rows) results[row.request - 1].push(toRecorded(row));
      batch.forEach((item, i) => item.resolve(results[i]));
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { after = 0, maxCount } = options;
    const rows = await this.read<EventRow>(`SELECT ${COLUMNS} FROM ${this.tables.events} WHERE position > $1 ORDER BY position LIMIT $2`, [
      after,
      maxCount ?? null,
    ]);
    return rows.map(toRecorded);
  }

  /**
   * Live delivery wakes on NOTIFY; the reading is the shared catch-up loop. While the server is
   * away the subscription waits and tries again instead of failing, and the listener's reconnect
   * wakes it to catch up with whatever was committed meanwhile.
   */
  subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription {
    let stopped = false;
    const readPatiently = async (options: ReadAllOptions): Promise<RecordedEvent[]> => {
      for (let wait = 100; ; wait = Math.min(wait * 2, 2000)) {
        if (stopped || this.closed) return [];
        try {
          return await this.readAll(options);
        } catch (error) {
          if (!(error instanceof EventStoreUnavailableError)) throw error;
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    };
    const inner = catchUpSubscription(readPatiently, (wake) => this.live.listen(wake), after, handler, onError);
    return {
      close: () => {
        stopped = true;
        return inner.close();
      },
    };
  }

  async headPosition(): Promise<number> {
    const [row] = await this.read<{ position: number }>(`SELECT position FROM ${this.tables.head}`);
    return row.position;
  }

  /** PostgreSQL checks its own pages; what the adapter can check is that the head row agrees with the log. */
  async checkIntegrity(): Promise<string[]> {
    const [row] = await this.read<{ head: number; last: number | null }>(
      `SELECT (SELECT position FROM ${this.tables.head}) AS head, (SELECT max(position) FROM ${this.tables.events}) AS last`,
    );
    const last = row.last ?? 0;
    return row.head === last ? [] : [`the head row says position ${row.head}, the log ends at ${last}`];
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.live.close();
    await Promise.all([this.reads.end(), this.writes.end()]);
  }

  private async read<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
    if (this.closed) throw new EventStoreUnavailableError('The event store is closed');
    try {
      return (await this.reads.query<Row>(text, values)).rows;
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): unknown {
    if (error instanceof ChainBrokenError || error instanceof EventStoreUnavailableError) return error;
    const code = (error as { code?: unknown }).code;
    if (code === '53100') return new EventStoreFullError((error as Error).message);
    if (isUnavailable(error))
      return new EventStoreUnavailableError(`PostgreSQL cannot be used: ${(error as Error).message || String(error)}`);
    return error;
  }
}
