import pg from 'pg';
import { DEFAULT_SCHEMA } from '../eventstore/postgres/postgres-event-store';

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

/** Old windows are swept once in this many counts, so the table holds about one row per recent caller. */
const SWEEP_EVERY = 1000;

/**
 * Request counts shared by every replica on one PostgreSQL database, so N replicas do not allow N
 * times the limit. Windows are fixed and aligned on the clock (every replica computes the same
 * window); one upsert per request on an UNLOGGED table: no WAL, and counters lost in a server crash
 * only forgive a minute's requests. A @fastify/rate-limit store (its `incr` contract).
 */
export function postgresRateLimits(connectionString: string, schema = DEFAULT_SCHEMA) {
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    connectionTimeoutMillis: 1000,
    query_timeout: 1000,
    application_name: 'thidua-rate-limits',
  });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const table = `${pg.escapeIdentifier(schema)}.rate_limits`;
  let ready: Promise<unknown> | null = null;
  let counted = 0;
  const prepare = () =>
    (ready ??= pool
      .query(`CREATE UNLOGGED TABLE IF NOT EXISTS ${table} (key text PRIMARY KEY, window_start bigint NOT NULL, count integer NOT NULL)`)
      .catch((error: unknown) => {
        ready = null;
        throw error;
      }));

  async function incr(key: string, timeWindow: number): Promise<Counted> {
    await prepare();
    const now = Date.now();
    const windowStart = now - (now % timeWindow);
    const { rows } = await pool.query<{ count: number }>(
      `INSERT INTO ${table} AS r (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.count + 1 ELSE 1 END,
         window_start = EXCLUDED.window_start
       RETURNING count`,
      [key, windowStart],
    );
    if ((counted += 1) % SWEEP_EVERY === 0)
      void pool.query(`DELETE FROM ${table} WHERE window_start < $1`, [windowStart]).catch(() => undefined);
    return { current: rows[0].count, ttl: windowStart + timeWindow - now };
  }

  class PostgresRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      incr(key, timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    child(): PostgresRateLimitStore {
      return this;
    }
  }

  return { Store: PostgresRateLimitStore, close: () => pool.end() };
}
