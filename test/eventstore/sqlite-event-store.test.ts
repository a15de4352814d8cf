import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { ChainVerifier } from '../../src/eventstore/chain';
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

describe('SQLite store layout', () => {
  it('brings a file of the first layout (stream names in the unique index) up to date, keeping every event and the chain', async () => {
    const file = path.join(dir, 'layout-1.db');
    const source = new SqliteEventStore(':memory:');
    await source.append('unit-a', [{ id: randomUUID(), type: 'A', data: { n: 1 }, metadata: {} }], 'no_stream');
    await source.append(
      'unit-b',
      [
        { id: randomUUID(), type: 'B', data: {}, metadata: {} },
        { id: randomUUID(), type: 'C', data: {}, metadata: {} },
      ],
      'no_stream',
    );
    await source.append('unit-a', [{ id: randomUUID(), type: 'D', data: {}, metadata: {} }], 0);
    const events = await source.readAll();
    await source.close();

    const old = new Database(file);
    old.exec(`CREATE TABLE events (
      position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL, revision INTEGER NOT NULL,
      type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL, hash TEXT NOT NULL,
      UNIQUE (stream, revision))`);
    const insert = old.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const e of events)
      insert.run(
        e.position,
        e.id,
        e.stream,
        e.revision,
        e.type,
        JSON.stringify(e.data),
        JSON.stringify(e.metadata),
        e.recordedAt,
        e.metadata.hash,
      );
    old.close();

    const store = new SqliteEventStore(file);
    expect(await store.readAll()).toEqual(events);
    expect((await store.readStream('unit-a')).map((e) => e.type)).toEqual(['A', 'D']);
    await expect(store.append('unit-a', [{ id: randomUUID(), type: 'E', data: {}, metadata: {} }], 0)).rejects.toMatchObject({ actual: 1 });
    const next = await store.append('unit-a', [{ id: randomUUID(), type: 'E', data: {}, metadata: {} }], 1);
    expect(next).toEqual({ nextRevision: 2, position: 5 });
    const verifier = new ChainVerifier();
    for (const e of await store.readAll()) expect(verifier.check(e)).toBeNull();
    await store.close();
  });

  it('sees appends another connection made to a stream it has already read', async () => {
    const file = path.join(dir, 'two-connections.db');
    const [mine, theirs] = [new SqliteEventStore(file), new SqliteEventStore(file)];
    await mine.append('unit-a', [{ id: randomUUID(), type: 'A', data: {}, metadata: {} }], 'no_stream');
    expect(await mine.readStream('unit-a', 1)).toEqual([]);
    await theirs.append('unit-a', [{ id: randomUUID(), type: 'B', data: {}, metadata: {} }], 0);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await mine.readStream('unit-a', 1)).map((e) => e.type)).toEqual(['B']);
    await Promise.all([mine.close(), theirs.close()]);
  });
});
