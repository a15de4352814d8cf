import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { eventStoreContract } from './event-store-contract';

eventStoreContract('SQLite in memory', async () => new SqliteEventStore(':memory:'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

eventStoreContract('SQLite file', async () => new SqliteEventStore(path.join(dir, `${randomUUID()}.db`)));

describe('SQLite file store', () => {
  it('creates its folder, runs in WAL mode with synchronous=FULL, and keeps events across reopening', async () => {
    const file = path.join(dir, 'nested', 'deeper', 'thidua.db');
    const store = new SqliteEventStore(file);
    await store.append('unit-a', [{ id: randomUUID(), type: 'A', data: { n: 1 }, metadata: {} }], 'no_stream');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await store.close();

    const reopened = new SqliteEventStore(file);
    expect(await reopened.readStream('unit-a')).toHaveLength(1);
    expect(await reopened.headPosition()).toBe(1);
    await reopened.close();
  });

  it('refuses work once closed, with a clear error', async () => {
    const store = new SqliteEventStore(':memory:');
    await store.close();
    await expect(store.readAll()).rejects.toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
  });
});
