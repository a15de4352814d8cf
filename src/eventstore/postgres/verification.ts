import path from 'node:path';
import type { ChainScan, ChainScanRequest } from '../chain';
import { joinScans, split, type ScanRange } from '../chain-scan';
import { runInWorker } from '../worker-thread';
import { postgresLinkBefore, scanRange } from './chain-scan';
import type { PgConnection } from './connection';
import { threadSettings } from './pg-types';

/** The worker module that verifies one range of the log (chain-scan-worker.ts). */
const CHAIN_SCAN_WORKER = path.join(__dirname, 'chain-scan-worker');

/** The ranges `workers` threads share (at least one), each with the link it starts from; null where that row is missing. */
function rangesOf(connection: PgConnection, head: number, request: ChainScanRequest): Promise<(ScanRange | null)[]> {
  const { start, workers, checkpointType, keptPositions } = request;
  return connection.withClient(connection.reads, async (client) => {
    const parts: (ScanRange | null)[] = [];
    for (const [after, to] of split(start?.position ?? 0, head, Math.max(1, workers))) {
      const from = await postgresLinkBefore(client, connection.tables, after, start);
      parts.push(from && { from, to, checkpointType, keptPositions });
    }
    return parts;
  });
}

/**
 * Verifies the chain from the bytes stored (link format 3 keeps the canonical text the link
 * covers): each row is hashed as read, without a JSON parse. With workers, the log is split into
 * ranges, each scanned by a worker thread on its own connection.
 */
export async function scanChain(connection: PgConnection, head: number, request: ChainScanRequest): Promise<ChainScan> {
  const ranges = await rangesOf(connection, head, request);
  if (request.workers === 0)
    return connection.withClient(connection.reads, async (client) => {
      const scans: (ChainScan | null)[] = [];
      for (const range of ranges) scans.push(range && (await scanRange(client, connection.tables, range)));
      return joinScans(scans, request.start);
    });
  const data = { config: threadSettings(connection.config), tables: connection.tables };
  const scans = ranges.map((range) => (range ? runInWorker<ChainScan>(CHAIN_SCAN_WORKER, { ...data, range }) : Promise.resolve(null)));
  try {
    return joinScans(await Promise.all(scans), request.start);
  } catch (error) {
    throw connection.translate(error);
  }
}

/** PostgreSQL checks its own pages; what the adapter can check is that the head row agrees with the log. */
export async function checkIntegrity(connection: PgConnection): Promise<string[]> {
  const { head, events } = connection.tables;
  const [row] = await connection.read<{ head: number; last: number | null }>(
    `SELECT (SELECT position FROM ${head}) AS head, (SELECT max(position) FROM ${events}) AS last`,
  );
  const last = row.last ?? 0;
  return row.head === last ? [] : [`the head row says position ${row.head}, the log ends at ${last}`];
}
