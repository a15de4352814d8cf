import { parentPort, workerData } from 'node:worker_threads';
import type { StreamAppend } from '../port';
import { posted } from './append-in-worker';
import { SqliteEventStore } from './sqlite-event-store';

/** A worker thread's one large append (appendInWorker): its own connection, written on this thread. */
const { filename, pragmas, parts } = workerData as { filename: string; pragmas: Record<string, string | number>; parts: StreamAppend[] };

async function write(): Promise<void> {
  const store = new SqliteEventStore(filename, { pragmas, largeWritesInWorker: false });
  try {
    parentPort!.postMessage({ results: await store.appendMany(parts) });
  } finally {
    await store.close();
  }
}

write().catch((error: unknown) => parentPort!.postMessage({ error: posted(error) }));
