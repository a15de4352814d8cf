import pg, { type PoolClient } from 'pg';
import { ChainBrokenError, EventStoreFullError, EventStoreUnavailableError, StoreNeedsUpgradeError } from '../errors';
import { redacted } from '../redacted-address';
import { types } from './pg-types';
import { prepareSchema, refuseOlderFormats, type Tables } from './schema';

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

/** The PostgreSQL schema of a store when the address names none (the service's). */
export const DEFAULT_SCHEMA = 'thidua';

/** A session idle inside a transaction this long (a replica frozen while it held the head lock) is ended by the server, so the others can write again. */
const IDLE_IN_TRANSACTION_MS = 10_000;

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

function settingsFor(connectionString: string, options: PostgresOptions): pg.PoolConfig {
  const queryTimeout = options.queryTimeoutMs ?? 10_000;
  return {
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
}

/** The store's connections: a pool for reads, one writer (appends take turns anyway), and the tables they use. */
export class PgConnection {
  closed = false;

  private constructor(
    readonly reads: pg.Pool,
    readonly writes: pg.Pool,
    readonly tables: Tables,
    readonly config: pg.ClientConfig,
  ) {}

  /** Connects and creates the tables if needed; fails with one clear EventStoreUnavailableError if the server cannot be used. */
  static async open(connectionString: string, options: PostgresOptions): Promise<PgConnection> {
    const config = settingsFor(connectionString, options);
    const reads = new pg.Pool({ ...config, max: options.readConnections ?? 4 });
    const writes = new pg.Pool({ ...config, max: 1 });
    // A connection the server closes is dropped by the pool and the next query opens another; the
    // error reaches whoever was using it (a failed query), so the connection's own 'error' event,
    // emitted also between the queries of a transaction, must not crash the process.
    for (const pool of [reads, writes]) {
      pool.on('error', () => undefined);
      pool.on('connect', (client) => client.on('error', () => undefined));
    }
    try {
      const client = await writes.connect();
      try {
        const tables = await prepareSchema(client, options.schema ?? DEFAULT_SCHEMA);
        await refuseOlderFormats(client, tables, redacted(connectionString));
        return new PgConnection(reads, writes, tables, config);
      } finally {
        client.release();
      }
    } catch (error) {
      await Promise.all([reads.end(), writes.end()]);
      if (error instanceof StoreNeedsUpgradeError) throw error;
      throw new EventStoreUnavailableError(
        `Cannot use PostgreSQL at ${redacted(connectionString)}: ${(error as Error).message || String(error)}`,
      );
    }
  }

  /**
   * Runs `work` on a connection of its own from `pool` (the writer's, or one for reads); a failed
   * statement rolls back whatever transaction was open.
   */
  async withClient<T>(pool: pg.Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
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

  /** One statement on a read connection. */
  async read<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
    if (this.closed) throw new EventStoreUnavailableError('The event store is closed');
    try {
      return (await this.reads.query<Row>(text, values)).rows;
    } catch (error) {
      throw this.translate(error);
    }
  }

  /** The server's failures as the port's errors: a full disk, or a server that cannot be used. */
  translate(error: unknown): unknown {
    if (error instanceof ChainBrokenError || error instanceof EventStoreUnavailableError) return error;
    const code = (error as { code?: unknown }).code;
    if (code === '53100') return new EventStoreFullError((error as Error).message);
    if (isUnavailable(error))
      return new EventStoreUnavailableError(`PostgreSQL cannot be used: ${(error as Error).message || String(error)}`);
    return error;
  }

  async end(): Promise<void> {
    this.closed = true;
    await Promise.all([this.reads.end(), this.writes.end()]);
  }
}
