import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { loadDemo } from '../../src/demo/load-demo';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { createTestDatabase } from '../support/postgres';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pg-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('backing up and restoring the PostgreSQL store (pg_dump / pg_restore, as docs/operations.md says)', () => {
  it('restores every event and the chain while writes go on; the service starts on the copy and accepts writes', async () => {
    const [live, restored] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      const store = await PostgresEventStore.connect(live.url);
      await loadDemo(store);
      // Appends keep coming while pg_dump runs: its snapshot must still be a consistent prefix.
      let writing = true;
      const writer = (async () => {
        for (let i = 0; writing; i += 1)
          await store.append(`during-backup-${i % 3}`, [{ id: randomUUID(), type: 'Written', data: { i }, metadata: {} }], 'any');
      })();
      const dump = path.join(dir, 'thidua.dump');
      await run('pg_dump', ['--format=custom', '--schema=thidua', `--file=${dump}`, live.url]);
      writing = false;
      await writer;
      await run('pg_restore', [`--dbname=${restored.url}`, dump]);

      const copy = await PostgresEventStore.connect(restored.url);
      const copied = await copy.readAll();
      expect(copied.length).toBeGreaterThan(0);
      expect(copied).toEqual(await store.readAll({ maxCount: copied.length }));
      await Promise.all([store.close(), copy.close()]);

      const app = await createApp(loadConfig({ THIDUA_STORE: restored.url, THIDUA_DATA_DIR: dir }));
      expect(app.store.readOnlyReason).toBeNull();
      expect(app.runner.processedPosition).toBe(copied.length);
      const next = await app.store.append('after-restore', [{ id: randomUUID(), type: 'Written', data: {}, metadata: {} }], 'no_stream');
      expect(next.position).toBe(copied.length + 1);
      await app.close();
    } finally {
      await Promise.all([live.drop(), restored.drop()]);
    }
  }, 120_000);
});
