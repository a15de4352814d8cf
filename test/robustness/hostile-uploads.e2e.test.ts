import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Role } from '../../src/kernel/actor';
import { registerUnit } from '../../src/unit/handlers';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { SHEET_LIMITS } from '../../src/spreadsheets/sheet-limits';
import { startService, type TestService } from '../support/service';
import { CLUSTER, openYear, registerCluster } from '../support/year-scenario';
import { xlsxWithRows, zipBombXlsx, zipWithoutWorkbook } from '../support/zip-bomb';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = 'Mã đơn vị,Mã tiêu chí,Giai đoạn,Điểm';

interface Answer {
  status: number;
  ms: number;
  body: any;
}

/** POSTs a score sheet. */
async function upload(service: TestService, body: Buffer | string, type: string, token?: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(service.url.replace('/graphql', `/imports/score-sheet/${CLUSTER}/2022`), {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, body: JSON.parse(text) };
}

/**
 * An upload that announces `body` but sends only its first `sent` bytes until `finish` is called:
 * an answer before `finish` proves the server decided without reading the body.
 */
function slowUpload(service: TestService, body: Buffer, sent: number, token?: string) {
  const url = new URL(service.url.replace('/graphql', `/imports/score-sheet/${CLUSTER}/2022`));
  const request = http.request(url, {
    agent: false,
    method: 'POST',
    headers: { 'content-type': 'text/csv', 'content-length': body.length, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString()) }));
    });
    request.on('error', reject);
  });
  // An aborted upload's answer is never awaited.
  answer.catch(() => undefined);
  request.write(body.subarray(0, sent));
  return { answer, finish: () => request.end(body.subarray(sent)), abort: () => request.destroy() };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);

/** A Prometheus gauge of the service, read over HTTP as an operator would. */
async function gauge(service: TestService, name: string): Promise<number> {
  const text = await (await fetch(`${service.base}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)![1]);
}

/** Polls /healthz until stopped: every answer's status and time. */
function watchHealth(service: TestService) {
  const answers: { status: number; ms: number }[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${service.base}/healthz`);
      await response.arrayBuffer();
      answers.push({ status: response.status, ms: performance.now() - started });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return async () => {
    running = false;
    await done;
    return answers;
  };
}

describe('hostile score sheet uploads: refused early and cheaply, the service keeps answering', () => {
  let service: TestService;
  let admin: string;
  let officer: (unit: string) => Promise<string>;
  /** Newest non-checkpoint position in the audit trail: read to show that a refusal wrote nothing. */
  const lastWrite = async () => {
    const edges = (await service.gql('{ auditTrail(first: 50) { edges { node { position type } } } }', {}, admin)).data!.auditTrail.edges;
    return edges.map((e: any) => e.node).find((n: any) => n.type !== 'CheckpointSigned').position as number;
  };

  let bomb: Buffer;
  let liar: Buffer;

  beforeAll(async () => {
    // Built before anything is measured: computing 2 GiB of checksums stalls this process for seconds.
    bomb = zipBombXlsx(2);
    liar = zipBombXlsx(2, 'a small lie');
    service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: '100000' });
    admin = await service.token('admin-upload', { role: Role.ADMIN, name: 'Quản trị' });
    officer = (unit) => service.token(`can-bo-${unit}`, { role: Role.UNIT_OFFICER, unit, name: `Cán bộ ${unit}` });
    await registerCluster(service);
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
  }, 120_000);
  afterAll(() => service.stop());

  it('checks the token and the right to import before reading the body', async () => {
    const auditor = await service.token('kiem-tra', { role: Role.AUDITOR });
    const body = Buffer.alloc(4 * 1024 * 1024, 'x');
    for (const [token, status, code] of [
      [undefined, 401, 'UNAUTHENTICATED'],
      [auditor, 403, 'FORBIDDEN'],
    ] as const) {
      const upload = slowUpload(service, body, 1024, token);
      const answer = await within(upload.answer, 5000).finally(upload.abort);
      expect({ status: answer.status, code: answer.body.errors[0].extensions.code }).toEqual({ status, code });
      expect(answer.body.errors[0].message).toMatch(/quyền|xác thực/);
    }
  });

  it('refuses a 2 GiB zip bomb (2 MB sent) before inflating it, two at once, and one that lies about its size; memory stays flat and /healthz keeps answering', async () => {
    expect(bomb.length).toBeLessThan(SHEET_LIMITS.bodyBytes);
    const before = { rss: await gauge(service, 'thidua_process_resident_memory_bytes'), head: await lastWrite() };
    const health = watchHealth(service);
    const [first, second] = await Promise.all([upload(service, bomb, XLSX, admin), upload(service, bomb, XLSX, await officer('tan-chau'))]);
    // A legal but long sheet (every row checked against the store) runs beside the lying bomb.
    const long = `${HEADER}\r\n${Array.from({ length: SHEET_LIMITS.rows - 10 }, (_, i) => `tan-chau,khong-co-${i},Tự chấm,1`).join('\r\n')}\r\n`;
    const [lying, checked] = await Promise.all([
      upload(service, liar, XLSX, await officer('tri-ton')),
      upload(service, long, 'text/csv', admin),
    ]);
    const answers = await health();
    const rss = await gauge(service, 'thidua_process_resident_memory_bytes');

    for (const refused of [first, second]) {
      expect(refused.status).toBe(413);
      expect(refused.body.errors[0]).toEqual({
        message: expect.stringMatching(/^Tệp quá lớn: bảng tính dung lượng sau khi giải nén vượt 20 MB/),
        extensions: { code: 'SHEET_TOO_LARGE', limit: 'unpackedBytes', max: SHEET_LIMITS.unpackedBytes },
      });
    }
    // A part bigger than its headers declare is cut off at the declared size.
    expect(lying.status).toBe(400);
    expect(lying.body.errors[0].extensions.code).toBe('UNREADABLE_SHEET');
    expect(lying.body.errors[0].message).toMatch(/khai báo sai kích thước/);

    expect(checked.status).toBe(422);
    expect(checked.body.errors[0].extensions.total).toBe(SHEET_LIMITS.rows - 10);

    const slowest = Math.max(...answers.map((a) => a.ms));
    console.log(
      `zip bombs refused in ${[first, second, lying].map((a) => Math.round(a.ms)).join(', ')} ms; ${SHEET_LIMITS.rows - 10} rows checked in ${Math.round(checked.ms)} ms; /healthz ${answers.length} answers, median ${Math.round(answers.map((a) => a.ms).sort((a, b) => a - b)[answers.length >> 1])} ms, slowest ${Math.round(slowest)} ms; RSS ${Math.round(before.rss / 2 ** 20)} → ${Math.round(rss / 2 ** 20)} MiB`,
    );
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    // Loose on purpose (a shared machine): the point is answers in ms, not the 30 s of 503s a bomb caused.
    expect(slowest).toBeLessThan(1000);
    expect(rss - before.rss).toBeLessThan(150 * 2 ** 20);
    expect(await lastWrite()).toBe(before.head);
  });

  it('refuses a body over 5 MB from its announced length, saying the limit', async () => {
    // The answer comes before the body is read, and the connection is then closed: a client still
    // writing (fetch) may see EPIPE instead of the answer, so this one reads the answer as it arrives.
    const upload = slowUpload(service, Buffer.alloc(SHEET_LIMITS.bodyBytes + 1, 'x'), 1024, admin);
    const answer = await within(upload.answer, 5000).finally(upload.abort);
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0]).toEqual({ message: 'Yêu cầu quá lớn: tối đa 5 MB.', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('refuses a 100,000-row CSV at the row limit, quickly, and says which limit', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `tan-chau,c${i},Tự chấm,1`).join('\r\n');
    const answer = await upload(service, `${HEADER}\r\n${rows}\r\n`, 'text/csv', admin);
    expect(answer.status).toBe(413);
    expect(answer.ms).toBeLessThan(5000);
    expect(answer.body.errors[0].extensions).toEqual({ code: 'SHEET_TOO_LARGE', limit: 'rows', max: SHEET_LIMITS.rows });
    expect(answer.body.errors[0].message).toMatch(/có hơn 5\.000 dòng/);
  });

  it('refuses a sheet with too many cells', async () => {
    const wide = Array.from({ length: 1000 }, () => 'x').join(',');
    const rows = Array.from({ length: 200 }, () => `tan-chau,c1,Tự chấm,1,${wide}`).join('\r\n');
    const answer = await upload(service, `${HEADER}\r\n${rows}\r\n`, 'text/csv', admin);
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: 'SHEET_TOO_LARGE', limit: 'cells' });
  });

  it('lists the first 100 row problems and the total, in a small answer', async () => {
    const head = await lastWrite();
    const rows = Array.from({ length: 3000 }, (_, i) => `tan-chau,c${i},Hôm nay,1`).join('\r\n');
    const answer = await upload(service, `${HEADER}\r\n${rows}\r\n`, 'text/csv', admin);
    expect(answer.status).toBe(422);
    const error = answer.body.errors[0];
    expect(error.extensions.code).toBe('INVALID_SHEET');
    expect(error.extensions.total).toBe(3000);
    expect(error.extensions.rows).toHaveLength(SHEET_LIMITS.listedProblems);
    expect(error.extensions.rows[0]).toEqual({ row: 2, code: 'INVALID_STAGE', reason: expect.stringContaining('Hôm nay') });
    expect(error.message).toMatch(/3000 dòng có lỗi; liệt kê 100 dòng đầu/);
    expect(JSON.stringify(answer.body).length).toBeLessThan(30_000);
    expect(await lastWrite()).toBe(head);
  });

  it('refuses a zip with no workbook, a sheet with no data rows, a sheet with no points, and bytes that are no sheet', async () => {
    const head = await lastWrite();
    const cases: [Buffer | string, string, number, string][] = [
      [zipWithoutWorkbook(), XLSX, 400, 'NO_WORKBOOK'],
      [xlsxWithRows([['Mẫu nhập điểm'], ['Mã đơn vị', 'Mã tiêu chí', 'Giai đoạn', 'Điểm']]), XLSX, 400, 'EMPTY_SHEET'],
      [
        xlsxWithRows([
          ['Mã đơn vị', 'Mã tiêu chí', 'Giai đoạn', 'Điểm'],
          ['tan-chau', 'c1', 'Tự chấm'],
        ]),
        XLSX,
        400,
        'EMPTY_SHEET',
      ],
      [`${HEADER}\r\n`, 'text/csv', 400, 'EMPTY_SHEET'],
      [Buffer.from('PK\u0003\u0004 không phải tệp nén'), XLSX, 400, 'UNREADABLE_SHEET'],
    ];
    for (const [body, type, status, code] of cases) {
      const answer = await upload(service, body, type, admin);
      expect({ status: answer.status, code: answer.body.errors[0].extensions.code }).toEqual({ status, code });
      expect(answer.body.errors[0].message).toMatch(/[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    }
    // The same sheet with a point in it is read and recorded: the refusals above are about the files.
    const good = await upload(
      service,
      xlsxWithRows([
        ['Mã đơn vị', 'Mã tiêu chí', 'Giai đoạn', 'Điểm'],
        ['tan-chau', 'c1', 'Tự chấm', '12.5'],
      ]),
      XLSX,
      admin,
    );
    expect(good.body).toMatchObject({ recorded: 1 });
    expect(await lastWrite()).toBeGreaterThan(head);
  });

  it(`runs one import per caller and at most ${SHEET_LIMITS.concurrentImports} in all; a finished one frees its place`, async () => {
    const [an, tri, chau] = [await officer('an-phu'), await officer('tinh-bien'), await officer('chau-doc')];
    const first = slowUpload(service, Buffer.from(`${HEADER}\r\nan-phu,c2,Tự chấm,20\r\n`), 10, an);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await upload(service, `${HEADER}\r\nan-phu,c3,Tự chấm,10\r\n`, 'text/csv', an);
    expect(again.status).toBe(429);
    expect(again.body.errors[0].extensions.code).toBe('IMPORT_IN_PROGRESS');
    expect(again.body.errors[0].message).toMatch(/đang có một lần nhập bảng điểm chưa xong/);

    const second = slowUpload(service, Buffer.from(`${HEADER}\r\ntinh-bien,c2,Tự chấm,20\r\n`), 10, tri);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const third = await upload(service, `${HEADER}\r\nchau-doc,c2,Tự chấm,20\r\n`, 'text/csv', chau);
    expect(third.status).toBe(503);
    expect(third.body.errors[0].extensions.code).toBe('IMPORTS_BUSY');

    first.finish();
    expect(await first.answer).toMatchObject({ status: 200, body: { recorded: 1 } });
    second.abort();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await upload(service, `${HEADER}\r\nchau-doc,c2,Tự chấm,20\r\n`, 'text/csv', chau)).body).toMatchObject({ recorded: 1 });
    expect((await upload(service, `${HEADER}\r\nan-phu,c3,Tự chấm,10\r\n`, 'text/csv', an)).body).toMatchObject({ recorded: 1 });
  });
});

describe('an import into a read-only store', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-upload-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers STORE_READ_ONLY with the reason, before reading the body', async () => {
    const file = path.join(dir, 'thidua.db');
    const store = new SqliteEventStore(file);
    const actor = { id: 'test', name: null, role: Role.ADMIN, unitId: null, clusterId: null };
    for (let i = 0; i < 3; i += 1)
      await registerUnit(
        store,
        { unitId: `u${i}`, name: `Don vi ${i}`, shortName: null, level: UnitLevel.REGIONAL, parentUnitId: null },
        { actor, commandId: `c${i}`, correlationId: `c${i}`, causationId: `c${i}` },
      );
    await store.close();
    const db = new Database(file);
    const { position } = db.prepare(`SELECT position FROM events WHERE data LIKE '%Don vi 1%' ORDER BY position LIMIT 1`).get() as {
      position: number;
    };
    db.prepare(`UPDATE events SET data = replace(data, 'Don vi 1', 'Don vi 9') WHERE position = ?`).run(position);
    db.close();

    const service = await startService({ THIDUA_STORE: `sqlite:${file}` });
    try {
      const admin = await service.token('admin-ro', { role: Role.ADMIN });
      const upload = slowUpload(service, Buffer.alloc(1024 * 1024, 'x'), 1024, admin);
      const answer = await within(upload.answer, 5000).finally(upload.abort);
      expect(answer.status).toBe(503);
      expect(answer.body.errors[0].extensions.code).toBe('STORE_READ_ONLY');
      expect(answer.body.errors[0].message).toMatch(new RegExp(`chỉ cho đọc.*vị trí ${position}`));
    } finally {
      await service.stop();
    }
  });
});
