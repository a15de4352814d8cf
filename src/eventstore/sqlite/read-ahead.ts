import path from 'node:path';
import { ReadAhead } from '../read-ahead';

/** The worker module that reads the pages (read-ahead-worker.ts). */
const READ_AHEAD_WORKER = path.join(__dirname, 'read-ahead-worker');

/** What the SQLite read-ahead's thread is started with: the file, and the query of a page after a position. */
export interface SqliteReadAheadData {
  filename: string;
  sql: string;
}

/**
 * A read-ahead of a SQLite file: stepping SQLite and making the rows' strings costs about as much
 * as parsing their JSON, and happens in the worker. (Nor does one JSON text per page pay here: a
 * page-sized JSON.parse is slower than the row's two small ones.)
 */
export const sqliteReadAhead = (filename: string, after: number, page: number, sql: string): ReadAhead =>
  new ReadAhead(READ_AHEAD_WORKER, { filename, sql } satisfies SqliteReadAheadData, after, page);
