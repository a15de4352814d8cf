import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { loadDemo } from '../../src/demo/load-demo';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { migrate } from '../../src/ops/migrate';
import { exited, spawnTs } from '../support/spawn';

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

    const first = await output(spawnTs('src/cli/migrate.ts', ['--from', `sqlite:${from}`, '--to', `sqlite:${to}`]));
    expect(first.text).toContain(`OK: copied ${head} events (0 were there already)`);
    expect(first.code).toBe(0);

    const [a, b] = [new SqliteEventStore(from), new SqliteEventStore(to)];
    expect(await b.readAll()).toEqual(await a.readAll());
    await a.append('unit-late', [{ id: randomUUID(), type: 'Written', data: {}, metadata: {} }], 'no_stream');
    const resumed = await migrate(a, b);
    expect(resumed).toMatchObject({ alreadyThere: head, copied: 1, firstDifference: null, verification: { ok: true } });
    await Promise.all([a.close(), b.close()]);
  });

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
    const usage = await output(spawnTs('src/cli/migrate.ts', ['--from', 'sqlite::memory:']));
    expect(usage).toMatchObject({ code: 2, text: expect.stringContaining('Usage: npm run migrate -- --from') });
    const wrong = await output(spawnTs('src/cli/migrate.ts', ['--from', 'sqlite::memory:', '--to', 'mongodb://x']));
    expect(wrong).toMatchObject({ code: 2, text: expect.stringContaining('THIDUA_STORE "mongodb://x" is not supported') });
  });
});
