import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mutate, retryWhileUnavailable } from '../support/mutations';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startService, type TestService } from '../support/service';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-hang-'));
let database: TestDatabase;
let proxy: TcpProxy;
let service: TestService | undefined;
afterAll(async () => {
  proxy?.thaw();
  await service?.stop().catch(() => undefined);
  await proxy?.close();
  await database?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const UNITS = '{ units(search: "") { id name } }';
const register = (unitId: string) => mutate(service!, 'registerUnit', { unitId, name: `Đơn vị ${unitId}`, level: 'REGIONAL' });
const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
};

/** The store's statements give up after THIDUA_POSTGRES_TIMEOUT_MS (3 s here); a write meets one of them, or a connect timeout (5 s) after it. */
const STATEMENT_TIMEOUT_MS = 3000;
const WRITE_BOUND_MS = 9500;

describe('the service on PostgreSQL when the server hangs (accepts, never answers)', () => {
  it('answers writes EVENT_STORE_UNAVAILABLE within a bound, keeps serving reads, and writes again once the server answers', async () => {
    database = await createTestDatabase();
    proxy = await startTcpProxy(Number(new URL(database.url).port || 5432));
    const url = new URL(database.url);
    url.port = String(proxy.port);
    service = await startService({
      THIDUA_STORE: url.toString(),
      THIDUA_DATA_DIR: dir,
      THIDUA_POSTGRES_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    });
    expect((await register('truoc-treo')).errors).toBeUndefined();
    expect((await service.gql(UNITS)).data!.units).toHaveLength(1);

    proxy.freeze();
    const [first, second] = await Promise.all([timed(() => register('trong-treo-1')), timed(() => register('trong-treo-2'))]);
    for (const write of [first, second]) {
      expect(write.value.errors![0]).toMatchObject({ extensions: { code: 'EVENT_STORE_UNAVAILABLE' } });
      expect(write.ms).toBeLessThan(WRITE_BOUND_MS);
    }
    // Reads are answered from the read models; the only wait is the shared rate-limit count giving up (1 s).
    const read = await timed(() => service!.gql(UNITS));
    expect(read.value.errors).toBeUndefined();
    expect(read.value.data!.units.map((u: { id: string }) => u.id)).toEqual(['Unit:truoc-treo']);
    expect(read.ms).toBeLessThan(3000);
    const again = await timed(() => register('trong-treo-3'));
    expect(again.value.errors![0].extensions!.code).toBe('EVENT_STORE_UNAVAILABLE');
    expect(again.ms).toBeLessThan(WRITE_BOUND_MS);

    proxy.thaw();
    const after = await retryWhileUnavailable(() => register('sau-treo'), 30_000);
    expect(after.errors).toBeUndefined();
    const units = await service.gql(UNITS);
    expect(units.data!.units.map((u: { id: string }) => u.id).sort()).toEqual(['Unit:sau-treo', 'Unit:truoc-treo']);
    await service.stop();
    service = undefined;
  }, 120_000);
});
