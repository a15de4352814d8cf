import path from 'node:path';
import type { ChainScan, ChainScanRequest } from '../chain';
import { joinScans, split, type ScanRange } from '../chain-scan';
import { runInWorker } from '../worker-thread';
import { scanRange, sqliteLinkBefore } from './chain-scan';
import { guard, type SqliteContext } from './connection';
import { quickCheck } from './quick-check';

/** The worker modules that check a file (quick-check-worker.ts) and verify one range of its chain (chain-scan-worker.ts). */
const QUICK_CHECK_WORKER = path.join(__dirname, 'quick-check-worker');
const CHAIN_SCAN_WORKER = path.join(__dirname, 'chain-scan-worker');

/** A worker's failure as the connection's own would be: a damaged file is the port's unavailability. */
const asOwn = (context: SqliteContext, error: unknown): never =>
  guard(context.db, () => {
    throw error;
  });

/**
 * SQLite's quick_check and the stream rows' check (quickCheck). On a file it runs in a worker
 * thread on its own read-only connection: it reads the whole file (over a second for a national
 * store), and meanwhile the start-up goes on with its other work on the main thread.
 */
export async function checkIntegrity(context: SqliteContext): Promise<string[]> {
  if (context.filename === ':memory:') return guard(context.db, () => quickCheck(context.db));
  return runInWorker<string[]>(QUICK_CHECK_WORKER, { filename: context.filename }).catch((error: unknown) => asOwn(context, error));
}

/**
 * The chain verified from the rows' bytes, up to `head`. With `workers` the range is split across
 * that many threads, each with its own read-only connection (a file only): the links are
 * independent given the stored link before each part.
 */
export async function scanChain(context: SqliteContext, head: number, request: ChainScanRequest): Promise<ChainScan> {
  const { start, workers } = request;
  const { db, filename } = context;
  const ranges = guard(db, () =>
    split(start?.position ?? 0, head, Math.max(1, workers)).map(([after, to]): ScanRange | null => {
      const from = sqliteLinkBefore(db, after, start);
      return from && { from, to, checkpointType: request.checkpointType, keptPositions: request.keptPositions };
    }),
  );
  if (filename === ':memory:' || workers === 0)
    return joinScans(
      guard(db, () => ranges.map((range) => range && scanRange(db, range))),
      start,
    );
  const scans = ranges.map((range) => (range ? runInWorker<ChainScan>(CHAIN_SCAN_WORKER, { filename, range }) : Promise.resolve(null)));
  return joinScans(await Promise.all(scans).catch((error: unknown) => asOwn(context, error)), start);
}
