import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { answer } from '../worker-thread';
import { quickCheck } from './quick-check';

/** A worker thread's integrity check (checkIntegrity on a file): its own read-only connection. */
const { filename } = workerData as { filename: string };
answer(() => {
  const db = new Database(filename, { readonly: true, fileMustExist: true });
  try {
    return quickCheck(db);
  } finally {
    db.close();
  }
});
