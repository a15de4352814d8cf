import { workerData } from 'node:worker_threads';
import type { StreamAppend } from '../port';
import { answer } from '../worker-thread';
import { SqliteEventStore } from './sqlite-event-store';

/** A worker thread's one large append (appendInWorker): its own connection, written on this thread. */
const { filename, pragmas, parts } = workerData as { filename: string; pragmas: Record<string, string | number>; parts: StreamAppend[] };

answer(async () => {
  const store = new SqliteEventStore(filename, { pragmas, largeWritesInWorker: false });
  try {
    return await store.appendMany(parts);
  } finally {
    await store.close();
  }
});
