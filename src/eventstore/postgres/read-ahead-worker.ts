import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import type { EventRow } from '../event-row';
import type { Page, PageRequest, ReadAheadData } from '../read-ahead';
import { types } from './pg-types';
import type { PostgresReadAheadData } from './read-ahead';

/**
 * A read-ahead's thread (postgresReadAhead): pages of rows after its cursor on its own connection,
 * one query after another in the order asked.
 */
const settings = workerData as PostgresReadAheadData & ReadAheadData;
let after = settings.after;
let client: pg.Client | null = null;
let queue = Promise.resolve();

async function nextPage(): Promise<Page> {
  if (!client) {
    client = new pg.Client({ ...settings.config, types });
    client.on('error', () => undefined);
    await client.connect();
  }
  const { rows } = await client.query<EventRow>({ text: settings.sql, values: [after, settings.page], rowMode: 'array' });
  if (rows.length > 0) after = rows[rows.length - 1][0];
  return { rows };
}

parentPort!.on('message', (message: PageRequest) => {
  if (message === 'close') {
    queue = queue
      .then(() => client?.end())
      .catch(() => undefined)
      .then(() => parentPort!.close());
    return;
  }
  queue = queue.then(async () => {
    parentPort!.postMessage(await nextPage().catch((error: unknown): Page => ({ error: (error as Error).message })));
  });
});
