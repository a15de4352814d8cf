import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { ChainBrokenError, EventStoreFullError, EventStoreUnavailableError, WrongExpectedRevisionError } from './errors';

/**
 * The JavaScript of one of the project's modules (its path without the extension) for a worker
 * thread: beside it once built; running from the TypeScript sources (the tests), in the build the
 * test run made once (THIDUA_TEST_BUILD), so a thread starts in milliseconds instead of compiling
 * every file it loads for a second or more; else null, and the thread compiles as it loads.
 */
export function builtModule(modulePath: string): string | null {
  if (!__filename.endsWith('.ts')) return `${modulePath}.js`;
  const build = process.env.THIDUA_TEST_BUILD;
  // Running from the sources, this file is <project>/src/eventstore/worker-thread.ts.
  return build ? `${path.join(build, path.relative(path.resolve(__dirname, '../..'), modulePath))}.js` : null;
}

/**
 * Starts an adapter's worker module (its path without the extension, beside its caller) in a thread
 * of its own, from its JavaScript; TypeScript sources with no build beside them load through a
 * compiler registered in that thread (the one the tests use, @swc-node/register).
 */
export function startWorker(worker: string, workerData: Record<string, unknown>): Worker {
  const compiled = builtModule(worker);
  if (compiled) return new Worker(compiled, { workerData });
  return new Worker(`require('@swc-node/register'); require(${JSON.stringify(`${worker}.ts`)});`, { eval: true, workerData });
}

/** An error as a worker posts it: its class's name, message and own fields (a driver's `code`...). */
type PostedError = { name: string; message: string } & Record<string, unknown>;

/** What a one-answer worker posts (see `answer`). */
type Answer<T> = { result: T } | { error: PostedError };

/** The store's errors a caller tells apart by class: a worker's is revived as one. */
const KINDS: Record<string, { prototype: Error }> = {
  WrongExpectedRevisionError,
  EventStoreFullError,
  EventStoreUnavailableError,
  ChainBrokenError,
  RangeError,
};

const posted = (error: unknown): PostedError => {
  const { name, message } = error as Error;
  return { ...(error as object), name, message };
};

/** The error a worker posted, as an instance of its class again (same name, message and fields). */
const revived = (error: PostedError): Error => Object.assign(Object.create((KINDS[error.name] ?? Error).prototype) as Error, error);

/** Runs a worker module that answers once (see `answer`): resolves with its result, or fails with its error. */
export async function runInWorker<T>(worker: string, workerData: Record<string, unknown>): Promise<T> {
  const thread = startWorker(worker, workerData);
  const outcome = await new Promise<Answer<T>>((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
  });
  if ('result' in outcome) return outcome.result;
  throw revived(outcome.error);
}

/** In a worker module: posts what `work` gives, or the error it fails with, to the thread that started it. */
export function answer(work: () => unknown): void {
  const post = (outcome: Answer<unknown>) => parentPort!.postMessage(outcome);
  void Promise.resolve()
    .then(work)
    .then(
      (result) => post({ result }),
      (error: unknown) => post({ error: posted(error) }),
    );
}
