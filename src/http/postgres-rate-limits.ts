import pg from 'pg';
import { DEFAULT_SCHEMA } from '../eventstore/postgres/postgres-event-store';

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

/** Batches of counts at the server at once; more counts wait and join the next batch. */
const BATCHES_IN_FLIGHT = 2;

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

  interface Pending {
    key: string;
    windowStart: number;
    resolve: (count: number) => void;
    reject: (error: unknown) => void;
  }
  let pending: Pending[] = [];
  let inFlight = 0;

  /**
   * The counts asked while a batch is at the server go together as the next batch: one upsert per
   * window for every caller in it (a key asked n times is counted n at once, its requests handed
   * the n counts in order). Each request would otherwise cost its own round trip before it is
   * served, more than the command it carries costs the store.
   */
  async function countPending(): Promise<void> {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    inFlight += 1;
    try {
      await prepare();
      for (const windowStart of new Set(batch.map((item) => item.windowStart))) {
        const asked = new Map<string, Pending[]>();
        for (const item of batch.filter((one) => one.windowStart === windowStart)) {
          const items = asked.get(item.key);
          if (items) items.push(item);
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
            [[...asked.keys()], windowStart, [...asked.values()].map((items) => items.length)],
          );
          for (const { key, count } of rows) {
            const items = asked.get(key)!;
            items.forEach((item, i) => item.resolve(count - items.length + 1 + i));
          }
        } catch (error) {
          for (const items of asked.values()) for (const item of items) item.reject(error);
        }
      }
      if ((counted += batch.length) >= SWEEP_EVERY) {
        counted = 0;
        const oldest = Math.min(...batch.map((item) => item.windowStart));
        void pool.query(`DELETE FROM ${table} WHERE window_start < $1`, [oldest]).catch(() => undefined);
      }
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      inFlight -= 1;
      if (pending.length > 0) setImmediate(() => void countPending());
    }
  }

  async function incr(key: string, timeWindow: number): Promise<Counted> {
    const now = Date.now();
    const windowStart = now - (now % timeWindow);
    const current = await new Promise<number>((resolve, reject) => {
      pending.push({ key, windowStart, resolve, reject });
      if (pending.length === 1 && inFlight < BATCHES_IN_FLIGHT) setImmediate(() => void countPending());
    });
    return { current, ttl: windowStart + timeWindow - now };
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
