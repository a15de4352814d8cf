import path from 'node:path';
import { ChainBrokenError, EventStoreFullError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import type { AppendResult, StreamAppend } from '../port';
import { firstMessage } from '../worker-thread';

/** The worker module that writes one large append (append-worker.ts). */
const APPEND_WORKER = path.join(__dirname, 'append-worker');

/** A write of this many events or more goes to a worker thread: below it, starting a thread costs more than the write holds the loop. */
export const WORKER_WRITE_EVENTS = 1000;

/** An error as a worker posts it: its class's name, message and own fields. */
export type PostedError = { name: string; message: string } & Record<string, unknown>;

const KINDS: Record<string, { prototype: Error }> = {
  WrongExpectedRevisionError,
  EventStoreFullError,
  EventStoreUnavailableError,
  ChainBrokenError,
  RangeError,
};

export const posted = (error: unknown): PostedError => {
  const { name, message } = error as Error;
  return { ...(error as object), name, message };
};

/** The error the worker posted, as an instance of its class again (same name, message and fields), for the caller to tell apart. */
function revived(error: PostedError): Error {
  return Object.assign(Object.create((KINDS[error.name] ?? Error).prototype) as Error, error);
}

/**
 * One append, written by a worker thread on its own connection to the same file, with the same
 * checks, chain and durability (sqlite-event-store's appendMany there): its transaction and its
 * fsync, for thousands of events, then hold that thread instead of the one answering requests.
 * The caller must not write meanwhile (it would wait on the file's write lock).
 */
export async function appendInWorker(
  filename: string,
  pragmas: Record<string, string | number>,
  parts: StreamAppend[],
): Promise<AppendResult[]> {
  const outcome = (await firstMessage(APPEND_WORKER, { filename, pragmas, parts })) as { results: AppendResult[] } | { error: PostedError };
  if ('results' in outcome) return outcome.results;
  throw revived(outcome.error);
}
