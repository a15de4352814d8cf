import { Worker } from 'node:worker_threads';

/**
 * The built service runs the compiled worker; the tests run the TypeScript sources, which a
 * worker can only load through the same compiler the tests use.
 */
const fromSources = __filename.endsWith('.ts');

/** Runs an adapter's worker module (its path without the extension) in a thread of its own; resolves with the first message it posts. */
export function firstMessage(worker: string, workerData: Record<string, unknown>): Promise<unknown> {
  const file = `${worker}${fromSources ? '.ts' : '.js'}`;
  return new Promise((resolve, reject) => {
    const thread = fromSources
      ? new Worker(`require('@swc-node/register'); require(${JSON.stringify(file)});`, { eval: true, workerData })
      : new Worker(file, { workerData });
    thread.once('message', resolve);
    thread.once('error', reject);
  });
}
