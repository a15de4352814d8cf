import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createApp } from '../../src/app';
import { pagesOf, verifyLog } from '../../src/audit/verify-log';
import { loadConfig } from '../../src/config';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { exited, spawnProgram } from '../support/spawn';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const event = (i: number) => ({ id: randomUUID(), type: 'Written', data: { i }, metadata: {} });

describe('backup and restore of the embedded store', () => {
  it('takes a consistent online copy while writes go on (npm run backup), and a restored copy starts and verifies', async () => {
    const live = path.join(dir, 'live', 'thidua.db');
    const app = await createApp(loadConfig({ THIDUA_STORE: `sqlite:${live}` }));
    for (let i = 0; i < 200; i += 1) await app.store.append(`s-${i % 5}`, [event(i)], 'any');

    let writing = true;
    const writer = (async () => {
      for (let i = 200; writing; i += 1) {
        await app.store.append(`s-${i % 5}`, [event(i), event(i)], 'any');
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const copy = path.join(dir, 'backups', 'thidua-backup.db');
    const cli = spawnProgram('src/cli/backup.ts', [copy], { THIDUA_STORE: `sqlite:${live}` });
    let output = '';
    cli.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    expect(await exited(cli)).toBe(0);
    writing = false;
    await writer;
    expect(output).toMatch(/backed up \d+ events/);
    const liveHead = await app.store.headPosition();
    await app.close();

    // Restore: the copy becomes the store of a fresh data directory.
    const restoredDir = path.join(dir, 'restored');
    fs.mkdirSync(restoredDir);
    fs.copyFileSync(copy, path.join(restoredDir, 'thidua.db'));
    fs.copyFileSync(path.join(dir, 'live', 'audit-signing-key.pem'), path.join(restoredDir, 'audit-signing-key.pem'));
    const restored = await createApp(loadConfig({ THIDUA_STORE: `sqlite:${path.join(restoredDir, 'thidua.db')}` }));
    expect(restored.store.readOnlyReason).toBeNull();
    const head = await restored.store.headPosition();
    expect(head).toBeGreaterThanOrEqual(200);
    expect(head).toBeLessThanOrEqual(liveHead);
    const report = await verifyLog(
      pagesOf((after) => restored.store.readAll({ after, maxCount: 5000 })),
      restored.auditKey.publicKey,
    );
    expect(report).toMatchObject({ ok: true, checkedEvents: head });
    await restored.store.append('after-restore', [event(0)], 'no_stream');
    await restored.close();

    const check = new SqliteEventStore(copy);
    expect(await check.checkIntegrity()).toEqual([]);
    await check.close();
  }, 60_000);

  it('refuses to overwrite an existing file', async () => {
    const file = path.join(dir, 'exists.db');
    fs.writeFileSync(file, 'x');
    const cli = spawnProgram('src/cli/backup.ts', [file], { THIDUA_STORE: `sqlite:${path.join(dir, 'live', 'thidua.db')}` });
    let error = '';
    cli.stderr!.on('data', (chunk: Buffer) => (error += chunk.toString()));
    expect(await exited(cli)).toBe(1);
    expect(error).toMatch(/exists already/);
  });
});
