import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { ChainVerifier } from '../../src/eventstore/chain';
import { WrongExpectedRevisionError } from '../../src/eventstore/errors';
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
  it('refuses a file of the first layout (stream names in the unique index) at open and leaves it as it was', async () => {
    const file = path.join(dir, 'layout-1.db');
    const source = new SqliteEventStore(':memory:');
    await source.append('unit-a', [{ id: randomUUID(), type: 'A', data: { n: 1 }, metadata: {} }], 'no_stream');
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
    const before = fs.readFileSync(file);

    for (const readonly of [false, true])
      expect(() => new SqliteEventStore(file, { readonly })).toThrow(
        expect.objectContaining({
          code: 'STORE_NEEDS_UPGRADE',
          message: expect.stringContaining(`npm run migrate -- --from sqlite:${file}`),
        }),
      );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file of the one layout whose first event is in an older link format, and one of a newer layout', async () => {
    const file = path.join(dir, 'first-event-old.db');
    const store = new SqliteEventStore(file);
    await store.append('unit-a', [{ id: randomUUID(), type: 'A', data: {}, metadata: { actor: { id: 'a' } } }], 'no_stream');
    await store.close();
    const db = new Database(file);
    const { metadata } = db.prepare('SELECT metadata FROM events WHERE position = 1').get() as { metadata: string };
    const { linkFormat: _format, ...formatTwo } = JSON.parse(metadata) as Record<string, unknown>;
    db.prepare('UPDATE events SET metadata = ? WHERE position = 1').run(JSON.stringify({ ...formatTwo, linkFormat: 2 }));
    db.close();
    expect(() => new SqliteEventStore(file)).toThrow(expect.objectContaining({ code: 'STORE_NEEDS_UPGRADE' }));

    const newer = path.join(dir, 'newer.db');
    await new SqliteEventStore(newer).close();
    const later = new Database(newer);
    later.pragma('user_version = 4');
    later.close();
    expect(() => new SqliteEventStore(newer)).toThrow(/newer version \(layout 4, this one knows 3\)/);
  });

  it('writes a large append from a worker thread: whole, linked, delivered, after what came before it and before what came meanwhile', async () => {
    const file = path.join(dir, 'large-write.db');
    const store = new SqliteEventStore(file);
    const delivered: number[] = [];
    const subscription = store.subscribeToAll(
      0,
      (event) => void delivered.push(event.position),
      () => undefined,
    );
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: randomUUID(), type: 'E', data: { i }, metadata: {} }));
    const before = await store.append('before', many(1), 'no_stream');
    const large = store.appendMany([
      { stream: 'sheet-a', events: many(600), expected: 'no_stream' },
      { stream: 'sheet-b', events: many(600), expected: 'no_stream' },
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    const meanwhile = store.append('meanwhile', many(1), 'no_stream');
    expect(await large).toEqual([
      { nextRevision: 599, position: before.position + 600 },
      { nextRevision: 599, position: before.position + 1200 },
    ]);
    expect((await meanwhile).position).toBe(before.position + 1201);
    const refused = await store
      .appendMany([{ stream: 'sheet-a', events: many(1000), expected: 'no_stream' }])
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WrongExpectedRevisionError);
    expect(refused).toMatchObject({ stream: 'sheet-a', expected: 'no_stream', actual: 599 });
    expect(await store.readStream('sheet-b')).toHaveLength(600);
    const verifier = new ChainVerifier();
    for (const e of await store.readAll({ maxCount: 5000 })) expect(verifier.check(e)).toBeNull();
    expect(verifier.head.position).toBe(before.position + 1201);
    const deadline = Date.now() + 5000;
    while (delivered.length < 1202 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(delivered).toEqual(Array.from({ length: 1202 }, (_, i) => i + 1));
    await subscription.close();
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
