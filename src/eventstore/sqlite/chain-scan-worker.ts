import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { ScanRange } from '../chain-scan';
import { scanRange } from './chain-scan';

/** A worker thread's part of a chain scan: its own read-only connection, one range. */
const { filename, range } = workerData as { filename: string; range: ScanRange };
try {
  const db = new Database(filename, { readonly: true, fileMustExist: true });
  try {
    parentPort!.postMessage({ scan: scanRange(db, range) });
  } finally {
    db.close();
  }
} catch (error) {
  parentPort!.postMessage({ error: { code: (error as { code?: string }).code, message: (error as Error).message } });
}
