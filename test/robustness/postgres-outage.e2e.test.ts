import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mutate, retryWhileUnavailable } from '../support/mutations';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startService, type TestService } from '../support/service';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { runToExit } from '../support/spawn';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-outage-'));
let database: TestDatabase;
let proxy: TcpProxy;
let service: TestService | undefined;
afterAll(async () => {
  await service?.stop().catch(() => undefined);
  await proxy?.close();
  await database?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const UNITS = '{ units(search: "") { id name } }';
const register = (unitId: string) => mutate(service!, 'registerUnit', { unitId, name: `Đơn vị ${unitId}`, level: 'REGIONAL' });

describe('the service on PostgreSQL when the server is away', () => {
  it('stops at start-up with one clear line when nothing answers', async () => {
    const { code, lines } = await runToExit('src/main.ts', {
      NODE_ENV: 'development',
      THIDUA_STORE: 'postgres://thidua@127.0.0.1:1/thidua',
      THIDUA_DATA_DIR: dir,
      PORT: '0',
    });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 60,
      msg: expect.stringMatching(
        /^Không mở được kho sự kiện: Cannot use PostgreSQL at postgres:\/\/thidua@127\.0\.0\.1:1\/thidua: .*ECONNREFUSED/,
      ),
    });
  }, 60_000);

  it('refuses writes with EVENT_STORE_UNAVAILABLE while the server is away, keeps answering reads, and recovers by itself', async () => {
    database = await createTestDatabase();
    proxy = await startTcpProxy(Number(new URL(database.url).port || 5432));
    const url = new URL(database.url);
    url.port = String(proxy.port);
    const env = { THIDUA_STORE: url.toString(), THIDUA_DATA_DIR: dir };
    service = await startService(env);
    expect((await register('truoc-su-co')).errors).toBeUndefined();
    // Read back (waiting for the read models) before the outage: what they hold is what must stay readable.
    expect((await service.gql(UNITS)).data!.units).toHaveLength(1);

    await proxy.down();
    const refused = await register('trong-su-co');
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'EVENT_STORE_UNAVAILABLE' },
      message: expect.stringContaining('tạm thời không phục vụ'),
    });
    const read = await service.gql(UNITS);
    expect(read.errors).toBeUndefined();
    expect(read.data!.units.map((u: { id: string }) => u.id)).toEqual(['Unit:truoc-su-co']);
    expect((await fetch(`${service.base}/readyz`)).status).toBe(503);

    await proxy.up();
    const again = await retryWhileUnavailable(() => register('sau-su-co'), 20_000);
    expect(again.errors).toBeUndefined();
    // The read models follow again: the write made after the outage is read back.
    const after = await service.gql(UNITS);
    expect(after.data!.units.map((u: { id: string }) => u.id).sort()).toEqual(['Unit:sau-su-co', 'Unit:truoc-su-co']);
    await service.stop();
    service = undefined;
  }, 120_000);
});
