import { exportStore } from '../audit/export-store';
import { loadConfig } from '../config';

/** `npm run export -- <file.ndjson>`: the log of the store named by THIDUA_STORE, for offline verification. */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run export -- <file.ndjson>   (reads the store named by THIDUA_STORE)');
    process.exit(2);
  }
  const config = loadConfig();
  const { events, head, keyId } = await exportStore(config.store, config.dataDir, file);
  console.log(`exported ${events} events (head position ${head}) to ${file}; checkpoints signed by key ${keyId}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
