import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { EventStoreFullError } from '../../src/eventstore/errors';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { Role } from '../../src/kernel/actor';
import { registerUnit } from '../../src/unit/handlers';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { startService } from '../support/service';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-disk-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const big = (n: number) =>
  Array.from({ length: n }, () => ({ id: randomUUID(), type: 'Big', data: { blob: 'x'.repeat(8000) }, metadata: {} }));

describe('a full disk', () => {
  it('refuses the append whole with EVENT_STORE_FULL, and keeps what was there', async () => {
    const store = new SqliteEventStore(path.join(dir, 'full.db'), { pragmas: { max_page_count: 60 } });
    let error: unknown;
    for (let i = 0; i < 100 && !error; i += 1) await store.append('s', big(1), 'any').catch((e) => (error = e));
    expect(error).toBeInstanceOf(EventStoreFullError);
    expect(error).toMatchObject({ code: 'EVENT_STORE_FULL', message: expect.stringMatching(/đầy/) });
    const head = await store.headPosition();
    const before = await store.readAll();
    await expect(store.append('s', big(3), 'any')).rejects.toBeInstanceOf(EventStoreFullError);
    expect(await store.headPosition()).toBe(head);
    expect(await store.readAll()).toEqual(before);
    expect(await store.checkIntegrity()).toEqual([]);
    await store.close();
  });
});

/**
 * Forty units written through the command handlers with no checkpoint signed yet (a service
 * would sign one at shutdown, and start-up checks the chain from the last one), so the start-up
 * check covers the whole chain.
 */
async function storeWithEvents(name: string): Promise<string> {
  const file = path.join(dir, name, 'thidua.db');
  const store = new SqliteEventStore(file);
  const actor = { id: 'test', name: null, role: Role.ADMIN, unitId: null, clusterId: null };
  for (let i = 0; i < 40; i += 1)
    await registerUnit(
      store,
      {
        unitId: `u${i}`,
        name: `Viện kiểm sát nhân dân khu vực ${i} ${'x'.repeat(250)}`,
        shortName: null,
        level: UnitLevel.REGIONAL,
        parentUnitId: null,
      },
      { actor, commandId: `c${i}`, correlationId: `c${i}`, causationId: `c${i}` },
    );
  await store.close();
  return file;
}

describe('a damaged store found at start-up', () => {
  it('a broken chain: reads go on, every write is refused saying where, readiness says why', async () => {
    const file = await storeWithEvents('chain');
    const db = new Database(file);
    // Found by its content: a registration writes more than one event, so positions do not say which is u7's.
    const { position } = db.prepare(`SELECT position FROM events WHERE stream = 'unit-u7' AND type = 'UnitRegistered'`).get() as {
      position: number;
    };
    expect(
      db
        .prepare(`UPDATE events SET data = replace(data, 'khu vực 7 ', 'khu vực 8 ') WHERE position = ? AND data LIKE '%khu vực 7 %'`)
        .run(position).changes,
    ).toBe(1);
    db.close();

    const service = await startService({ THIDUA_STORE: `sqlite:${file}` });
    expect((await service.gql('{ units { id } }')).data!.units).toHaveLength(40);
    const response = await service.gql('mutation { registerUnit(input: { unitId: "moi", name: "Mới", level: REGIONAL }) { position } }');
    expect(response.errors![0].extensions!.code).toBe('STORE_READ_ONLY');
    expect(response.errors![0].message).toMatch(new RegExp(`chỉ cho đọc.*vị trí ${position}\\b`));
    const ready = await fetch(`${service.base}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reasons: string[] }).reasons[0]).toMatch(new RegExp(`writes refused.*vị trí ${position}\\b`));
    await service.stop();
  });

  it('a corrupted file: the service refuses to write or to start, and says why', async () => {
    const file = await storeWithEvents('file');
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    let reason: string;
    try {
      const app = await createApp(loadConfig({ THIDUA_STORE: `sqlite:${file}` }));
      reason = app.store.readOnlyReason ?? '';
      await expect(app.store.append('x', big(1), 'any')).rejects.toMatchObject({ code: 'STORE_READ_ONLY' });
      await app.close();
    } catch (error) {
      expect(error).toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
      reason = (error as Error).message;
    }
    expect(reason).toMatch(/hỏng|malformed|corrupt|phá vỡ|cannot be used/i);
  });
});
