import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { pagesOf, verifyLog, verifyStore } from '../../src/audit/verify-log';
import { verifyTarget } from '../../src/audit/verify-target';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { format2StoreFile } from '../support/format-2-store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-format2-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const OLD = 7;

const rows = (file: string) => {
  const db = new Database(file, { readonly: true });
  const all = db.prepare('SELECT * FROM events ORDER BY position').all();
  const layout = db.pragma('user_version', { simple: true });
  db.close();
  return { all, layout };
};

async function appendNew(file: string, count: number): Promise<void> {
  const store = new SqliteEventStore(file);
  for (let i = 0; i < count; i += 1)
    await store.append(
      'unit-0',
      [{ id: randomUUID(), type: 'Scored', data: { points: i, b: 1, a: [2] }, metadata: { actor: { id: 'b' } } }],
      'any',
    );
  await store.close();
}

/** Every way of verifying the file, which must agree. */
async function verifyAllWays(file: string) {
  const store = new SqliteEventStore(file, { readonly: true });
  const inOrder = await verifyLog(
    pagesOf((after) => store.readAll({ after, maxCount: 4 })),
    null,
  );
  expect(await verifyStore(store, null, { workers: 0 })).toEqual(inOrder);
  await store.close();
  expect((await verifyTarget(file, null, [], 2)).report).toEqual(inOrder);
  return inOrder;
}

describe('a file written before link format 3', () => {
  it('verifies as written, read-only, without being migrated', async () => {
    const file = path.join(dir, `${randomUUID()}.db`);
    await format2StoreFile(file, OLD);
    expect(await verifyAllWays(file)).toMatchObject({ ok: true, checkedEvents: OLD, head: { position: OLD } });
    expect(rows(file).layout).toBe(2);
  });

  it('is migrated in place at start: old events keep their bytes and format, new ones are format 3, and the whole chain verifies', async () => {
    const file = path.join(dir, `${randomUUID()}.db`);
    await format2StoreFile(file, OLD);
    const before = rows(file).all;
    await appendNew(file, 5);
    const after = rows(file);
    expect(after.layout).toBe(3);
    expect(after.all.slice(0, OLD)).toEqual(before);
    const newest = after.all.at(-1) as { data: string; metadata: string };
    // The stored bytes are the canonical JSON the link covers: keys sorted, the link last.
    expect(newest.data).toBe('{"a":[2],"b":1,"points":4}');
    expect(newest.metadata).toMatch(/^\{"linkFormat":3,"actor":\{"id":"b"\},"prevHash":"[0-9a-f]{64}","hash":"[0-9a-f]{64}"\}$/);
    expect(await verifyAllWays(file)).toMatchObject({ ok: true, checkedEvents: OLD + 5 });
  });

  it.each([3, OLD + 2])('finds an edit at position %p, on either side of the change of format', async (position) => {
    const file = path.join(dir, `${randomUUID()}.db`);
    await format2StoreFile(file, OLD);
    await appendNew(file, 5);
    const db = new Database(file);
    db.prepare(`UPDATE events SET data = replace(data, '1', '3') WHERE position = ?`).run(position);
    db.close();
    expect((await verifyAllWays(file)).firstBreak).toMatchObject({ position, problem: 'HASH_MISMATCH' });
  });
});
