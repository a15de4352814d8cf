import type { ChainScan } from './chain';
import { firstMessage } from './worker-thread';

/**
 * Runs one range of a chain scan in a worker thread: `worker` is an adapter's worker module
 * (its path without the extension), which posts `{ scan }` or `{ error }` once.
 */
export async function scanInWorker(worker: string, workerData: Record<string, unknown>): Promise<ChainScan> {
  const outcome = (await firstMessage(worker, workerData)) as { scan: ChainScan } | { error: { code?: string; message: string } };
  if ('scan' in outcome) return outcome.scan;
  throw Object.assign(new Error(outcome.error.message), { code: outcome.error.code });
}
