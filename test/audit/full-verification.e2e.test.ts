import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CHECKPOINT_STREAM, type SignedCheckpoint } from '../../src/audit/checkpoint';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { startService } from '../support/service';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-full-verification-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const REGISTER = 'mutation($id: ID!, $name: String!) { registerUnit(input: { unitId: $id, name: $name, level: REGIONAL }) { position } }';

describe('the whole chain is verified after every start, not only the part after the last checkpoint', () => {
  it('an edit before the last signed checkpoint, made while the service was stopped: read-only after one full pass, writes refused, not ready', async () => {
    const file = path.join(dir, 'thidua.db');
    const env = { THIDUA_STORE: `sqlite:${file}`, THIDUA_CHECKPOINT_EVERY: '5' };
    const first = await startService(env);
    for (let i = 10; i < 22; i += 1)
      expect((await first.gql(REGISTER, { id: `u${i}`, name: `Viện kiểm sát nhân dân khu vực ${i}` })).errors).toBeUndefined();
    await first.stop();

    const store = new SqliteEventStore(file, { readonly: true });
    const lastSigned = ((await store.readStream(CHECKPOINT_STREAM)).at(-1)!.data as SignedCheckpoint).position;
    const [victim] = (await store.readAll()).filter((event) => event.type === 'UnitRegistered' && event.position < lastSigned - 5);
    await store.close();
    expect(victim).toBeDefined();
    const db = new Database(file);
    const edited = db.prepare("UPDATE events SET data = replace(data, 'khu vực 1', 'khu vực 7') WHERE position = ?").run(victim.position);
    db.close();
    expect(edited.changes).toBe(1);

    const second = await startService(env);
    try {
      const readiness = await fetch(`${second.base}/readyz`);
      expect(readiness.status).toBe(503);
      const body = (await readiness.json()) as { status: string; reasons: string[]; lastFullVerification: { problem: string } };
      expect(body.status).toBe('not ready');
      expect(body.reasons[0]).toContain(`writes refused: chuỗi kiểm toán bị phá vỡ tại vị trí ${victim.position}`);
      expect(body.lastFullVerification.problem).toContain(`vị trí ${victim.position}`);
      const refused = await second.gql(REGISTER, { id: 'moi', name: 'Viện kiểm sát nhân dân khu vực mới' });
      expect(refused.errors![0].extensions!.code).toBe('STORE_READ_ONLY');
      expect(refused.errors![0].message).toContain(`vị trí ${victim.position}`);
      expect(second.logs()).toContain('the full verification of the audit chain failed');
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('an edit made while the service runs is found by the next periodic pass', async () => {
    const file = path.join(dir, 'periodic', 'thidua.db');
    const service = await startService({ THIDUA_STORE: `sqlite:${file}`, THIDUA_FULL_VERIFICATION_EVERY_SECONDS: '1' });
    try {
      for (let i = 10; i < 15; i += 1)
        expect((await service.gql(REGISTER, { id: `u${i}`, name: `Viện kiểm sát nhân dân khu vực ${i}` })).errors).toBeUndefined();
      const db = new Database(file);
      expect(db.prepare("UPDATE events SET data = replace(data, 'khu vực 1', 'khu vực 7') WHERE position = 2").run().changes).toBe(1);
      db.close();
      const deadline = Date.now() + 10_000;
      let readiness: Response;
      while ((readiness = await fetch(`${service.base}/readyz`)).status === 200 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(((await readiness.json()) as { reasons: string[] }).reasons[0]).toContain(
        'writes refused: chuỗi kiểm toán bị phá vỡ tại vị trí 2',
      );
      const refused = await service.gql(REGISTER, { id: 'moi', name: 'Viện kiểm sát nhân dân khu vực mới' });
      expect(refused.errors![0].extensions!.code).toBe('STORE_READ_ONLY');
    } finally {
      await service.stop();
    }
  }, 60_000);
});
