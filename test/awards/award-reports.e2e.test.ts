import ExcelJS from 'exceljs';
import { Role } from '../../src/kernel/actor';
import { exportCsv } from '../support/exports';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, openYear, registerCluster } from '../support/year-scenario';

const ADVANCED = 'lao-dong-tien-tien';
const COMMENDATION = 'giay-khen';
const CLUSTER_DOSSIER = { dossierId: 'hs-cum-2024' };
const COUNCIL_DOSSIER = { dossierId: 'hs-hd-ag-2024' };
const PERSON_DOSSIER = { dossierId: 'hs-gk-tri-ton-2024' };
const TAN_CHAU_2024 = 'Viện kiểm sát nhân dân thị xã Tân Châu';
const GROUNDS = 'Kê khai thành tích không đúng';
const unit = (id: string) => ({ kind: 'UNIT', id });

const AWARDS = `query($year: Int, $entryId: ID, $candidateKind: DossierCandidateKind, $clusterId: ID, $kind: AwardKind, $asOf: AsOf) {
  awards(year: $year, entryId: $entryId, candidateKind: $candidateKind, clusterId: $clusterId, kind: $kind, asOf: $asOf) {
    dossierId itemId year entryId entryName kind candidate { kind id } candidateName count
    decisionNumber decisionDate { iso } signer revoked revokedGrounds revokedOn { iso } clusterId } }`;

const TALLY = 'proposed approved decided revoked';

/** The fields of one CSV record: each starts the line or follows a comma; quoted ones unquoted. */
const fieldsOf = (line: string) =>
  [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, f]) => (f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f));

/** An export's CSV records, the byte-order mark dropped. */
const csvRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map(fieldsOf);

/**
 * Two decided dossiers of 2024: the cluster's proposal of an advanced collective title, forwarded by the
 * provincial council to the provincial chief, who decides it (its Giấy khen for Tri Tôn rejected on the
 * way); and Tri Tôn's own dossier of a Giấy khen for one officer, decided by its head and revoked later.
 * Tân Châu is renamed in 2025: the 2024 reports keep its 2024 name.
 */
describe('award reports: the awards, the decisions and the year’s summary, as queries and as exports', () => {
  let service: TestService;
  let beforeRevocation: number;
  const awards = async (variables: Record<string, unknown>) => (await service.gql(AWARDS, variables)).data!.awards;
  const base = () => service.url.replace('/graphql', '');
  /** One sheet of an export as .xlsx, fetched with an ADMIN token and opened with ExcelJS: a row of values per sheet row. */
  async function sheetRows(path: string, name: string) {
    const token = await service.token('admin-reports', { role: Role.ADMIN, name: 'Quản trị' });
    const response = await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const rows: unknown[][] = [];
    book.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  async function sendUp(dossier: { dossierId: string }, draft: Record<string, unknown>, items: Record<string, unknown>[]) {
    await ok(service, 'draftDossier', { ...dossier, year: 2024, ...draft });
    for (const item of items) await ok(service, 'addDossierItem', { ...dossier, ...item });
    await ok(service, 'submitDossier', dossier);
    await ok(service, 'receiveDossier', dossier);
  }

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'tri-ton');
    await ok(service, 'registerTitle', { clusterId: CLUSTER, year: 2024, unitId: 'tan-chau', titleId: ADVANCED });
    await ok(service, 'registerCouncil', {
      councilId: 'hdtdkt-ag',
      name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang',
      level: 'PROVINCIAL',
      unitId: 'vks-an-giang',
    });
    await ok(service, 'registerPerson', { personId: 'nguyen-van-a', fullName: 'Nguyễn Văn A' });

    await sendUp(CLUSTER_DOSSIER, { proposer: { kind: 'CLUSTER', id: CLUSTER }, addressee: { kind: 'COUNCIL', id: 'hdtdkt-ag' } }, [
      { itemId: 'tt-tan-chau', entryId: ADVANCED, candidate: unit('tan-chau') },
      { itemId: 'gk-tri-ton', entryId: COMMENDATION, candidate: unit('tri-ton') },
    ]);
    await ok(service, 'appraiseDossierItem', { ...CLUSTER_DOSSIER, itemId: 'tt-tan-chau', verdict: 'APPROVED' });
    await ok(service, 'appraiseDossierItem', {
      ...CLUSTER_DOSSIER,
      itemId: 'gk-tri-ton',
      verdict: 'REJECTED',
      reason: 'Chưa đủ thành tích',
    });
    await ok(service, 'forwardDossier', {
      ...CLUSTER_DOSSIER,
      forwardedAs: COUNCIL_DOSSIER.dossierId,
      addressee: { kind: 'UNIT_HEAD', id: 'vks-an-giang' },
    });
    await ok(service, 'submitDossier', COUNCIL_DOSSIER);
    await ok(service, 'receiveDossier', COUNCIL_DOSSIER);
    await ok(service, 'appraiseDossierItem', { ...COUNCIL_DOSSIER, itemId: 'tt-tan-chau', verdict: 'APPROVED' });
    await ok(service, 'decideDossier', {
      ...COUNCIL_DOSSIER,
      decisionNumber: '15/QĐ-VKS-AG',
      decisionDate: '2024-12-25',
      signer: 'Viện trưởng VKSND tỉnh An Giang',
    });

    await sendUp(PERSON_DOSSIER, { proposer: unit('tri-ton'), addressee: { kind: 'UNIT_HEAD', id: 'tri-ton' } }, [
      { itemId: 'gk-a', entryId: COMMENDATION, candidate: { kind: 'PERSON', id: 'nguyen-van-a' } },
    ]);
    await ok(service, 'appraiseDossierItem', { ...PERSON_DOSSIER, itemId: 'gk-a', verdict: 'APPROVED' });
    await ok(service, 'decideDossier', {
      ...PERSON_DOSSIER,
      decisionNumber: '07/QĐ-VKS',
      decisionDate: '2024-12-30',
      signer: 'Viện trưởng',
    });
    beforeRevocation = await service.store.headPosition();
    await ok(service, 'revokeDossierAward', { ...PERSON_DOSSIER, itemId: 'gk-a', grounds: GROUNDS, revokedOn: '2025-02' });
    await ok(service, 'renameUnit', { unitId: 'tan-chau', name: 'Viện kiểm sát nhân dân thành phố Tân Châu', effectiveDate: '2025-07-01' });
  }, 60_000);
  afterAll(() => service.stop());

  const collectiveAward = {
    dossierId: COUNCIL_DOSSIER.dossierId,
    itemId: 'tt-tan-chau',
    year: 2024,
    entryId: ADVANCED,
    entryName: 'Tập thể Lao động tiên tiến',
    kind: 'TITLE',
    candidate: unit('tan-chau'),
    candidateName: TAN_CHAU_2024,
    count: 1,
    decisionNumber: '15/QĐ-VKS-AG',
    decisionDate: { iso: '2024-12-25' },
    signer: 'Viện trưởng VKSND tỉnh An Giang',
    revoked: false,
    revokedGrounds: null,
    revokedOn: null,
    clusterId: CLUSTER,
  };
  const personAward = {
    dossierId: PERSON_DOSSIER.dossierId,
    itemId: 'gk-a',
    year: 2024,
    entryId: COMMENDATION,
    entryName: 'Giấy khen',
    kind: 'FORM',
    candidate: { kind: 'PERSON', id: 'nguyen-van-a' },
    candidateName: 'Nguyễn Văn A',
    count: 1,
    decisionNumber: '07/QĐ-VKS',
    decisionDate: { iso: '2024-12-30' },
    signer: 'Viện trưởng',
    revoked: true,
    revokedGrounds: GROUNDS,
    revokedOn: { iso: '2025-02' },
    clusterId: null,
  };

  it('lists the year’s decided awards, the revoked one marked, each named as in 2024, the oldest decision first', async () => {
    expect(await awards({ year: 2024 })).toEqual([collectiveAward, personAward]);
    expect(await awards({ year: 2025 })).toEqual([]);
  });

  it('narrows them by person or collective, by title or form, by entry and by the cluster the chain started from', async () => {
    expect(await awards({ candidateKind: 'PERSON' })).toEqual([personAward]);
    expect(await awards({ candidateKind: 'UNIT' })).toEqual([collectiveAward]);
    expect(await awards({ kind: 'FORM' })).toEqual([personAward]);
    expect(await awards({ kind: 'TITLE', entryId: ADVANCED })).toEqual([collectiveAward]);
    expect(await awards({ clusterId: CLUSTER })).toEqual([collectiveAward]);
    expect(await awards({ clusterId: 'ag-9' })).toEqual([]);
  });

  it('pages the same list (Relay): one at a time, the cursor of the first leading to the second', async () => {
    const page = async (after: string | null) =>
      (
        await service.gql(
          `query($after: String) { awardsConnection(year: 2024, first: 1, after: $after) { totalCount nodes { itemId } pageInfo { hasNextPage endCursor } } }`,
          { after },
        )
      ).data!.awardsConnection;
    const first = await page(null);
    expect(first).toMatchObject({ totalCount: 2, nodes: [{ itemId: collectiveAward.itemId }], pageInfo: { hasNextPage: true } });
    const second = await page(first.pageInfo.endCursor);
    expect(second).toMatchObject({ totalCount: 2, nodes: [{ itemId: personAward.itemId }], pageInfo: { hasNextPage: false } });
  });

  it('reads the awards as they stood before the revocation', async () => {
    const then = await awards({ candidateKind: 'PERSON', asOf: beforeRevocation });
    expect(then).toEqual([{ ...personAward, revoked: false, revokedGrounds: null, revokedOn: null }]);
  });

  it('lists the decisions issued with their dossier, authority and count of awards', async () => {
    const answer = await service.gql(`{ awardDecisions(year: 2024) {
      decisionNumber decisionDate { iso } signer authority dossierId year awardCount revokedCount } }`);
    expect(answer.data!.awardDecisions).toEqual([
      {
        decisionNumber: '15/QĐ-VKS-AG',
        decisionDate: { iso: '2024-12-25' },
        signer: 'Viện trưởng VKSND tỉnh An Giang',
        authority: 'PROVINCIAL_CHIEF',
        dossierId: COUNCIL_DOSSIER.dossierId,
        year: 2024,
        awardCount: 1,
        revokedCount: 0,
      },
      {
        decisionNumber: '07/QĐ-VKS',
        decisionDate: { iso: '2024-12-30' },
        signer: 'Viện trưởng',
        authority: 'UNIT_HEAD',
        dossierId: PERSON_DOSSIER.dossierId,
        year: 2024,
        awardCount: 1,
        revokedCount: 1,
      },
    ]);
    expect((await service.gql('{ awardDecisions(year: 2023) { decisionNumber } }')).data!.awardDecisions).toEqual([]);
  });

  it('sums the year per entry, a forwarded proposal counted once, and per person and collective', async () => {
    const answer = await service.gql(`{ awardSummary(year: 2024) { year entries { entryId entryName kind ${TALLY} }
      persons { ${TALLY} } collectives { ${TALLY} } notNamed { ${TALLY} } } }`);
    const summary = answer.data!.awardSummary;
    const active = summary.entries.filter((e: { proposed: number }) => e.proposed > 0);
    expect(active).toEqual([
      { entryId: ADVANCED, entryName: 'Tập thể Lao động tiên tiến', kind: 'TITLE', proposed: 1, approved: 1, decided: 1, revoked: 0 },
      { entryId: COMMENDATION, entryName: 'Giấy khen', kind: 'FORM', proposed: 2, approved: 1, decided: 1, revoked: 1 },
    ]);
    expect(summary.entries.length).toBeGreaterThan(10);
    expect(summary).toMatchObject({
      year: 2024,
      persons: { proposed: 1, approved: 1, decided: 1, revoked: 1 },
      collectives: { proposed: 2, approved: 1, decided: 1, revoked: 0 },
      notNamed: { proposed: 0, approved: 0, decided: 0, revoked: 0 },
    });
  });

  it('exports the year’s awards as CSV: names of 2024, the revocation in its column', async () => {
    const rows = csvRows(await exportCsv(service, '/exports/awards/2024.csv'));
    expect(rows).toEqual([
      ['Năm', 'Tên tập thể/cá nhân', 'Danh hiệu/hình thức', 'Số quyết định', 'Ngày quyết định', 'Người ký', 'Hủy bỏ'],
      ['2024', TAN_CHAU_2024, 'Tập thể Lao động tiên tiến', '15/QĐ-VKS-AG', '25/12/2024', 'Viện trưởng VKSND tỉnh An Giang', ''],
      ['2024', 'Nguyễn Văn A', 'Giấy khen', '07/QĐ-VKS', '30/12/2024', 'Viện trưởng', `Hủy bỏ tháng 02/2025: ${GROUNDS}`],
    ]);
    const then = csvRows(await exportCsv(service, `/exports/awards/2024.csv?asOf=${beforeRevocation}`));
    expect(then[2][6]).toBe('');
  });

  it('exports the same awards as .xlsx, the decision dates as dates', async () => {
    const rows = await sheetRows('/exports/awards/2024.xlsx', 'Khen thưởng');
    expect(rows[0][0]).toBe('Danh sách khen thưởng năm 2024');
    expect(rows.slice(2)).toEqual([
      [
        2024,
        TAN_CHAU_2024,
        'Tập thể Lao động tiên tiến',
        '15/QĐ-VKS-AG',
        new Date('2024-12-25T00:00:00Z'),
        'Viện trưởng VKSND tỉnh An Giang',
      ],
      [2024, 'Nguyễn Văn A', 'Giấy khen', '07/QĐ-VKS', new Date('2024-12-30T00:00:00Z'), 'Viện trưởng', `Hủy bỏ tháng 02/2025: ${GROUNDS}`],
    ]);
  });

  it('exports the summary as .xlsx that reads back equal to the query', async () => {
    const rows = await sheetRows('/exports/award-summary/2024.xlsx', 'Tổng hợp khen thưởng');
    expect(rows[0][0]).toBe('Tổng hợp khen thưởng năm 2024 (số suất)');
    expect(rows[1]).toEqual(['Mã', 'Danh hiệu/hình thức', 'Loại', 'Đề nghị', 'Đồng ý', 'Quyết định', 'Hủy bỏ']);
    expect(rows.find((row) => row[0] === COMMENDATION)).toEqual([COMMENDATION, 'Giấy khen', 'Hình thức', 2, 1, 1, 1]);
    expect(rows.slice(-3)).toEqual([
      [undefined, 'Cộng cá nhân', undefined, 1, 1, 1, 1],
      [undefined, 'Cộng tập thể', undefined, 2, 1, 1, 0],
      [undefined, 'Cộng suất chưa nêu tên', undefined, 0, 0, 0, 0],
    ]);
    const csv = csvRows(await exportCsv(service, '/exports/award-summary/2024.csv'));
    expect(csv.find((row) => row[0] === ADVANCED)).toEqual([ADVANCED, 'Tập thể Lao động tiên tiến', 'Danh hiệu', '1', '1', '1', '0']);
  });

  it('refuses an export without a token, and a year that is not a number', async () => {
    const anonymous = await fetch(`${base()}/exports/awards/2024.xlsx`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${base()}/exports/award-summary/2024.csv`)).status).toBe(401);
    await expect(exportCsv(service, '/exports/award-summary/hai-nghin.csv')).rejects.toThrow(/answered 400.*BAD_USER_INPUT/);
  });
});
