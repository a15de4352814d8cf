import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChainScan } from '../chain';
import type { ScanRange } from './chain-scan';

/**
 * The built service runs the compiled worker; the tests run the TypeScript sources, which a
 * worker can only load through the same compiler the tests use.
 */
const fromSources = __filename.endsWith('.ts');
const WORKER = path.join(__dirname, `chain-scan-worker${fromSources ? '.ts' : '.js'}`);

/** Scans one range of the store at `filename` in a worker thread. */
export function scanInWorker(filename: string, range: ScanRange): Promise<ChainScan> {
  return new Promise((resolve, reject) => {
    const worker = fromSources
      ? new Worker(`require('@swc-node/register'); require(${JSON.stringify(WORKER)});`, { eval: true, workerData: { filename, range } })
      : new Worker(WORKER, { workerData: { filename, range } });
    worker.once('message', (outcome: { scan: ChainScan } | { error: { code?: string; message: string } }) =>
      'scan' in outcome ? resolve(outcome.scan) : reject(Object.assign(new Error(outcome.error.message), { code: outcome.error.code })),
    );
    worker.once('error', reject);
  });
}
