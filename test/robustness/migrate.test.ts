import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { loadDemo } from '../../src/demo/load-demo';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { migrate } from '../../src/ops/migrate';
import { createTestDatabase } from '../support/postgres';
import { exited, spawnProgram } from '../support/spawn';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-migrate-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function output(child: ChildProcess): Promise<{ code: number | null; text: string }> {
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { code: await exited(child), text };
}

describe('migrating a store (npm run migrate)', () => {
  it('copies the demo store verbatim, verifies the copy, and resumes after what the target holds', async () => {
    const from = path.join(dir, 'source.db');
    const to = path.join(dir, 'target.db');
    const source = new SqliteEventStore(from);
    await loadDemo(source);
    const head = await source.headPosition();
    await source.close();

    const first = await output(spawnProgram('src/cli/migrate.ts', ['--from', `sqlite:${from}`, '--to', `sqlite:${to}`]));
    expect(first.text).toContain(`OK: copied ${head} events (0 were there already)`);
    expect(first.code).toBe(0);

    const [a, b] = [new SqliteEventStore(from), new SqliteEventStore(to)];
    expect(await b.readAll()).toEqual(await a.readAll());
    await a.append('unit-late', [{ id: randomUUID(), type: 'Written', data: {}, metadata: {} }], 'no_stream');
    const resumed = await migrate(a, b);
    expect(resumed).toMatchObject({ alreadyThere: head, copied: 1, firstDifference: null, verification: { ok: true } });
    await Promise.all([a.close(), b.close()]);
  });

  it('copies SQLite into PostgreSQL and back, verbatim with the chain', async () => {
    const from = path.join(dir, 'to-postgres.db');
    const back = path.join(dir, 'from-postgres.db');
    const source = new SqliteEventStore(from);
    await loadDemo(source);
    const head = await source.headPosition();
    await source.close();
    const database = await createTestDatabase();
    try {
      const there = await output(spawnProgram('src/cli/migrate.ts', ['--from', `sqlite:${from}`, '--to', database.url]));
      expect(there.text).toContain(`OK: copied ${head} events (0 were there already)`);
      const home = await output(spawnProgram('src/cli/migrate.ts', ['--from', database.url, '--to', `sqlite:${back}`]));
      expect(home.text).toContain(`OK: copied ${head} events (0 were there already)`);
      expect([there.code, home.code]).toEqual([0, 0]);
      const [original, postgres, roundTrip] = [
        new SqliteEventStore(from),
        await PostgresEventStore.connect(database.url),
        new SqliteEventStore(back),
      ];
      const events = await original.readAll();
      expect(await postgres.readAll()).toEqual(events);
      expect(await roundTrip.readAll()).toEqual(events);
      await Promise.all([original.close(), postgres.close(), roundTrip.close()]);
    } finally {
      await database.drop();
    }
  }, 120_000);

  it('refuses a target holding other events, and writes nothing into it', async () => {
    const source = new SqliteEventStore(':memory:');
    const other = new SqliteEventStore(':memory:');
    await source.append('unit-a', [{ id: randomUUID(), type: 'Written', data: { n: 1 }, metadata: {} }], 'no_stream');
    await other.append('unit-b', [{ id: randomUUID(), type: 'Written', data: { n: 2 }, metadata: {} }], 'no_stream');
    await expect(migrate(source, other)).rejects.toThrow(/not the start of this source: migrate into an empty store/);
    expect(await other.headPosition()).toBe(1);
    await Promise.all([source.close(), other.close()]);
  });

  it('says how to call it when an address is missing, and names a wrong one', async () => {
    const usage = await output(spawnProgram('src/cli/migrate.ts', ['--from', 'sqlite::memory:']));
    expect(usage).toMatchObject({ code: 2, text: expect.stringContaining('Usage: npm run migrate -- --from') });
    const wrong = await output(spawnProgram('src/cli/migrate.ts', ['--from', 'sqlite::memory:', '--to', 'mongodb://x']));
    expect(wrong).toMatchObject({ code: 2, text: expect.stringContaining('THIDUA_STORE "mongodb://x" is not supported') });
  });
});
