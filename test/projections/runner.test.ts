import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { EMPTY_CHAIN } from '../../src/eventstore/chain';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import type { RecordedEvent } from '../../src/eventstore/port';
import { ProjectionRunner } from '../../projections/runner';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-runner-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const event = (n: number) => ({ id: randomUUID(), type: 'Written', data: { n }, metadata: {} });

describe('projection runner', () => {
  it('verifies each event after the verified head before any read model sees it, and stops at a broken link', async () => {
    const file = path.join(dir, 'store.db');
    const store = new SqliteEventStore(file);
    await store.append('unit-a', [event(1), event(2), event(3)], 'no_stream');
    // Another process (or an intruder) rewrites position 3 behind the service's back.
    const db = new Database(file);
    db.prepare('UPDATE events SET data = \'{"n":30}\' WHERE position = 3').run();
    db.close();

    const applied: number[] = [];
    const failures: unknown[] = [];
    const runner = new ProjectionRunner(
      store,
      [{ name: 'probe', apply: (e: RecordedEvent) => void applied.push(e.position) }],
      (error) => failures.push(error),
      EMPTY_CHAIN,
    );
    await expect(runner.start()).rejects.toMatchObject({ code: 'READ_MODEL_FAILED', cause: { code: 'CHAIN_BROKEN', position: 3 } });
    expect(applied).toEqual([1, 2]);
    expect(failures).toHaveLength(1);
    await runner.stop();
    await store.close();
  });

  it('does not re-hash events at or before the head the start-up check verified', async () => {
    const store = new SqliteEventStore(':memory:');
    await store.append('unit-a', [event(1), event(2)], 'no_stream');
    const [, second] = await store.readAll();
    const applied: number[] = [];
    const runner = new ProjectionRunner(store, [{ name: 'probe', apply: (e: RecordedEvent) => void applied.push(e.position) }], undefined, {
      position: 2,
      hash: second.metadata.hash as string,
    });
    await runner.start();
    await store.append('unit-a', [event(3)], 1);
    await runner.waitFor(3, 2000);
    expect(applied).toEqual([1, 2, 3]);
    await runner.stop();
    await store.close();
  });

  it('replays what a running start-up check covers, and applies later events only once it verified the chain up to them', async () => {
    const file = path.join(dir, 'pending-check.db');
    const store = new SqliteEventStore(file);
    await store.append('unit-a', [event(1), event(2), event(3)], 'no_stream');
    const [, second] = await store.readAll();
    const db = new Database(file);
    db.prepare('UPDATE events SET data = \'{"n":30}\' WHERE position = 3').run();
    db.close();

    let finishCheck: (head: { position: number; hash: string }) => void = () => undefined;
    const verifiedHead = new Promise<{ position: number; hash: string }>((resolve) => (finishCheck = resolve));
    const applied: number[] = [];
    const runner = new ProjectionRunner(store, [{ name: 'probe', apply: (e: RecordedEvent) => void applied.push(e.position) }], undefined, {
      checkedUpTo: 2,
      verifiedHead,
    });
    const started = runner.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(applied).toEqual([1, 2]);
    finishCheck({ position: 2, hash: second.metadata.hash as string });
    await expect(started).rejects.toMatchObject({ cause: { code: 'CHAIN_BROKEN', position: 3 } });
    expect(applied).toEqual([1, 2]);
    await runner.stop();
    await store.close();
  });
});
