import type { StoreConfig } from '../config';
import { openStore } from '../eventstore/open-store';
import { writeExport } from './export-format';
import { loadAuditKey } from './signing-key';
import { pagesOf } from './verify-log';

/**
 * Writes a store's log as NDJSON: a header line, then every event with its chain links and the
 * signed checkpoints, up to the head at the start. Safe beside the running service: SQLite's WAL
 * gives this reader a consistent view while the service writes.
 */
export async function exportStore(store: StoreConfig, dataDir: string | null, file: string) {
  const source = await openStore(store);
  try {
    const key = loadAuditKey(dataDir);
    const head = await source.headPosition();
    const events = pagesOf(async (after) => (after >= head ? [] : source.readAll({ after, maxCount: Math.min(5000, head - after) })));
    const header = {
      format: 'thidua-audit-export' as const,
      version: 1 as const,
      exportedAt: new Date().toISOString(),
      headPosition: head,
      keyId: key.keyId,
      publicKey: key.publicKeyPem,
    };
    return { events: await writeExport(file, header, events), head, keyId: key.keyId };
  } finally {
    await source.close();
  }
}
