import pg from 'pg';
import { DEFAULT_SCHEMA } from '../eventstore/postgres/postgres-event-store';

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

/** Batches of counts at the server at once; more counts wait and join the next batch. */
const BATCHES_IN_FLIGHT = 2;

/** Old windows are swept once in this many counts, so the table holds about one row per recent caller. */
const SWEEP_EVERY = 1000;

/** One request waiting for its count. */
interface Pending {
  key: string;
  windowStart: number;
  resolve: (count: number) => void;
  reject: (error: unknown) => void;
}

function countsPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    connectionTimeoutMillis: 1000,
    query_timeout: 1000,
    application_name: 'thidua-rate-limits',
  });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/**
 * One upsert for every caller of a window: a key asked n times is counted n at once, its requests
 * handed the n counts in order.
 */
async function countWindow(pool: pg.Pool, table: string, windowStart: number, items: Pending[]): Promise<void> {
  const asked = new Map<string, Pending[]>();
  for (const item of items) {
    const same = asked.get(item.key);
    if (same) same.push(item);
    else asked.set(item.key, [item]);
  }
  try {
    const { rows } = await pool.query<{ key: string; count: number }>(
      `INSERT INTO ${table} AS r (key, window_start, count)
       SELECT key, $2, n FROM unnest($1::text[], $3::integer[]) AS asked(key, n)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.count + EXCLUDED.count ELSE EXCLUDED.count END,
         window_start = EXCLUDED.window_start
       RETURNING key, count`,
      [[...asked.keys()], windowStart, [...asked.values()].map((same) => same.length)],
    );
    for (const { key, count } of rows) {
      const same = asked.get(key)!;
      same.forEach((item, i) => item.resolve(count - same.length + 1 + i));
    }
  } catch (error) {
    for (const item of items) item.reject(error);
  }
}

/**
 * The counts of one pool's table. The counts asked while a batch is at the server go together as
 * the next batch: each request would otherwise cost its own round trip before it is served, more
 * than the command it carries costs the store.
 */
class SharedCounts {
  private pending: Pending[] = [];
  private inFlight = 0;
  private counted = 0;
  private ready: Promise<unknown> | null = null;

  constructor(
    readonly pool: pg.Pool,
    private readonly table: string,
  ) {}

  async incr(key: string, timeWindow: number): Promise<Counted> {
    const now = Date.now();
    const windowStart = now - (now % timeWindow);
    const current = await new Promise<number>((resolve, reject) => {
      this.pending.push({ key, windowStart, resolve, reject });
      if (this.pending.length === 1 && this.inFlight < BATCHES_IN_FLIGHT) setImmediate(() => void this.countPending());
    });
    return { current, ttl: windowStart + timeWindow - now };
  }

  private prepare(): Promise<unknown> {
    return (this.ready ??= this.pool
      .query(
        `CREATE UNLOGGED TABLE IF NOT EXISTS ${this.table} (key text PRIMARY KEY, window_start bigint NOT NULL, count integer NOT NULL)`,
      )
      .catch((error: unknown) => {
        this.ready = null;
        throw error;
      }));
  }

  private async countPending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.inFlight += 1;
    try {
      await this.prepare();
      for (const windowStart of new Set(batch.map((item) => item.windowStart)))
        await countWindow(
          this.pool,
          this.table,
          windowStart,
          batch.filter((item) => item.windowStart === windowStart),
        );
      if ((this.counted += batch.length) >= SWEEP_EVERY) this.sweep(Math.min(...batch.map((item) => item.windowStart)));
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      this.inFlight -= 1;
      if (this.pending.length > 0) setImmediate(() => void this.countPending());
    }
  }

  private sweep(before: number): void {
    this.counted = 0;
    void this.pool.query(`DELETE FROM ${this.table} WHERE window_start < $1`, [before]).catch(() => undefined);
  }
}

/**
 * Request counts shared by every replica on one PostgreSQL database, so N replicas do not allow N
 * times the limit. Windows are fixed and aligned on the clock (every replica computes the same
 * window); one upsert per request on an UNLOGGED table: no WAL, and counters lost in a server crash
 * only forgive a minute's requests. A @fastify/rate-limit store (its `incr` contract).
 */
export function postgresRateLimits(connectionString: string, schema = DEFAULT_SCHEMA) {
  const counts = new SharedCounts(countsPool(connectionString), `${pg.escapeIdentifier(schema)}.rate_limits`);

  class PostgresRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      counts.incr(key, timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    child(): PostgresRateLimitStore {
      return this;
    }
  }

  return { Store: PostgresRateLimitStore, close: () => counts.pool.end() };
}
