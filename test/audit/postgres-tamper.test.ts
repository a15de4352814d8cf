import { randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import pg from 'pg';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { appendScores, TAMPER_EVENTS, verifiedThreeWays } from '../support/tamper-log';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

const EVENTS = TAMPER_EVENTS;

/** A store of EVENTS events over three streams, in a schema of its own, closed so that the test can edit its rows. */
async function storeSchema(): Promise<string> {
  const schema = `tamper_${randomUUID().slice(0, 8)}`;
  const store = await PostgresEventStore.connect(database.url, { schema });
  await appendScores(store);
  await store.close();
  return schema;
}

/** The three ways to verify, as on SQLite (see verifiedThreeWays). */
async function verify(schema: string) {
  const store = await PostgresEventStore.connect(database.url, { schema });
  try {
    return await verifiedThreeWays(store);
  } finally {
    await store.close();
  }
}

async function sql<Row extends pg.QueryResultRow>(schema: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`SET search_path = ${pg.escapeIdentifier(schema)}`);
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('the audit chain on PostgreSQL, verified from the bytes stored', () => {
  it('stores data and metadata as the canonical text the link covers, and accepts an untouched log', async () => {
    const schema = await storeSchema();
    const rows = await sql<{ data: string; metadata: string }>(schema, 'SELECT data::text AS data, metadata::text AS metadata FROM events');
    for (const row of rows) {
      expect(row.data).toBe(canonicalize(JSON.parse(row.data)));
      expect(row.metadata).toMatch(/^\{"linkFormat":3,/);
    }
    expect(await verify(schema)).toMatchObject({ ok: true, checkedEvents: EVENTS, firstBreak: null, head: { position: EVENTS } });
  });

  it.each([1, 5, 6, EVENTS])('detects a one-byte edit of the data at position %p', async (position) => {
    const schema = await storeSchema();
    await sql(schema, `UPDATE events SET data = replace(data::text, '10', '11')::json WHERE position = $1`, [position]);
    expect((await verify(schema)).firstBreak).toMatchObject({ position, problem: 'HASH_MISMATCH' });
  });

  it.each([
    ['the type', `UPDATE events SET type = 'Scorad' WHERE position = 7`],
    ['the actor in the metadata', `UPDATE events SET metadata = replace(metadata::text, '"id":"a"', '"id":"b"')::json WHERE position = 7`],
    ['the recorded time', `UPDATE events SET recorded_at = replace(recorded_at, 'Z', '1Z') WHERE position = 7`],
    ['the stream', `UPDATE events SET stream = 'unit-9' WHERE position = 7`],
    ['the event id', `UPDATE events SET id = '00000000-0000-4000-8000-000000000000' WHERE position = 7`],
  ])('detects an edit of %s', async (_what, statement) => {
    const schema = await storeSchema();
    await sql(schema, statement);
    expect((await verify(schema)).firstBreak).toMatchObject({ position: 7, problem: 'HASH_MISMATCH' });
  });

  it.each([1, 6])('detects a deleted event at position %p', async (position) => {
    const schema = await storeSchema();
    await sql(schema, 'DELETE FROM events WHERE position = $1', [position]);
    expect((await verify(schema)).firstBreak).toMatchObject({ position, problem: 'MISSING_EVENT' });
  });

  it('detects a reordered pair at the first of the two positions', async () => {
    const schema = await storeSchema();
    await sql(
      schema,
      'UPDATE events SET position = -1 WHERE position = 5; UPDATE events SET position = 5 WHERE position = 6; UPDATE events SET position = 6 WHERE position = -1',
    );
    expect((await verify(schema)).firstBreak).toMatchObject({ position: 5 });
  });
});
