import path from 'node:path';
import pg, { type PoolClient } from 'pg';
import { CATCH_UP_PAGE, catchUpSubscription } from '../catch-up';
import { joinScans, split, type ScanRange } from '../chain-scan';
import { READ_AHEAD_FROM, type ReadAhead } from '../read-ahead';
import { scanInWorker } from '../scan-in-worker';
import { threadSettings, types } from './pg-types';
import { postgresLinkBefore, scanRange } from './chain-scan';
import { postgresReadAhead } from './read-ahead';
import { chainBatchInTurns } from '../chain-in-turns';
import {
  ChainVerifier,
  storedText,
  throwOnBreak,
  type ChainedEvent,
  type ChainHead,
  type ChainScan,
  type ChainScanRequest,
} from '../chain';
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
import { assertWholeStream } from './whole-stream';

/** The worker module that verifies one range of the log (scanInWorker). */
const CHAIN_SCAN_WORKER = path.join(__dirname, 'chain-scan-worker');

/** The PostgreSQL schema of a store when the address names none (the service's). */
export const DEFAULT_SCHEMA = 'thidua';

export interface PostgresOptions {
  /** The PostgreSQL schema holding the store's tables (tests give each store its own). */
  schema?: string;
  /** How long connecting may take, at start-up and after the server went away. */
  connectTimeoutMs?: number;
  /** Connections for reads (the writer and the listener have one each). */
  readConnections?: number;
  /**
   * How long one statement may take before the store answers EVENT_STORE_UNAVAILABLE: the server
   * cancels it a little earlier (statement_timeout, which also ends a wait for a lock another
   * session holds), and the client gives up at this bound whatever the server does (a server that
   * accepts and never answers, a stopped backend).
   */
  queryTimeoutMs?: number;
}

/** Batches of stream reads at the server at once; more reads wait and join the next batch. */
const STREAM_READS_IN_FLIGHT = 2;

/** How many streams' last revisions a store remembers for the one-statement append (the oldest are forgotten first). */
const REVISIONS_KEPT = 50_000;

/** What the one-statement append assumed: the head and each stream's last revision (-1: no event), checked under the head lock. */
interface Assumed {
  head: ChainHead;
  streams: string[];
  revisions: number[];
}

/** A session idle inside a transaction this long (a replica frozen while it held the head lock) is ended by the server, so the others can write again. */
const IDLE_IN_TRANSACTION_MS = 10_000;

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
/** How many events `readAll` without a count reads per query. */
const WHOLE_LOG_PAGE = 10_000;
type PageRow = [number, string, string, number, string, unknown, RecordedEvent['metadata'], string];

function toRecorded(row: EventRow): RecordedEvent {
  const { position, id, stream, revision, type, data, metadata, recorded_at: recordedAt } = row;
  return { id, type, data, metadata, stream, revision, position, recordedAt };
}

/**
 * The group's rows as one JSON document for `json_to_recordset`, with data and metadata spliced in
 * as the very text the link covers: a `json` column keeps that text verbatim, so the store holds
 * the bytes its chain scan hashes. One native JSON.stringify per row replaces the client's escaping
 * of nine array parameters, which took more of an append's time than the server's insert.
 */
function rowsDocument(events: ChainedEvent[]): string {
  return `[${events
    .map((event) => {
      const text = event.text ?? storedText(event);
      const { position, id, stream, revision, type, recordedAt, metadata } = event;
      const fields = JSON.stringify({ position, id, stream, revision, type, recorded_at: recordedAt, hash: metadata.hash });
      return `${fields.slice(0, -1)},"data":${text.data},"metadata":${text.metadata}}`;
    })
    .join(',')}]`;
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
 * delivers only on commit: live subscriptions wake on it and read what was committed. When the
 * process already knows where the log and the group's streams end, the group is numbered on that
 * assumption and written by one statement that takes the same lock and checks it first (one round
 * trip); when another process appended meanwhile, the group is done again under the lock.
 */
export class PostgresEventStore implements EventStore {
  private pending: PendingAppend[] = [];
  private streamReads: PendingStreamRead[] = [];
  private streamReadsInFlight = 0;
  private writing = false;
  private closed = false;
  /** The head as this process last left it or saw it under the lock: where its next append assumes the log ends. */
  private knownHead: ChainHead | null = null;
  /** Streams' last revisions as this process last wrote or read them; only ever an assumption the append checks. */
  private readonly knownRevisions = new Map<string, number>();
  private readAhead: { after: number; maxCount: number; page: Promise<RecordedEvent[]> } | null = null;
  private readonly live: LiveNotifications;

  private constructor(
    private readonly reads: pg.Pool,
    private readonly writes: pg.Pool,
    private readonly tables: Tables,
    private readonly config: pg.ClientConfig,
  ) {
    this.live = new LiveNotifications(config, tables.channel);
  }

  /** Connects, creates the tables if needed, and fails with one clear EventStoreUnavailableError if the server cannot be used. */
  static async connect(connectionString: string, options: PostgresOptions = {}): Promise<PostgresEventStore> {
    const queryTimeout = options.queryTimeoutMs ?? 10_000;
    const config: pg.PoolConfig = {
      connectionString,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      query_timeout: queryTimeout,
      statement_timeout: Math.ceil(queryTimeout * 0.9),
      idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
      keepAlive: true,
      types,
      application_name: 'thidua',
      // The store's statements are short and planned with rough guesses of rows; compiling them
      // (JIT, which the server starts above a cost the guesses easily pass) took a hundred times
      // longer than running them.
      options: '-c jit=off',
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
    const streams = [...new Set(group.flatMap((item) => item.parts.map((part) => part.stream)))];
    try {
      const results =
        (await this.appendAtKnownHead(streams, group)) ??
        (await this.inTransaction(streams, (head, last) => this.appendGroup(head, last, group)));
      group.forEach((item, i) => {
        const result = results[i];
        if (result instanceof Error) item.reject(result);
        else item.resolve(result);
      });
    } catch (error) {
      this.knownHead = null;
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
  private async appendGroup(
    head: ChainHead,
    last: Map<string, number>,
    group: PendingAppend[],
  ): Promise<{ results: (AppendResult[] | Error)[]; written: ChainedEvent[] }> {
    const recordedAt = new Date().toISOString();
    const written: ChainedEvent[] = [];
    let tip = head;
    const results: (AppendResult[] | Error)[] = [];
    for (const item of group) {
      try {
        for (const part of item.parts) assertExpectedState(part.stream, part.expected, last.get(part.stream) ?? -1);
      } catch (error) {
        results.push(error as WrongExpectedRevisionError);
        continue;
      }
      const appended: AppendResult[] = [];
      for (const part of item.parts) {
        // A large write (a score sheet) is linked a slice per turn: it does not hold every other caller meanwhile.
        const batch = await chainBatchInTurns(tip, part.stream, last.get(part.stream) ?? -1, recordedAt, part.events);
        tip = batch.head;
        last.set(part.stream, batch.events.at(-1)!.revision);
        written.push(...batch.events);
        appended.push({ nextRevision: batch.events.at(-1)!.revision, position: batch.head.position });
      }
      results.push(appended);
    }
    return { results, written };
  }

  /**
   * The common case in one round trip: when this process knows where the log ends and where each
   * stream of the group ends (its own last append, the stream reads its commands just made), it
   * numbers and links the group on that assumption and sends one statement that takes the head
   * lock, checks the assumption and writes only if it holds. Undefined when it did not hold (another
   * process appended meanwhile): the group is then done again under the lock (`inTransaction`).
   */
  private async appendAtKnownHead(streams: string[], group: PendingAppend[]): Promise<(AppendResult[] | Error)[] | undefined> {
    const head = this.knownHead;
    if (!head || !streams.every((stream) => this.knownRevisions.has(stream))) return undefined;
    const revisions = streams.map((stream) => this.knownRevisions.get(stream)!);
    const last = new Map(streams.map((stream, i) => [stream, revisions[i]]));
    const { results, written } = await this.appendGroup(head, last, group);
    const held = await this.withClient(this.writes, (client) => this.write(client, written, { head, streams, revisions }));
    if (!held) return undefined;
    this.remember(written, head, last);
    return results;
  }

  /** What a committed write leaves: the new head, and its streams' last revisions as read and written under the lock. */
  private remember(written: ChainedEvent[], head: ChainHead, last: Map<string, number>): void {
    const tip = written.at(-1);
    this.knownHead = tip ? { position: tip.position, hash: tip.metadata.hash as string } : head;
    for (const [stream, revision] of last) this.noteRevision(stream, revision, true);
  }

  private noteRevision(stream: string, revision: number, exact: boolean): void {
    const known = this.knownRevisions.get(stream);
    if (known !== undefined && !exact && known >= revision) return;
    this.knownRevisions.delete(stream);
    this.knownRevisions.set(stream, revision);
    if (this.knownRevisions.size > REVISIONS_KEPT) this.knownRevisions.delete(this.knownRevisions.keys().next().value!);
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
    work: (
      head: ChainHead,
      last: Map<string, number>,
    ) => { results: T; written: ChainedEvent[] } | Promise<{ results: T; written: ChainedEvent[] }>,
  ): Promise<T> {
    return this.withClient(this.writes, async (client) => {
      // Stream names go in as escaped literals: a simple query may hold several statements but no parameters.
      const names = [...new Set(streams)].map((stream) => client.escapeLiteral(stream)).join(', ');
      const [, locked, revisions] = (await client.query(
        `BEGIN;
         SELECT position, hash FROM ${this.tables.head} FOR UPDATE;
         SELECT s.stream, (SELECT revision FROM ${this.tables.events} e WHERE e.stream = s.stream ORDER BY revision DESC LIMIT 1) AS revision
         FROM unnest(ARRAY[${names}]::text[]) AS s(stream);`,
      )) as unknown as [unknown, pg.QueryResult<ChainHead>, pg.QueryResult<{ stream: string; revision: number | null }>];
      const last = new Map(revisions.rows.map((row) => [row.stream, row.revision ?? -1]));
      const { results, written } = await work(locked.rows[0], last);
      if (written.length > 0) await this.write(client, written);
      await client.query('COMMIT');
      this.remember(written, locked.rows[0], last);
      return results;
    });
  }

  /**
   * Runs `work` on a connection of its own from `pool` (the writer's, or one for reads); a failed
   * statement rolls back whatever transaction was open.
   */
  private async withClient<T>(pool: pg.Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
    if (this.closed) throw new EventStoreUnavailableError('The event store is closed');
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw this.translate(error);
    }
    let broken: unknown = undefined;
    try {
      return await work(client);
    } catch (error) {
      if (isUnavailable(error)) broken = error;
      else await client.query('ROLLBACK').catch((rollback: unknown) => (broken = rollback));
      throw this.translate(error);
    } finally {
      // A connection that failed mid-transaction is not given back: the pool opens a new one.
      client.release(broken !== undefined);
    }
  }

  /**
   * One statement for the whole group: insert, move the head, notify (delivered on commit). With
   * `assumed`, the statement itself takes the head lock and writes only if the head and the
   * streams' last revisions are what the group was numbered against; outside a transaction it then
   * commits on its own. Says whether it wrote.
   */
  private async write(client: PoolClient, events: ChainedEvent[], assumed?: Assumed): Promise<boolean> {
    const tip = events.at(-1);
    const moved = tip ? { position: tip.position, hash: tip.metadata.hash as string } : assumed!.head;
    const check = assumed
      ? `(SELECT position = $6 AND hash = $7 FROM ${this.tables.head} FOR UPDATE)
         AND NOT EXISTS (
           SELECT 1 FROM json_to_recordset($8::json) AS s(stream text, revision integer)
           WHERE s.revision <> coalesce((SELECT revision FROM ${this.tables.events} e WHERE e.stream = s.stream ORDER BY revision DESC LIMIT 1), -1))`
      : 'true';
    const { rowCount } = await client.query({
      name: assumed ? 'thidua-append-assumed' : 'thidua-append',
      text: `WITH assumed AS (SELECT ${check} AS holds),
       inserted AS (
         INSERT INTO ${this.tables.events} (position, id, stream, revision, type, data, metadata, recorded_at, hash)
         SELECT position, id, stream, revision, type, data, metadata, recorded_at, hash
         FROM json_to_recordset($1::json)
           AS t(position bigint, id text, stream text, revision integer, type text, data json, metadata json, recorded_at text, hash text)
         WHERE (SELECT holds FROM assumed)
       ), moved AS (
         UPDATE ${this.tables.head} SET position = $2, hash = $3 WHERE (SELECT holds FROM assumed)
       )
       SELECT pg_notify($4, $5) FROM assumed WHERE holds`,
      values: [
        rowsDocument(events),
        moved.position,
        moved.hash,
        this.tables.channel,
        String(moved.position),
        ...(assumed
          ? [
              assumed.head.position,
              assumed.head.hash,
              JSON.stringify(assumed.streams.map((stream, i) => ({ stream, revision: assumed.revisions[i] }))),
            ]
          : []),
      ],
    });
    return rowCount === 1;
  }

  /**
   * Stream reads are batched as appends are: while a batch is at the server, the reads that arrive
   * wait and go as the next batch, one query (each command reads a few stream tails; a thousand
   * concurrent commands would otherwise queue a thousand round trips, and under load a query per
   * read costs the process more in socket writes than its commands cost). The same stream read by
   * several commands from the same revision is asked once. Exact, with no cache to go stale.
   */
  readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    return new Promise((resolve, reject) => {
      this.streamReads.push({ stream, fromRevision, resolve, reject });
      if (this.streamReads.length === 1 && this.streamReadsInFlight < STREAM_READS_IN_FLIGHT)
        setImmediate(() => void this.readPendingStreams());
    });
  }

  private async readPendingStreams(): Promise<void> {
    if (this.streamReads.length === 0) return;
    const batch = this.streamReads;
    this.streamReads = [];
    this.streamReadsInFlight += 1;
    const asked = new Map<string, number>();
    const streams: string[] = [];
    const fromRevisions: number[] = [];
    const requests = batch.map(({ stream, fromRevision }) => {
      const key = `${fromRevision}:${stream}`;
      let request = asked.get(key);
      if (request === undefined) {
        asked.set(key, (request = streams.length));
        streams.push(stream);
        fromRevisions.push(fromRevision);
      }
      return request;
    });
    try {
      const rows = await this.read<EventRow & { request: number }>(
        // LATERAL, with its own ORDER BY, keeps one index scan per stream asked: as a plain join
        // the planner, guessing a third of a stream at or after any revision, turned batches of a
        // hundred streams or more into a hash join over a scan of the whole log.
        `SELECT r.request, e.*
         FROM unnest($1::text[], $2::integer[]) WITH ORDINALITY AS r(stream, from_revision, request)
         CROSS JOIN LATERAL (
           SELECT ${COLUMNS} FROM ${this.tables.events}
           WHERE stream = r.stream AND revision >= r.from_revision ORDER BY revision
         ) e
         ORDER BY r.request, e.revision`,
        [streams, fromRevisions],
      );
      const results = streams.map((): RecordedEvent[] => []);
      for (const row of rows) results[row.request - 1].push(toRecorded(row));
      batch.forEach((item, i) => {
        const events = results[requests[i]];
        try {
          assertWholeStream(item.stream, item.fromRevision, events);
          this.noteRevision(item.stream, events.at(-1)?.revision ?? Math.max(item.fromRevision, 0) - 1, false);
          item.resolve([...events]);
        } catch (error) {
          item.reject(error);
        }
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      this.streamReadsInFlight -= 1;
      if (this.streamReads.length > 0) setImmediate(() => void this.readPendingStreams());
    }
  }

  /**
   * The log in pages. A full page is followed at once by a read of the next one in the background:
   * a rebuild or a verification reads the log page after page, and the server builds the next page
   * while the caller works on this one. The log never changes below its head, so a full page read
   * ahead is exactly what a fresh read would return; a short one may not be (more may have been
   * committed since), and is read again.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { after = 0, maxCount } = options;
    if (maxCount === undefined) return this.readWhole(after);
    const ahead = this.readAhead;
    this.readAhead = null;
    const early = ahead && ahead.after === after && ahead.maxCount === maxCount ? await ahead.page.catch(() => null) : null;
    const page = early?.length === maxCount ? early : await this.readPage(after, maxCount);
    if (page.length === maxCount && maxCount > 0) {
      const next = { after: page[page.length - 1].position, maxCount, page: this.readPage(page[page.length - 1].position, maxCount) };
      next.page.catch(() => undefined);
      this.readAhead = next;
    }
    return page;
  }

  /** Without a count the whole rest of the log, in pages (one JSON value could not hold a large log). */
  private async readWhole(after: number): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for (
      let page = await this.readPage(after, WHOLE_LOG_PAGE);
      ;
      page = await this.readPage(events[events.length - 1].position, WHOLE_LOG_PAGE)
    ) {
      for (const event of page) events.push(event);
      if (page.length < WHOLE_LOG_PAGE) return events;
    }
  }

  /**
   * A page comes back as one JSON array (one text value, parsed once by V8) instead of a row per
   * event whose every column the client converts on its own: reading the log is spent in the
   * client's parsing, and this takes a third to half of it away.
   */
  private async readPage(after: number, maxCount: number): Promise<RecordedEvent[]> {
    const [{ page }] = await this.read<{ page: PageRow[] | null }>(
      `SELECT json_agg(json_build_array(${COLUMNS}) ORDER BY position) AS page
       FROM (SELECT ${COLUMNS} FROM ${this.tables.events} WHERE position > $1 ORDER BY position LIMIT $2) t`,
      [after, maxCount],
    );
    return (page ?? []).map(([position, id, stream, revision, type, data, metadata, recordedAt]) => ({
      id,
      type,
      data,
      metadata,
      stream,
      revision,
      position,
      recordedAt,
    }));
  }

  /**
   * Live delivery wakes on NOTIFY; the reading is the shared catch-up loop. While the server is
   * away the subscription waits and tries again instead of failing, and the listener's reconnect
   * wakes it to catch up with whatever was committed meanwhile.
   */
  subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription {
    let stopped = false;
    // Started at the first read: a subscription far behind the head (a rebuild) is read by a worker thread.
    let ahead: Promise<ReadAhead | null> | null = null;
    const readPatiently = async (options: ReadAllOptions): Promise<RecordedEvent[]> => {
      ahead ??= this.readAheadFrom(after);
      const early = await (await ahead)?.read(options.after ?? 0, options.maxCount ?? CATCH_UP_PAGE);
      if (early) return early;
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
        const closing = inner.close();
        void ahead?.then((reader) => reader?.close());
        return closing;
      },
    };
  }

  private async readAheadFrom(after: number): Promise<ReadAhead | null> {
    const head = await this.headPosition().catch(() => after);
    return head - after >= READ_AHEAD_FROM ? postgresReadAhead(this.config, this.tables, after, CATCH_UP_PAGE) : null;
  }

  /**
   * Verifies the chain from the bytes stored (link format 3 keeps the canonical text the link
   * covers): each row is hashed as read, without a JSON parse. With workers, the log is split into
   * ranges, each scanned by a worker thread on its own connection.
   */
  async scanChain(request: ChainScanRequest): Promise<ChainScan> {
    const { start, workers } = request;
    const head = await this.headPosition();
    const ranges = await this.withClient(this.reads, async (client) => {
      const parts: (ScanRange | null)[] = [];
      for (const [after, to] of split(start?.position ?? 0, head, Math.max(1, workers))) {
        const from = await postgresLinkBefore(client, this.tables, after, start);
        parts.push(from && { from, to, checkpointType: request.checkpointType, keptPositions: request.keptPositions });
      }
      return parts;
    });
    if (workers === 0)
      return this.withClient(this.reads, async (client) => {
        const scans: (ChainScan | null)[] = [];
        for (const range of ranges) scans.push(range && (await scanRange(client, this.tables, range)));
        return joinScans(scans, start);
      });
    const config = threadSettings(this.config);
    try {
      return joinScans(
        await Promise.all(
          ranges.map((range) => (range ? scanInWorker(CHAIN_SCAN_WORKER, { config, tables: this.tables, range }) : Promise.resolve(null))),
        ),
        start,
      );
    } catch (error) {
      throw this.translate(error);
    }
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
