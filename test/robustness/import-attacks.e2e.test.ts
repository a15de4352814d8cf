import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HEADER, importPath, largeSheet, openLargeYear, SHEET_CLUSTER, SHEET_UNITS, SHEET_YEAR } from '../../bench/lib/score-sheets';
import { Role } from '../../src/kernel/actor';
import { streams } from '../../src/kernel/streams';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { SHEET_LIMITS } from '../../src/spreadsheets/sheet-limits';
import { expectNothingAppendedSince, mutate, ok } from '../support/mutations';
import { startService, startServiceProcess, type TestService } from '../support/service';
import { exited } from '../support/spawn';
import { CLUSTER, openYear, registerCluster } from '../support/year-scenario';
import { xlsxWithRows } from '../support/zip-bomb';

/** 5 units × 999 criteria: the 4,995-row sheets of the report. */
const PER_UNIT = 999;
const ROWS = PER_UNIT * SHEET_UNITS.length;
const DRAIN_SECONDS = 4;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-import-attacks-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  body: any;
  retryAfter: string | null;
  /** Why no HTTP answer came (a reset connection): status is then 0. */
  failure?: string;
}

/** A sheet as a browser form sends it (fetch with FormData). */
function form(sheet: string | Buffer, filename = 'bang-diem.csv', type = 'text/csv'): FormData {
  const data = new FormData();
  data.append('file', new Blob([sheet], { type }), filename);
  return data;
}

/** Uploads a sheet to `route` (the large cluster year's unless told); a connection that ends without an answer is an answer too, with status 0. */
async function upload(
  base: string,
  token: string,
  body: FormData,
  options: { correlationId?: string; route?: string } = {},
): Promise<Answer> {
  const { correlationId, route = importPath } = options;
  try {
    const response = await fetch(`${base}${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...(correlationId ? { 'x-correlation-id': correlationId } : {}) },
      body,
    });
    return { status: response.status, body: await response.json(), retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    return { status: 0, body: null, retryAfter: null, failure: String((error as Error).cause ?? error) };
  }
}

/** The score events of each stage in the store, read after the service is gone: each sheet scores one stage. */
async function scoredByStage(file: string): Promise<Record<string, number>> {
  const store = new SqliteEventStore(file, { readonly: true });
  const counts: Record<string, number> = { SELF: 0, CLUSTER: 0 };
  try {
    for (let after = 0; ;) {
      const page = await store.readAll({ after, maxCount: 5000 });
      if (page.length === 0) return counts;
      for (const event of page) if (event.type === 'ScoreRecorded') counts[(event.data as { stage: string }).stage] += 1;
      after = page[page.length - 1].position;
    }
  } finally {
    await store.close();
  }
}

/** A service process (to be signalled) on a file of its own, with the large cluster year opened and two importing officers (ADMIN, so any unit and stage). */
async function largeYearService(name: string, env: Record<string, string> = {}) {
  const file = path.join(dir, name, 'thidua.db');
  const service = await startServiceProcess({ THIDUA_STORE: `sqlite:${file}`, THIDUA_RATE_LIMIT_PER_MINUTE: '100000', ...env });
  await openLargeYear((mutation, input) => ok(service, mutation, input), PER_UNIT);
  const officers = [await service.token('nhap-a', { role: Role.ADMIN }), await service.token('nhap-b', { role: Role.ADMIN })];
  return { service, file, officers };
}

async function importsStarted(service: TestService, count: number): Promise<void> {
  for (const deadline = Date.now() + 60_000; (service.logs().match(/score sheet import started/g) ?? []).length < count; await sleep(20))
    if (Date.now() > deadline) throw new Error(`fewer than ${count} imports started:\n${service.logs().slice(-3000)}`);
}

/** What a caller was told, and what the store holds of its sheet: recorded whole (200), or cancelled with nothing written (503). */
function expectWholeOrAbsent(answer: Answer, recorded: number) {
  if (answer.status === 200) {
    expect(answer.body).toMatchObject({ recorded: ROWS, corrected: 0, duplicate: false });
    expect(recorded).toBe(ROWS);
    return;
  }
  expect(answer).toMatchObject({ status: 503, retryAfter: '5', body: { errors: [{ extensions: { code: 'IMPORT_CANCELLED_SHUTDOWN' } }] } });
  expect(answer.body.errors[0].message).toMatch(/không có điểm nào của tệp được ghi/);
  expect(recorded).toBe(0);
}

/** The log lines that name a request abandoned by the stop. */
const abandonedLines = (logs: string) =>
  logs
    .split('\n')
    .filter((line) => line.includes('request abandoned by the shutdown'))
    .map((line) => JSON.parse(line) as { correlationId: string; callerId: string });

describe('a stop or a crash during score imports: each sheet is recorded whole or not at all', () => {
  it('SIGTERM during two concurrent 4,995-row uploads: each sheet whole or absent, each caller told which over HTTP, exit code and log to match', async () => {
    const { service, file, officers } = await largeYearService('sigterm');
    const answers = Promise.all(
      [largeSheet('Tự chấm', PER_UNIT), largeSheet('Cụm chấm', PER_UNIT)].map((sheet, i) =>
        upload(service.base, officers[i], form(sheet), { correlationId: `nhap-${i}` }),
      ),
    );
    await importsStarted(service, 2);
    await sleep(300);
    service.process.kill('SIGTERM');
    const [self, cluster] = await answers;
    const code = await exited(service.process);
    const counts = await scoredByStage(file);
    console.log(
      `SIGTERM mid-import: answers ${self.status}, ${cluster.status}; recorded SELF ${counts.SELF}, CLUSTER ${counts.CLUSTER}; exit ${code}`,
    );
    expectWholeOrAbsent(self, counts.SELF);
    expectWholeOrAbsent(cluster, counts.CLUSTER);
    const cancelled = [self, cluster].flatMap((answer, i) => (answer.status === 200 ? [] : [`nhap-${i}`]));
    expect(abandonedLines(service.logs()).map((line) => line.correlationId)).toEqual(cancelled);
    if (cancelled.length === 0) {
      expect(code).toBe(0);
      expect(service.logs()).toContain('stopped cleanly');
    } else {
      expect(code).not.toBe(0);
      expect(service.logs()).not.toContain('stopped cleanly');
    }
  }, 180_000);

  it('SIGTERM while a sheet is still arriving: cancelled when the stop bound comes, answered 503 IMPORT_CANCELLED_SHUTDOWN with nothing written; the complete one is recorded; exit non-zero, the log names the abandoned request', async () => {
    const { service, file, officers } = await largeYearService('held', { THIDUA_DRAIN_SECONDS: String(DRAIN_SECONDS) });
    const complete = upload(service.base, officers[0], form(largeSheet('Tự chấm', PER_UNIT)), { correlationId: 'nhap-day-du' });
    // The second caller's upload stops after its first 64 KB, as a slow uplink would, and goes on only once answered.
    const encoded = new Response(form(largeSheet('Cụm chấm', PER_UNIT)));
    const bytes = Buffer.from(await encoded.arrayBuffer());
    let resume!: () => void;
    const answered = new Promise<void>((resolve) => (resume = resolve));
    const held = fetch(`${service.base}${importPath}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${officers[1]}`,
        'content-type': encoded.headers.get('content-type'),
        'x-correlation-id': 'nhap-cham',
      },
      body: new ReadableStream({
        async start(controller) {
          controller.enqueue(bytes.subarray(0, 64 * 1024));
          await answered;
          controller.enqueue(bytes.subarray(64 * 1024));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    await importsStarted(service, 2);
    const signalled = Date.now();
    service.process.kill('SIGTERM');
    const response = await held;
    const waited = Date.now() - signalled;
    resume();
    const cancelled = { status: response.status, body: await response.json(), retryAfter: response.headers.get('retry-after') };
    const done = await complete;
    const code = await exited(service.process);
    const counts = await scoredByStage(file);
    console.log(`held upload answered ${cancelled.status} ${waited} ms after SIGTERM; the complete one ${done.status}; exit ${code}`);
    expect(done).toMatchObject({ status: 200, body: { recorded: ROWS } });
    expectWholeOrAbsent(cancelled, counts.CLUSTER);
    expect(cancelled.status).toBe(503);
    // Held to the configured drain, not to the default 10 s.
    expect(waited).toBeGreaterThanOrEqual(DRAIN_SECONDS * 1000 - 100);
    expect(waited).toBeLessThan(8000);
    expect(counts.SELF).toBe(ROWS);
    expect(code).not.toBe(0);
    expect(service.logs()).not.toContain('stopped cleanly');
    expect(abandonedLines(service.logs())).toEqual([expect.objectContaining({ correlationId: 'nhap-cham', callerId: 'nhap-b' })]);
  }, 180_000);

  it('SIGKILL during two concurrent imports, at the moment the first score reaches the store: each sheet whole or absent, and the store serves again', async () => {
    const { service, file, officers } = await largeYearService('sigkill');
    const answers = Promise.all(
      [largeSheet('Tự chấm', PER_UNIT), largeSheet('Cụm chấm', PER_UNIT)].map((sheet, i) => upload(service.base, officers[i], form(sheet))),
    );
    await importsStarted(service, 2);
    const scorecard = streams.scorecard(SHEET_CLUSTER, SHEET_YEAR, SHEET_UNITS[0]);
    for (const deadline = Date.now() + 120_000; (await service.store.readStream(scorecard)).length === 0; await sleep(5))
      if (Date.now() > deadline) throw new Error('no score was recorded');
    service.process.kill('SIGKILL');
    await exited(service.process);
    await answers;
    await service.store.close();
    const counts = await scoredByStage(file);
    console.log(`SIGKILL at the first recorded score: recorded SELF ${counts.SELF}, CLUSTER ${counts.CLUSTER}`);
    expect([0, ROWS]).toContain(counts.SELF);
    expect([0, ROWS]).toContain(counts.CLUSTER);
    // The store opens again after the crash: the service verifies its chain and serves, and the sheets read the same.
    const again = await startService({ THIDUA_STORE: `sqlite:${file}` });
    try {
      expect(((await (await fetch(`${again.base}/readyz`)).json()) as { status: string }).status).toBe('ready');
    } finally {
      await again.stop();
    }
    expect(await scoredByStage(file)).toEqual(counts);
  }, 240_000);
});

describe("score imports: the API's input rules, one command, and no cell that holds the service", () => {
  let service: TestService;
  let admin: string;
  const route = `/imports/score-sheet/${CLUSTER}/2022`;
  const send = (body: FormData, query = '') => upload(service.base, admin, body, { route: `${route}${query}` });

  beforeAll(async () => {
    service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: '100000' });
    admin = await service.token('admin-nhap', { role: Role.ADMIN, name: 'Quản trị' });
    await registerCluster(service);
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
  }, 120_000);
  afterAll(() => service.stop());

  it("refuses a row whose evidence or reason is over 2,000 characters with the mutation's own code and message, and writes nothing of the sheet", async () => {
    const long = 'x'.repeat(2001);
    const score = { clusterId: CLUSTER, year: 2022, unitId: 'tan-chau', criterionId: 'c2', stage: 'SELF', points: 10 };
    const evidence = (await mutate(service, 'recordScore', { ...score, evidence: long })).errors![0];
    const reason = (await mutate(service, 'correctScore', { ...score, unitId: 'tri-ton', reason: long })).errors![0];
    expect([evidence.extensions!.code, reason.extensions!.code]).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    const head = await service.store.headPosition();
    const sheet = `${HEADER}\r\ntan-chau,c1,Tự chấm,10,,\r\ntan-chau,c2,Tự chấm,10,${long},\r\ntri-ton,c2,Tự chấm,10,,${long}\r\n`;
    const answer = await send(form(sheet));
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0].extensions).toEqual({
      code: 'INVALID_SHEET',
      total: 2,
      rows: [
        { row: 3, code: 'BAD_USER_INPUT', reason: evidence.message, problems: evidence.extensions!.problems },
        { row: 4, code: 'BAD_USER_INPUT', reason: reason.message, problems: reason.extensions!.problems },
      ],
    });
    await expectNothingAppendedSince(service, head);
  });

  it('records a sheet as one command: the same command id and file answer the first result, another file under it is refused', async () => {
    const sheet = `${HEADER}\r\nan-phu,c1,Tự chấm,10,,\r\nan-phu,c2,Tự chấm,12.5,,\r\n`;
    const first = await send(form(sheet), '?commandId=bang-an-phu-1');
    expect(first).toMatchObject({ status: 200, body: { commandId: 'bang-an-phu-1', recorded: 2, corrected: 0, duplicate: false } });
    const head = await service.store.headPosition();
    expect(await send(form(sheet), '?commandId=bang-an-phu-1')).toMatchObject({
      status: 200,
      body: { commandId: 'bang-an-phu-1', recorded: 2, position: first.body.position, duplicate: true },
    });
    const other = await send(form(sheet.replace('12.5', '13')), '?commandId=bang-an-phu-1');
    expect(other).toMatchObject({ status: 422, body: { errors: [{ extensions: { code: 'IDEMPOTENCY_KEY_REUSED' } }] } });
    await expectNothingAppendedSince(service, head);
  });

  it('refuses a CSV with a 5 MB cell as soon as the cell passes the limit, before the rest is sent, while /healthz answers', async () => {
    const head = await service.store.headPosition();
    const encoded = new Response(form(`${HEADER}\r\ntan-chau,c3,Tự chấm,10,"${'x'.repeat(5_000_000)}",\r\n`, 'dai.csv'));
    const bytes = Buffer.from(await encoded.arrayBuffer());
    expect(bytes.length).toBeLessThan(SHEET_LIMITS.bodyBytes);
    const CHUNK = 8 * 1024;
    let sent = 0;
    let answered = false;
    const healthz: boolean[] = [];
    // Each slice of the upload goes once /healthz has answered: every answer came while the upload was under way.
    const body = new ReadableStream({
      async pull(controller) {
        if (sent >= bytes.length) return controller.close();
        if (sent > 0) healthz.push((await fetch(`${service.base}/healthz`)).ok && !answered);
        controller.enqueue(bytes.subarray(sent, sent + CHUNK));
        sent += CHUNK;
      },
    });
    const response = await fetch(`${service.base}${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': encoded.headers.get('content-type') },
      body,
      duplex: 'half',
    } as RequestInit);
    answered = true;
    const sentWhenAnswered = sent;
    console.log(
      `5 MB cell refused after ${sentWhenAnswered} of ${bytes.length} bytes; /healthz answered ${healthz.length} times meanwhile`,
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: unknown[] }).errors[0]).toEqual({
      message: expect.stringMatching(/^Tệp có một ô ở dòng 2, cột 5 dài hơn 32\.767 ký tự/),
      extensions: { code: 'CELL_TOO_LONG', limit: 'cellCharacters', max: SHEET_LIMITS.cellCharacters, row: 2, column: 5 },
    });
    expect(sentWhenAnswered).toBeLessThan(bytes.length / 4);
    expect(healthz.length).toBeGreaterThan(0);
    expect(healthz.every((answeredDuringUpload) => answeredDuringUpload)).toBe(true);
    await expectNothingAppendedSince(service, head);
  });

  it('refuses an .xlsx cell over 32,767 characters, in its row, and a 5 MB one while it is unpacked', async () => {
    const head = await service.store.headPosition();
    const header = ['Mã đơn vị', 'Mã tiêu chí', 'Giai đoạn', 'Điểm', 'Minh chứng'];
    const sheet = (evidence: string) => form(xlsxWithRows([header, ['tan-chau', 'c3', 'Tự chấm', '10', evidence]]), 'bang-diem.xlsx', XLSX);
    const long = await send(sheet('x'.repeat(40_000)));
    expect(long).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'CELL_TOO_LONG', row: 2, column: 5 } }] } });
    const huge = await send(sheet('x'.repeat(5_000_000)));
    expect(huge).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'CELL_TOO_LONG', limit: 'cellCharacters' } }] } });
    await expectNothingAppendedSince(service, head);
  });
});
