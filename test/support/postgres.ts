import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** The server the tests use: the machine's PostgreSQL unless THIDUA_TEST_POSTGRES names another (a maintenance database URL). */
const ADMIN_URL = process.env.THIDUA_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** Connection string of the new, empty database. */
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL does not answer at ${ADMIN_URL} (${(error as Error).message}): start it, or set THIDUA_TEST_POSTGRES`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own for one test file (or test), dropped afterwards even if connections are left open. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `thidua_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
