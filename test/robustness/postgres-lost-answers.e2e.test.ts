import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '../../src/kernel/actor';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startService, type GraphQLResponse, type TestService } from '../support/service';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-lost-answers-'));
let database: TestDatabase;
let toPostgres: TcpProxy;
let service: TestService;
let token: string;
beforeAll(async () => {
  database = await createTestDatabase();
  toPostgres = await startTcpProxy(Number(new URL(database.url).port || 5432));
  const url = new URL(database.url);
  url.port = String(toPostgres.port);
  service = await startService({ THIDUA_STORE: url.toString(), THIDUA_DATA_DIR: dir });
  token = await service.token('nhap-lieu', { role: Role.ADMIN, name: 'Nhập liệu' });
}, 60_000);
afterAll(async () => {
  await service?.stop().catch(() => undefined);
  await toPostgres?.close();
  await database?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const REGISTER = 'mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { commandId position eventTypes duplicate } }';

interface Answer extends GraphQLResponse {
  retryAfter: string | null;
}

/** Registers `unitId` under `commandId` through `base` (the service, or a relay in front of it): the HTTP answer as the client sees it. */
async function register(unitId: string, commandId: string, base = service.base): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: REGISTER, variables: { input: { unitId, name: `Đơn vị ${unitId}`, level: 'REGIONAL', commandId } } }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...((await response.json()) as object) };
}

/** Sends the write again, as a client told EVENT_STORE_UNAVAILABLE does, until it is answered otherwise. */
async function retried(unitId: string, commandId: string): Promise<Answer> {
  for (const deadline = Date.now() + 20_000; ; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const answer = await register(unitId, commandId);
    if (answer.errors?.[0].extensions?.code !== 'EVENT_STORE_UNAVAILABLE' || Date.now() > deadline) return answer;
  }
}

/** What the store holds of one command: its events' types, and the position of its last. */
async function recorded(commandId: string) {
  const events = (await service.store.readAll()).filter((event) => event.metadata.commandId === commandId);
  return { eventTypes: events.map((event) => event.type), position: events.at(-1)?.position };
}

/** The log's lines at `level` whose message starts with `start`. */
const logged = (level: number, start: string) =>
  service
    .logs()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number; msg: string })
    .filter((line) => line.level === level && line.msg.startsWith(start));

const WARN = 40;
const INFO = 30;

/** The retry answers what the store recorded of the command, as a repeat; the store holds the command's events once. */
async function expectAnsweredOnce(answer: Answer, commandId: string): Promise<void> {
  expect(answer.errors).toBeUndefined();
  const { eventTypes, position } = await recorded(commandId);
  expect(eventTypes.filter((type) => type === 'UnitRegistered')).toHaveLength(1);
  expect(answer.data!.registerUnit).toEqual({ commandId, position, eventTypes, duplicate: true });
}

describe('the service on PostgreSQL says an outage out loud, and a write whose answer was lost is retried safely', () => {
  it('answers writes refused in an outage 503 with Retry-After, and logs one warning when the store goes and one line when it is back', async () => {
    expect((await register('truoc-su-co', randomUUID())).errors).toBeUndefined();
    await toPostgres.down();
    const refusals = [];
    for (let i = 0; i < 3; i += 1) refusals.push(await register(`trong-su-co-${i}`, randomUUID()));
    for (const refused of refusals) {
      expect({ status: refused.status, retryAfter: refused.retryAfter, code: refused.errors![0].extensions!.code }).toEqual({
        status: 503,
        retryAfter: '5',
        code: 'EVENT_STORE_UNAVAILABLE',
      });
      expect(refused.errors![0].message).toMatch(/thử lại sau 5 giây/);
    }
    // /metrics answers during the outage, and shows it: the refusals as 503s, the store as unavailable.
    const metrics = await fetch(`${service.base}/metrics`);
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(Number(/thidua_http_requests_total\{route="\/graphql",status="503"\} (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/^thidua_store_available 0$/m);

    await toPostgres.up();
    const after = await retried('sau-su-co', randomUUID());
    expect({ status: after.status, errors: after.errors }).toEqual({ status: 200, errors: undefined });
    expect(logged(WARN, 'the event store is unavailable')).toHaveLength(1);
    expect(logged(INFO, 'the event store answers again')).toHaveLength(1);
  }, 60_000);

  it('a write committed in PostgreSQL whose answer never reached the service: 503, and the retry with the same commandId answers what was recorded, once', async () => {
    // A write just accepted: the next one takes the one-statement append, which commits on its own.
    expect((await register('truoc-do', randomUUID())).errors).toBeUndefined();
    const unitId = 'mat-tra-loi-tu-co-so-du-lieu';
    const commandId = randomUUID();
    const cut = toPostgres.loseAnswerTo((bytes) => bytes.includes('thidua-append-assumed') && bytes.includes(unitId));
    const first = await register(unitId, commandId);
    await cut;
    expect({ status: first.status, retryAfter: first.retryAfter, code: first.errors?.[0].extensions?.code }).toEqual({
      status: 503,
      retryAfter: '5',
      code: 'EVENT_STORE_UNAVAILABLE',
    });
    const retry = await retried(unitId, commandId);
    await expectAnsweredOnce(retry, commandId);
    expect(await register(unitId, commandId)).toEqual(retry);
  }, 60_000);

  it('a write whose answer to the client was cut after the request arrived: the retry with the same commandId answers what was recorded, once', async () => {
    const toService = await startTcpProxy(Number(new URL(service.base).port));
    try {
      const unitId = 'mat-tra-loi-tren-mang';
      const commandId = randomUUID();
      const cut = toService.loseAnswerTo((bytes) => bytes.includes(unitId));
      await expect(register(unitId, commandId, `http://127.0.0.1:${toService.port}`)).rejects.toThrow();
      await cut;
      const retry = await register(unitId, commandId, `http://127.0.0.1:${toService.port}`);
      await expectAnsweredOnce(retry, commandId);
    } finally {
      await toService.close();
    }
  }, 60_000);
});
