import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { Checkpointer } from '../../src/audit/checkpointer';
import { loadAuditKey } from '../../src/audit/signing-key';
import { pagesOf, verifyLog, verifyStore } from '../../src/audit/verify-log';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { appendScores, TAMPER_EVENTS, verifiedThreeWays } from '../support/tamper-log';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-tamper-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const EVENTS = TAMPER_EVENTS;

/** A store of EVENTS events over three streams, closed, so the test can edit the file underneath. */
async function storeFile(): Promise<string> {
  const file = path.join(dir, `${randomUUID()}.db`);
  const store = new SqliteEventStore(file);
  await appendScores(store);
  await store.close();
  return file;
}

/** The log verified the three ways there are (see verifiedThreeWays). */
async function verify(file: string) {
  const store = new SqliteEventStore(file);
  try {
    return await verifiedThreeWays(store);
  } finally {
    await store.close();
  }
}

function tamper(file: string, sql: string, ...params: unknown[]): void {
  const db = new Database(file);
  if (params.length > 0) db.prepare(sql).run(...params);
  else db.exec(sql);
  db.close();
}

describe('the audit chain detects tampering at its exact position', () => {
  it('accepts an untouched log', async () => {
    const report = await verify(await storeFile());
    expect(report).toMatchObject({ ok: true, checkedEvents: EVENTS, firstBreak: null, head: { position: EVENTS } });
  });

  it.each(Array.from({ length: EVENTS }, (_, i) => i + 1))('detects a one-byte edit of the data at position %p', async (position) => {
    const file = await storeFile();
    tamper(file, `UPDATE events SET data = replace(data, '10', '11') WHERE position = ?`, position);
    expect((await verify(file)).firstBreak).toMatchObject({ position, problem: 'HASH_MISMATCH' });
  });

  it.each([
    ['the type', `UPDATE events SET type = 'Scorad' WHERE position = ?`],
    ['the actor in the metadata', `UPDATE events SET metadata = replace(metadata, '"id":"a"', '"id":"b"') WHERE position = ?`],
    ['the recorded time', `UPDATE events SET recorded_at = replace(recorded_at, 'Z', '1Z') WHERE position = ?`],
    ['the stream', `UPDATE events SET stream = 'unit-9' WHERE position = ?`],
    ['the event id', `UPDATE events SET id = '00000000-0000-4000-8000-000000000000' WHERE position = ?`],
  ])('detects an edit of %s', async (_what, sql) => {
    const file = await storeFile();
    tamper(file, sql, 7);
    expect((await verify(file)).firstBreak).toMatchObject({ position: 7, problem: 'HASH_MISMATCH' });
  });

  it.each([
    [
      "an event moved to another stream's row",
      `INSERT INTO streams (name) VALUES ('unit-9'); UPDATE events SET stream_id = (SELECT stream_id FROM streams WHERE name = 'unit-9') WHERE position = 7`,
      7,
    ],
    ['a stream row renamed', `UPDATE streams SET name = 'unit-9' WHERE name = 'unit-0'`, 1],
  ])('detects %s (the row streams are read through, outside the chain): integrity check and stream reads', async (_what, sql, position) => {
    const file = await storeFile();
    tamper(file, sql);
    expect((await verify(file)).ok).toBe(true);
    const store = new SqliteEventStore(file, { readonly: true });
    expect(await store.checkIntegrity()).toEqual([
      expect.stringContaining(`sự kiện ở vị trí ${position} được xếp vào dòng luồng (stream_id) khác`),
    ]);
    const streams = ['unit-0', 'unit-1', 'unit-9'];
    const reads = await Promise.allSettled(streams.map((stream) => store.readStream(stream)));
    expect(
      reads.filter((read) => read.status === 'rejected' && (read.reason as { code: string }).code === 'CHAIN_BROKEN').length,
    ).toBeGreaterThan(0);
    await store.close();
  });

  it.each([1, 6, EVENTS])('detects a deleted event at position %p', async (position) => {
    const file = await storeFile();
    tamper(file, 'DELETE FROM events WHERE position = ?', position);
    const report = await verify(file);
    if (position === EVENTS) {
      // Removing the newest event leaves a valid shorter chain: only a signed checkpoint or a
      // published head can tell, which the checkpoint test below covers.
      expect(report.head.position).toBe(EVENTS - 1);
    } else expect(report.firstBreak).toMatchObject({ position, problem: 'MISSING_EVENT' });
  });

  it('detects a reordered pair at the first of the two positions', async () => {
    const file = await storeFile();
    const db = new Database(file);
    db.transaction(() => {
      db.prepare('UPDATE events SET position = -1 WHERE position = 5').run();
      db.prepare('UPDATE events SET position = 5 WHERE position = 6').run();
      db.prepare('UPDATE events SET position = 6 WHERE position = -1').run();
    })();
    db.close();
    expect((await verify(file)).firstBreak).toMatchObject({ position: 5 });
  });

  it('signs checkpoints every N events with the service key; a checkpoint under another key is refused', async () => {
    const file = path.join(dir, `${randomUUID()}.db`);
    const store = new SqliteEventStore(file);
    const key = loadAuditKey(dir);
    const checkpointer = new Checkpointer(store, key, 5, (error) => {
      throw error;
    });
    await checkpointer.start();
    for (let i = 0; i < 10; i += 1) await store.append('s', [{ id: randomUUID(), type: 'E', data: { i }, metadata: {} }], 'any');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await checkpointer.stop();
    const report = await verifyLog(
      pagesOf((after) => store.readAll({ after })),
      key.publicKey,
    );
    expect(report).toMatchObject({ ok: true, checkpointsVerified: 2 });
    expect(await verifyStore(store, key.publicKey, { workers: 0 })).toEqual(report);
    const firstCheckpoint = (await store.readStream('audit-checkpoints'))[0];
    expect(firstCheckpoint.data).toMatchObject({ trigger: 'every 5 events', keyId: key.keyId, headHash: expect.any(String) });

    const other = loadAuditKey(null);
    const forged = await verifyLog(
      pagesOf((after) => store.readAll({ after })),
      other.publicKey,
    );
    expect(forged.checkpointProblem).toMatchObject({ position: firstCheckpoint.position });
    expect(await verifyStore(store, other.publicKey, { workers: 0 })).toEqual(forged);
    await store.close();
  });
});
