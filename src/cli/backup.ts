import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { SqliteEventStore } from '../eventstore/sqlite/sqlite-event-store';

/**
 * `npm run backup -- <file>`: a consistent copy of the embedded store while the service runs,
 * through SQLite's online backup API. Restore: stop the service, replace the store file with the
 * copy (removing its -wal and -shm files), start the service.
 */
async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) {
    console.error('Usage: npm run backup -- <file>   (backs up the store named by THIDUA_STORE)');
    process.exit(2);
  }
  const config = loadConfig(process.env, ['--no-demo']);
  if (config.store.kind !== 'sqlite')
    throw new Error(
      'npm run backup copies the embedded SQLite store; back up KurrentDB with its own tools (file-copy backup of its data folder)',
    );
  if (config.store.filename === ':memory:') throw new Error('an in-memory store has nothing to back up');
  if (!fs.existsSync(config.store.filename)) throw new Error(`no store at ${config.store.filename}`);
  if (fs.existsSync(target)) throw new Error(`${target} exists already: choose a new file name`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const store = new SqliteEventStore(config.store.filename);
  try {
    await store.backup(target);
    console.log(`backed up ${await store.headPosition()} events from ${config.store.filename} to ${target}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
