import type pg from 'pg';
import { COLUMNS } from '../event-row';
import { ReadAhead } from '../read-ahead';
import { threadSettings } from './pg-types';
import type { Tables } from './schema';

/**
 * Reads pages of rows on its own connection, as arrays with data and metadata as text (the bytes
 * stored), positions as numbers. Queries run one after another, in the order asked.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const pg = require(workerData.module);
const INT8 = pg.types.builtins.INT8;
const types = { getTypeParser: (oid, format) => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format)) };
let client = null;
let after = workerData.after;
let queue = Promise.resolve();
parentPort.on('message', (message) => {
  if (message === 'close') {
    queue = queue.then(() => client && client.end()).catch(() => undefined).then(() => parentPort.close());
    return;
  }
  queue = queue.then(async () => {
    try {
      if (!client) {
        client = new pg.Client({ ...workerData.config, types });
        client.on('error', () => undefined);
        await client.connect();
      }
      const { rows } = await client.query({ text: workerData.sql, values: [after, workerData.page], rowMode: 'array' });
      if (rows.length > 0) after = rows[rows.length - 1][0];
      parentPort.postMessage({ rows });
    } catch (error) {
      parentPort.postMessage({ error: error.message });
    }
  });
});`;

/**
 * A read-ahead of a PostgreSQL store: the wire protocol's parsing of a page, which cost a rebuild
 * on the main thread more than the projections did, happens in the worker, and the server reads
 * the next pages meanwhile.
 */
export function postgresReadAhead(config: pg.ClientConfig, tables: Tables, after: number, page: number): ReadAhead {
  const columns = COLUMNS.replace('data, metadata', 'data::text, metadata::text');
  const sql = `SELECT ${columns} FROM ${tables.events} WHERE position > $1 ORDER BY position LIMIT $2`;
  return new ReadAhead(WORKER, { config: threadSettings(config), module: require.resolve('pg'), sql }, after, page);
}
