import type { ChainScan, ChainScanRequest } from '../chain';
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
import { PgAppends } from './append';
import { PgConnection, type PostgresOptions } from './connection';
import { KnownTails } from './known-tails';
import { LiveNotifications } from './live-notifications';
import { PgLog } from './read-log';
import { PgStreamReads } from './read-stream';
import { postgresSubscription } from './subscribe';
import { checkIntegrity, scanChain } from './verification';

export { DEFAULT_SCHEMA, type PostgresOptions } from './connection';

/**
 * The event store port on PostgreSQL, for several service processes sharing one database. Each
 * group of operations has its module beside this one: append (group commit under the head lock,
 * its statements in write.ts), read-stream (batched stream reads), read-log (pages read ahead),
 * subscribe (LISTEN/NOTIFY and the shared catch-up loop), and verification (the chain scan and
 * the head check). The audit chain is computed by the same `chainBatch` as on SQLite and KurrentDB.
 */
export class PostgresEventStore implements EventStore {
  private readonly appends: PgAppends;
  private readonly streams: PgStreamReads;
  private readonly log: PgLog;
  private readonly live: LiveNotifications;

  private constructor(private readonly connection: PgConnection) {
    const known = new KnownTails();
    this.appends = new PgAppends(connection, known);
    this.streams = new PgStreamReads(connection, known);
    this.log = new PgLog(connection);
    this.live = new LiveNotifications(connection.config, connection.tables.channel);
  }

  /** Connects, creates the tables if needed, and fails with one clear EventStoreUnavailableError if the server cannot be used. */
  static async connect(connectionString: string, options: PostgresOptions = {}): Promise<PostgresEventStore> {
    return new PostgresEventStore(await PgConnection.open(connectionString, options));
  }

  async append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    return (await this.appendMany([{ stream, events, expected }]))[0];
  }

  appendMany(parts: StreamAppend[]): Promise<AppendResult[]> {
    return this.appends.appendMany(parts);
  }

  importRecorded(events: RecordedEvent[]): Promise<void> {
    return this.appends.importRecorded(events);
  }

  readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    return this.streams.read(stream, fromRevision);
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.log.readAll(options);
  }

  subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription {
    return postgresSubscription(this.connection, this.log, this.live, after, handler, onError);
  }

  headPosition(): Promise<number> {
    return this.log.head();
  }

  checkIntegrity(): Promise<string[]> {
    return checkIntegrity(this.connection);
  }

  async scanChain(request: ChainScanRequest): Promise<ChainScan> {
    return scanChain(this.connection, await this.headPosition(), request);
  }

  async close(): Promise<void> {
    if (this.connection.closed) return;
    this.connection.closed = true;
    await this.live.close();
    await this.connection.end();
  }
}
