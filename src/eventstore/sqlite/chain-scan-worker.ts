import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { ScanRange } from '../chain-scan';
import { answer } from '../worker-thread';
import { scanRange } from './chain-scan';

/** A worker thread's part of a chain scan: its own read-only connection, one range. */
const { filename, range } = workerData as { filename: string; range: ScanRange };
answer(() => {
  const db = new Database(filename, { readonly: true, fileMustExist: true });
  try {
    return scanRange(db, range);
  } finally {
    db.close();
  }
});
