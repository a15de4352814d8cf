import { loadAuditKey } from '../audit/signing-key';
import { writeExport } from '../audit/export-format';
import { pagesOf } from '../audit/verify-log';
import { loadConfig } from '../config';
import { openStore } from '../eventstore/open-store';

/**
 * `npm run export -- <file>`: writes the store named by THIDUA_STORE as NDJSON (a header line, then
 * every event with its chain links and the signed checkpoints), for offline verification. Safe
 * while the service runs: SQLite's WAL lets this read a consistent snapshot beside the writer.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run export -- <file.ndjson>   (reads the store named by THIDUA_STORE)');
    process.exit(2);
  }
  const config = loadConfig();
  const store = await openStore(config.store);
  const key = loadAuditKey(config.dataDir);
  const head = await store.headPosition();
  const events = pagesOf(async (after) => (after >= head ? [] : store.readAll({ after, maxCount: Math.min(5000, head - after) })));
  const count = await writeExport(
    file,
    { format: 'thidua-audit-export', version: 1, exportedAt: new Date().toISOString(), headPosition: head, keyId: key.keyId, publicKey: key.publicKeyPem },
    events,
  );
  await store.close();
  console.log(`exported ${count} events (head position ${head}) to ${file}; public key id ${key.keyId}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
