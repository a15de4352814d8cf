import path from 'node:path';
import type { AppendResult, StreamAppend } from '../port';
import { runInWorker } from '../worker-thread';

/** The worker module that writes one large append (append-worker.ts). */
const APPEND_WORKER = path.join(__dirname, 'append-worker');

/** A write of this many events or more goes to a worker thread: below it, starting a thread costs more than the write holds the loop. */
export const WORKER_WRITE_EVENTS = 1000;

/**
 * One append, written by a worker thread on its own connection to the same file, with the same
 * checks, chain and durability (sqlite-event-store's appendMany there): its transaction and its
 * fsync, for thousands of events, then hold that thread instead of the one answering requests.
 * The caller must not write meanwhile (it would wait on the file's write lock). Its errors come
 * back as their classes (a refused expected state is a WrongExpectedRevisionError here too).
 */
export const appendInWorker = (
  filename: string,
  pragmas: Record<string, string | number>,
  parts: StreamAppend[],
): Promise<AppendResult[]> => runInWorker(APPEND_WORKER, { filename, pragmas, parts });
