import { Worker } from 'node:worker_threads';
import type { ChainScan } from './chain';

/**
 * The built service runs the compiled worker; the tests run the TypeScript sources, which a
 * worker can only load through the same compiler the tests use.
 */
const fromSources = __filename.endsWith('.ts');

/**
 * Runs one range of a chain scan in a worker thread: `worker` is an adapter's worker module
 * (its path without the extension), which posts `{ scan }` or `{ error }` once.
 */
export function scanInWorker(worker: string, workerData: Record<string, unknown>): Promise<ChainScan> {
  const file = `${worker}${fromSources ? '.ts' : '.js'}`;
  return new Promise((resolve, reject) => {
    const thread = fromSources
      ? new Worker(`require('@swc-node/register'); require(${JSON.stringify(file)});`, { eval: true, workerData })
      : new Worker(file, { workerData });
    thread.once('message', (outcome: { scan: ChainScan } | { error: { code?: string; message: string } }) =>
      'scan' in outcome ? resolve(outcome.scan) : reject(Object.assign(new Error(outcome.error.message), { code: outcome.error.code })),
    );
    thread.once('error', reject);
  });
}
