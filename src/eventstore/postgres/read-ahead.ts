import path from 'node:path';
import type pg from 'pg';
import { COLUMNS } from '../event-row';
import { ReadAhead } from '../read-ahead';
import { threadSettings } from './pg-types';
import type { Tables } from './schema';

/** The worker module that reads the pages (read-ahead-worker.ts). */
const READ_AHEAD_WORKER = path.join(__dirname, 'read-ahead-worker');

/** What the PostgreSQL read-ahead's thread is started with: its connection settings, and the query of a page after a position. */
export interface PostgresReadAheadData {
  config: ReturnType<typeof threadSettings>;
  sql: string;
}

/**
 * A read-ahead of a PostgreSQL store: the wire protocol's parsing of a page, which cost a rebuild
 * on the main thread more than the projections did, happens in the worker, and the server reads
 * the next pages meanwhile. Rows come as arrays with data and metadata as text (the bytes stored),
 * positions as numbers.
 */
export function postgresReadAhead(config: pg.ClientConfig, tables: Tables, after: number, page: number): ReadAhead {
  const columns = COLUMNS.replace('data, metadata', 'data::text, metadata::text');
  const sql = `SELECT ${columns} FROM ${tables.events} WHERE position > $1 ORDER BY position LIMIT $2`;
  return new ReadAhead(READ_AHEAD_WORKER, { config: threadSettings(config), sql } satisfies PostgresReadAheadData, after, page);
}
