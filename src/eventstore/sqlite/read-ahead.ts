import { ReadAhead } from '../read-ahead';

/** Reads pages of raw rows on its own read-only connection (better-sqlite3's raw mode: arrays). */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db = null;
let read = null;
let after = workerData.after;
parentPort.on('message', (message) => {
  if (message === 'close') {
    if (db) db.close();
    parentPort.close();
    return;
  }
  try {
    if (!db) {
      db = new Database(workerData.filename, { readonly: true, fileMustExist: true });
      read = db.prepare(workerData.sql).raw();
    }
    const rows = read.all(after, workerData.page);
    if (rows.length > 0) after = rows[rows.length - 1][0];
    parentPort.postMessage({ rows });
  } catch (error) {
    parentPort.postMessage({ error: error.message });
  }
});`;

/**
 * A read-ahead of a SQLite file: stepping SQLite and making the rows' strings costs about as much
 * as parsing their JSON, and happens in the worker. (Nor does one JSON text per page pay here: a
 * page-sized JSON.parse is slower than the row's two small ones.)
 */
export const sqliteReadAhead = (filename: string, after: number, page: number, sql: string): ReadAhead =>
  new ReadAhead(WORKER, { filename, module: require.resolve('better-sqlite3'), sql }, after, page);
