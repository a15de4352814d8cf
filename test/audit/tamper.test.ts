import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { Checkpointer } from '../../src/audit/checkpointer';
import { loadAuditKey } from '../../src/audit/signing-key';
import { pagesOf, verifyLog } from '../../src/audit/verify-log';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-tamper-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const EVENTS = 12;

/** A store of EVENTS events over three streams, closed, so the test can edit the file underneath. */
async function storeFile(): Promise<string> {
  const file = path.join(dir, `${randomUUID()}.db`);
  const store = new SqliteEventStore(file);
  for (let i = 0; i < EVENTS; i += 1)
    await store.append(`unit-${i % 3}`, [{ id: randomUUID(), type: 'Scored', data: { points: 1000 + i, note: 'điểm' }, metadata: { actor: { id: 'a' } } }], 'any');
  await store.close();
  return file;
}

async function verify(file: string) {
  const store = new SqliteEventStore(file);
  const report = await verifyLog(pagesOf((after) => store.readAll({ after, maxCount: 5 })), null);
  await store.close();
  return report;
}

function tamper(file: string, sql: string, ...params: unknown[]): void {
  const db = new Database(file);
  db.prepare(sql).run(...params);
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
  ])('detects an edit of %s', async (_what, sql) => {
    const file = await storeFile();
    tamper(file, sql, 7);
    expect((await verify(file)).firstBreak).toMatchObject({ position: 7, problem: 'HASH_MISMATCH' });
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
    for (let i = 0; i < 10; i += 1)
      await store.append('s', [{ id: randomUUID(), type: 'E', data: { i }, metadata: {} }], 'any');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await checkpointer.stop();
    const report = await verifyLog(pagesOf((after) => store.readAll({ after })), key.publicKey);
    expect(report).toMatchObject({ ok: true, checkpointsVerified: 2 });
    const firstCheckpoint = (await store.readStream('audit-checkpoints'))[0];
    expect(firstCheckpoint.data).toMatchObject({ trigger: 'every 5 events', keyId: key.keyId, headHash: expect.any(String) });

    const other = loadAuditKey(null);
    const forged = await verifyLog(pagesOf((after) => store.readAll({ after })), other.publicKey);
    expect(forged.checkpointProblem).toMatchObject({ position: firstCheckpoint.position });
    await store.close();
  });
});
