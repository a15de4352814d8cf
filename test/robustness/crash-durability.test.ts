import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createApp } from '../../src/app';
import { pagesOf, verifyLog } from '../../src/audit/verify-log';
import { loadConfig } from '../../src/config';
import { STORE_TARGETS } from '../support/store-targets';
import { exited, jsonLines, spawnProgram } from '../support/spawn';

const KILLS = Number(process.env.CRASH_KILLS ?? 10);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-crash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Ack {
  batch: string;
  size: number;
  position: number;
}

describe.each(STORE_TARGETS)(`crash durability on %s: SIGKILL at random moments, ${KILLS} times`, (_name, create) => {
  it('keeps every acknowledged batch, whole; the storage and the chain verify; the service restarts', async () => {
    const target = await create();
    const acknowledged: Ack[] = [];
    for (let kill = 0; kill < KILLS; kill += 1) {
      const child = spawnProgram('test/robustness/children/crash-appender.ts', [target.address, `w${kill}`]);
      const acks = jsonLines(child) as Ack[];
      // Kill only once the child is appending, at a random moment within its stream of appends.
      while (acks.length === 0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 120));
      child.kill('SIGKILL');
      await exited(child);
      acknowledged.push(...acks);

      const store = await target.open();
      const events = await store.readAll();
      const byBatch = new Map<string, number>();
      for (const event of events) {
        const { batch, size } = event.data as { batch: string; size: number };
        byBatch.set(batch, (byBatch.get(batch) ?? 0) + 1);
        expect(size).toBeGreaterThan(0);
      }
      for (const ack of acknowledged) expect(byBatch.get(ack.batch)).toBe(ack.size);
      for (const event of events) expect(byBatch.get((event.data as { batch: string }).batch)).toBe((event.data as { size: number }).size);
      expect(await store.checkIntegrity()).toEqual([]);
      const report = await verifyLog(
        pagesOf((after) => store.readAll({ after, maxCount: 5000 })),
        null,
      );
      expect(report).toMatchObject({ ok: true, checkedEvents: events.length });
      await store.close();
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);

    // SQLite's full check reads every page and index (quick_check, run above, skips the indexes' contents).
    const file = /^sqlite:(.+)$/.exec(target.address)?.[1];
    if (file) {
      const db = new Database(file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
    const app = await createApp(loadConfig({ THIDUA_STORE: target.address, THIDUA_DATA_DIR: dir }));
    expect(app.store.readOnlyReason).toBeNull();
    expect(app.runner.processedPosition).toBe(await app.store.headPosition());
    await app.close();
    await target.drop();
  }, 300_000);
});
