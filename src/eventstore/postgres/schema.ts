import pg, { type ClientBase } from 'pg';
import { GENESIS_HASH, inLinkFormat } from '../chain';
import { StoreNeedsUpgradeError } from '../errors';

/** The tables of one store, qualified by its PostgreSQL schema (several stores can share a database). */
export interface Tables {
  events: string;
  head: string;
  /** The NOTIFY channel appends to this store announce themselves on. */
  channel: string;
}

const quote = pg.escapeIdentifier;

export function tablesIn(schema: string): Tables {
  return { events: `${quote(schema)}.events`, head: `${quote(schema)}.head`, channel: `thidua_events_${schema}`.slice(0, 63) };
}

/**
 * The log is one table keyed by the global position; the unique (stream, revision) pair refuses a
 * second event at a stream's revision whatever any writer believed. The head table holds exactly
 * one row, the last position and its hash: every append locks it (SELECT ... FOR UPDATE) before it
 * numbers its events, so positions are allocated one transaction at a time, in commit order, with
 * no gap (no sequence, whose values are taken outside the commit order).
 */
function layout(schema: string, tables: Tables): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${quote(schema)};
CREATE TABLE IF NOT EXISTS ${tables.events} (
  position     bigint  PRIMARY KEY,
  id           text    NOT NULL UNIQUE,
  stream       text    NOT NULL,
  revision     integer NOT NULL,
  type         text    NOT NULL,
  data         json    NOT NULL,
  metadata     json    NOT NULL,
  recorded_at  text    NOT NULL,
  hash         text    NOT NULL,
  UNIQUE (stream, revision)
);
CREATE TABLE IF NOT EXISTS ${tables.head} (
  only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  position  bigint  NOT NULL,
  hash      text    NOT NULL
);
INSERT INTO ${tables.head} (position, hash) VALUES (0, '${GENESIS_HASH}') ON CONFLICT DO NOTHING;`;
}

/** Creates the tables if they are missing; replicas starting together take turns (an advisory lock), as CREATE ... IF NOT EXISTS alone can race. */
export async function prepareSchema(client: ClientBase, schema: string): Promise<Tables> {
  const tables = tablesIn(schema);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`thidua-schema:${schema}`]);
    await client.query(layout(schema, tables));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return tables;
}

/**
 * Refuses a log whose first event is in an older link format (written before format 3): only
 * `npm run migrate` reads it. One indexed read, whatever the log's size.
 */
export async function refuseOlderFormats(client: ClientBase, tables: Tables, label: string): Promise<void> {
  const { rows } = await client.query<{ metadata: string }>(
    `SELECT metadata::text AS metadata FROM ${tables.events} ORDER BY position LIMIT 1`,
  );
  if (rows[0] && !inLinkFormat(rows[0].metadata)) throw new StoreNeedsUpgradeError(label, 'sự kiện đầu ở định dạng liên kết cũ');
}
