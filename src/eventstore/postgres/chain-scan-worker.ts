import { workerData } from 'node:worker_threads';
import pg from 'pg';
import type { ScanRange } from '../chain-scan';
import { answer } from '../worker-thread';
import { scanRange } from './chain-scan';
import { types } from './pg-types';
import type { Tables } from './schema';

/** A worker thread's part of a chain scan: its own connection, one range. */
const { config, tables, range } = workerData as { config: pg.ClientConfig; tables: Tables; range: ScanRange };
answer(async () => {
  const client = new pg.Client({ ...config, types });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await scanRange(client, tables, range);
  } finally {
    await client.end().catch(() => undefined);
  }
});
