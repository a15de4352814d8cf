import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Role } from '../../src/kernel/actor';
import { ok, refused } from '../support/mutations';
import { requirePrograms } from '../support/prerequisites';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster } from '../support/year-scenario';

requirePrograms(['pdftotext'], 'apt-get install poppler-utils');

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
const TAN_CHAU_2022 = 'Viện kiểm sát nhân dân thị xã Tân Châu';
const TAN_CHAU_2024 = 'Viện kiểm sát nhân dân thành phố Tân Châu';
const SUCCESSOR = 'Viện kiểm sát nhân dân tỉnh Tây An (minh hoạ)';

/** The print page's text as a reader sees it: tags dropped, every run of white space as one space. */
const pageText = (html: string) =>
  html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe('the cluster-year print: its number, its signature, the directing official and the review, under the names of the year', () => {
  let service: TestService;
  let auditor: string;
  const y22 = { clusterId: CLUSTER, year: 2022 };
  const get = (route: string) =>
    fetch(`${service.url.replace('/graphql', '')}${route}`, { headers: { authorization: `Bearer ${auditor}` } });
  const print = async (year: number) => {
    const response = await get(`/exports/cluster-year/${CLUSTER}/${year}.html`);
    expect(response.status).toBe(200);
    return pageText(await response.text());
  };
  const pdf = async (year: number, name: string) => {
    const response = await get(`/exports/cluster-year/${CLUSTER}/${year}.pdf`);
    expect(response.status).toBe(200);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.pdf`);
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const report = async (year: number) =>
    (await service.gql(`{ clusterYear(clusterId: "${CLUSTER}", year: ${year}) { report { number issuedOn } } }`)).data!.clusterYear.report;

  beforeAll(async () => {
    service = await startService();
    auditor = await service.token('kiem-tra-ban-in', { role: Role.AUDITOR, name: 'Kiểm tra viên' });
    await registerCluster(service);
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
    await ok(service, 'draftAgreement', {
      ...y22,
      theme: 'Đoàn kết, kỷ cương',
      legalBases: [],
      ceremonyDate: '2022-02-22',
      hostUnitId: 'tan-chau',
    });
    await ok(service, 'openClusterYear', { clusterId: CLUSTER, year: 2023, memberUnitIds: MEMBERS });
  }, 60_000);
  afterAll(() => service.stop());

  it('says what is not on record: no number, no representative, no chair, no directing official, no review; never a blank', async () => {
    const text = await print(2022);
    expect(text).toContain('Số: (chưa cấp số)/BC-CTĐ');
    expect(text).toContain(`TM. CỤM THI ĐUA SỐ 2 CỤM TRƯỞNG (chưa ghi nhận người đại diện) ${TAN_CHAU_2022}`);
    expect(text).toContain('Chỉ đạo buổi lễ: chưa ghi nhận.');
    expect(text).toContain('Chưa ghi nhận kết quả sơ kết, tổng kết năm 2022.');
    // No registration is recorded: the section says so, not that there were none.
    expect(text).toMatch(/Đăng ký danh hiệu thi đua\s+Chưa ghi nhận\./);
    expect(text).not.toContain('Không có.');
    // 2023 has no chair on record: the office is printed as not recorded, not as an empty signature.
    expect(await print(2023)).toContain('TM. CỤM THI ĐUA SỐ 2 CỤM TRƯỞNG (chưa ghi nhận) Cụm trưởng năm 2023: chưa ghi nhận');
    expect(await report(2022)).toBeNull();
  });

  it('is signed by the recorded representative, and shows who directed the ceremony and what the review gave', async () => {
    await ok(service, 'registerPerson', { personId: 'nguyen-kien-thinh', fullName: 'Nguyễn Kiến Thịnh' });
    await ok(service, 'registerPerson', { personId: 'nguyen-van-quang', fullName: 'Nguyễn Văn Quảng' });
    await ok(service, 'nameOfficeRepresentative', { ...y22, office: 'CHAIR', personId: 'nguyen-kien-thinh', position: 'Viện trưởng' });
    const launch = { ceremonyId: 'le-ky-ket-2022', clusterId: CLUSTER };
    await ok(service, 'recordCeremony', {
      ...launch,
      kind: 'SIGNING_CEREMONY',
      heldOn: '2022-02-22',
      partOfDay: 'MORNING',
      hostUnitId: 'tan-chau',
      launchesYear: 2022,
    });
    await ok(service, 'addCeremonyParticipant', {
      ...launch,
      personId: 'nguyen-van-quang',
      role: 'DIRECTING',
      position: 'Phó Viện trưởng',
      unitId: 'vks-an-giang',
    });
    const review = { ceremonyId: 'tong-ket-2022', clusterId: CLUSTER };
    await ok(service, 'recordCeremony', { ...review, kind: 'YEAR_END_REVIEW', heldIn: '2023-01', reviewsYear: 2022 });
    await ok(service, 'recordCeremonyReview', {
      ...review,
      summary: 'Các đơn vị hoàn thành tốt chỉ tiêu năm 2022',
      leadingUnitId: 'tan-chau',
      ranking: [
        { rank: 1, unitId: 'tan-chau' },
        { rank: 2, unitId: 'tri-ton' },
      ],
      proposals: [{ unitId: 'tan-chau', words: 'Đề nghị tặng Cờ thi đua của ngành' }, { words: 'Giấy khen cho 02 tập thể' }],
    });

    const text = await print(2022);
    expect(text).toContain(`CỤM TRƯỞNG Nguyễn Kiến Thịnh Viện trưởng ${TAN_CHAU_2022}`);
    // The part of the day the meeting record gives is printed with the ceremony's date.
    expect(text).toContain('được tổ chức sáng ngày 22/02/2022');
    expect(text).toContain('Chỉ đạo buổi lễ: Nguyễn Văn Quảng, Phó Viện trưởng, Viện kiểm sát nhân dân tỉnh An Giang.');
    // Known to the month only: no day is invented.
    expect(text).toContain('Hội nghị tổng kết năm 2022 tháng 01/2023: Các đơn vị hoàn thành tốt chỉ tiêu năm 2022');
    expect(text).toContain(`Đơn vị dẫn đầu: ${TAN_CHAU_2022}.`);
    expect(text).toContain(`Hạng Đơn vị 1 ${TAN_CHAU_2022} 2 Viện kiểm sát nhân dân huyện Tri Tôn`);
    expect(text).toContain(`${TAN_CHAU_2022} Đề nghị tặng Cờ thi đua của ngành Giấy khen cho 02 tập thể`);
  });

  it('after a rename and a merger: issued today by the successor, every name inside as it was in 2022', async () => {
    await ok(service, 'renameUnit', {
      unitId: 'tan-chau',
      name: TAN_CHAU_2024,
      shortName: 'VKSND thành phố Tân Châu',
      effectiveDate: '2024-01-01',
    });
    await ok(service, 'registerUnit', { unitId: 'vks-tay-an', name: SUCCESSOR, level: 'PROVINCIAL' });
    await ok(service, 'mergeUnits', { predecessorUnitIds: ['vks-an-giang'], successorUnitId: 'vks-tay-an', effectiveDate: '2025-07-01' });

    const text = await print(2022);
    expect(text).toMatch(/^ ?VIỆN KIỂM SÁT NHÂN DÂN TỈNH TÂY AN \(MINH HOẠ\) CỤM THI ĐUA SỐ 2/);
    expect(text).toContain(`Hội đồng Thi đua – Khen thưởng VKSND tỉnh Tây An (minh hoạ)`);
    expect(text).not.toContain('VIỆN KIỂM SÁT NHÂN DÂN TỈNH AN GIANG');
    expect(text).toContain(`CỤM TRƯỞNG Nguyễn Kiến Thịnh Viện trưởng ${TAN_CHAU_2022}`);
    expect(text).toContain(`do ${TAN_CHAU_2022} đăng cai`);
    expect(text).toContain(`Đơn vị dẫn đầu: ${TAN_CHAU_2022}.`);
    expect(text).toContain('Nguyễn Văn Quảng, Phó Viện trưởng, Viện kiểm sát nhân dân tỉnh An Giang.');
    expect(text).toMatch(/Tân Châu, ngày \d{2} tháng \d{1,2} năm 20\d\d/);

    const printed = await pdf(2022, 'tong-hop-sau-sap-nhap');
    expect(printed).toContain('VIỆN KIỂM SÁT NHÂN DÂN TỈNH TÂY AN (MINH HOẠ)');
    expect(printed).toContain('Số: (chưa cấp số)/BC-CTĐ');
    expect(printed).toContain(`Nguyễn Kiến Thịnh Viện trưởng ${TAN_CHAU_2022}`);
  });

  it('carries its number once issued, dated the day of issue under the organiser of that day; bad numbers are refused', async () => {
    const issue = { ...y22, number: '15/BC-CTĐ', issuedOn: '2023-01-20' };
    await refused(service, 'issueClusterYearReport', { ...issue, number: '15' }, 'REPORT_NUMBER_INVALID');
    await refused(service, 'issueClusterYearReport', { ...issue, number: 'BC-CTĐ/15' }, 'REPORT_NUMBER_INVALID');
    await refused(service, 'issueClusterYearReport', { ...issue, issuedOn: '2021-12-31' }, 'REPORT_ISSUED_BEFORE_YEAR');
    await refused(service, 'issueClusterYearReport', { ...issue, year: 2030 }, 'YEAR_NOT_OPEN');
    await refused(service, 'issueClusterYearReport', { ...issue, issuedOn: '2023-01' }, 'BAD_USER_INPUT');
    expect(await report(2022)).toBeNull();

    await ok(service, 'issueClusterYearReport', issue);
    await refused(service, 'issueClusterYearReport', { ...issue, number: '16/BC-CTĐ' }, 'REPORT_ALREADY_ISSUED');
    expect(await report(2022)).toEqual({ number: '15/BC-CTĐ', issuedOn: '2023-01-20' });

    const text = await print(2022);
    expect(text).toContain('Số: 15/BC-CTĐ');
    expect(text).not.toContain('chưa cấp số');
    expect(text).toContain('Tân Châu, ngày 20 tháng 01 năm 2023');
    // Issued in 2023, before the merger: the issuer is the organiser of that day, as the numbered report was.
    expect(text).toMatch(/^ ?VIỆN KIỂM SÁT NHÂN DÂN TỈNH AN GIANG CỤM THI ĐUA SỐ 2/);
    expect(text).toContain(`CỤM TRƯỞNG Nguyễn Kiến Thịnh Viện trưởng ${TAN_CHAU_2022}`);
    const printed = await pdf(2022, 'tong-hop-da-cap-so');
    expect(printed).toContain('Số: 15/BC-CTĐ');
    expect(printed).toContain('Tân Châu, ngày 20 tháng 01 năm 2023');
  });
});
