import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Role } from '../../src/kernel/actor';
import { ok } from '../support/mutations';
import { requirePrograms } from '../support/prerequisites';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

requirePrograms(['pdftotext', 'pdffonts', 'pdfinfo'], 'apt-get install poppler-utils');

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

/**
 * The text of a PDF as poppler's pdftotext reads it, in the order it was drawn (a table cell by cell,
 * row by row), with every run of white space (line wraps in cells and paragraphs) as one space.
 */
function pdfText(pdf: Buffer, name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The fonts a PDF kept in test-artifacts/ uses, as poppler's pdffonts lists them (name, type, encoding, embedded, subset). */
const fontsOf = (name: string) => execFileSync('pdffonts', [path.join(ARTIFACTS, `${name}.pdf`)], { encoding: 'utf8' });
type Refusal = { errors: { message: string; extensions: { code: string } }[] };

describe('reports as Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP), as PDF and as print pages', () => {
  let service: TestService;
  let auditor: string;
  const y22 = { clusterId: CLUSTER, year: 2022 };
  const get = (route: string, token: string | null = auditor) =>
    fetch(`${service.url.replace('/graphql', '')}${route}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const pdf = async (route: string, name: string) => {
    const response = await get(route);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await response.arrayBuffer());
    return { text: pdfText(body, name), disposition: response.headers.get('content-disposition') };
  };

  beforeAll(async () => {
    service = await startService();
    auditor = await service.token('kiem-tra-pdf', { role: Role.AUDITOR, name: 'Kiểm tra viên' });
    await registerCluster(service);
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
    await ok(service, 'draftAgreement', {
      ...y22,
      theme: 'Đoàn kết, trách nhiệm, hoàn thành xuất sắc nhiệm vụ',
      motto: 'Kỷ cương, trách nhiệm',
      commitments: [],
      legalBases: ['15/HD-VKSTC'],
      ceremonyDate: '2022-02-22',
      hostUnitId: 'tan-chau',
      venue: 'Hội trường VKSND thị xã Tân Châu',
    });
    await ok(service, 'registerPerson', { personId: 'nguyen-kien-thinh', fullName: 'Nguyễn Kiến Thịnh' });
    await ok(service, 'nameOfficeRepresentative', { ...y22, office: 'CHAIR', personId: 'nguyen-kien-thinh', position: 'Viện trưởng' });
    for (const unitId of MEMBERS)
      await ok(service, 'signAgreement', {
        ...y22,
        unitId,
        signatoryName: unitId === 'tan-chau' ? 'Nguyễn Kiến Thịnh' : 'Trần Văn Bình',
        signatoryPosition: 'Viện trưởng',
        signedOn: '2022-02-22',
      });
    for (const unitId of ['tan-chau', 'tri-ton']) await ok(service, 'registerTitle', { ...y22, unitId, titleId: 'lao-dong-xuat-sac' });
    for (const [i, unitId] of MEMBERS.entries()) await score(service, 2022, unitId, 'CLUSTER', [38 - i * 4, 36.5, 18]);
    await ok(service, 'openVote', { ...y22, voteId: 'v1', titleId: 'lao-dong-xuat-sac', candidateUnitIds: ['tan-chau'] });
    for (const voter of ['tan-chau', 'tri-ton', 'an-phu', 'tinh-bien'])
      await ok(service, 'castBallot', { ...y22, voteId: 'v1', voterUnitId: voter, approvedUnitIds: ['tan-chau'] });
    await ok(service, 'closeVote', { ...y22, voteId: 'v1' });
  }, 60_000);
  afterAll(() => service.stop());

  /** What the decree puts at the head of every document, with its diacritics intact. */
  const expectOfficialHead = (text: string) => {
    expect(text).toContain('VIỆN KIỂM SÁT NHÂN DÂN TỈNH AN GIANG');
    expect(text).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('CỤM THI ĐUA SỐ 2');
    // No number is issued for these: the print says so rather than leave a blank.
    expect(text).toMatch(/Số: \(chưa cấp số\)\/(BC|BĐ)-CTĐ/);
    expect(text).toContain('TM. CỤM THI ĐUA SỐ 2');
    expect(text).toContain('CỤM TRƯỞNG');
    expect(text).toMatch(/Nguyễn Kiến Thịnh Viện trưởng Viện kiểm sát nhân dân thị xã Tân Châu/);
    expect(text).toContain('Nơi nhận:');
  };

  it('prints the ranking: names with diacritics, totals, classes, dated at the as-of day in Tân Châu', async () => {
    const { text, disposition } = await pdf(`/exports/rankings/${CLUSTER}/2022.pdf?asOf=2099-03-05`, 'xep-hang');
    expect(disposition).toBe('attachment; filename="xep-hang-ag-2-2022.pdf"');
    expectOfficialHead(text);
    expect(text).toContain('Tân Châu, ngày 05 tháng 3 năm 2099');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả chấm điểm, xếp hạng thi đua năm 2022 của Cụm thi đua số 2');
    expect(text).toMatch(
      /Hạng Đơn vị Tự chấm Cụm chấm Hội đồng duyệt .* Xếp loại Tên hiện nay 1 Viện kiểm sát nhân dân thị xã Tân Châu 92\.50 92\.50 Cụm chấm: 3\/5 Xuất sắc Viện kiểm sát nhân dân thị xã Tân Châu 2 Viện kiểm sát nhân dân huyện Tri Tôn 88\.50/,
    );
    expect(text).toContain('Viện kiểm sát nhân dân thành phố Châu Đốc');
    expect(text).not.toMatch(/tan-chau|chau-doc/);
    // Noto Serif is embedded (as a subset), so the page looks the same on any machine.
    const fonts = fontsOf('xep-hang');
    expect(fonts).toMatch(/NotoSerif-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    expect(fonts).toMatch(/NotoSerif-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    expect(execFileSync('pdfinfo', [path.join(ARTIFACTS, 'xep-hang.pdf')], { encoding: 'utf8' })).toMatch(
      /Page size:\s+595\.28 x 841\.89 pts \(A4\)/,
    );
  });

  it("prints a unit's score sheet, criterion by criterion", async () => {
    const { text } = await pdf(`/exports/score-sheet/${CLUSTER}/2022/tri-ton.pdf`, 'bang-diem');
    expectOfficialHead(text);
    expect(text).toContain('BẢNG ĐIỂM');
    expect(text).toContain('Chấm điểm thi đua năm 2022 của Viện kiểm sát nhân dân huyện Tri Tôn');
    expect(text).toMatch(/Chỉ tiêu nghiệp vụ theo Nghị quyết 96\/2019\/QH14 Tiêu chí 40\.00 34\.00/);
    expect(text).toContain('Công tác xây dựng Đảng, đoàn thể');
    expect(text).toContain('424/QĐ-VKSTC');
  });

  it('prints the cluster-year record: members and offices, ceremony, signatures, registrations, ranking, votes, awards', async () => {
    const { text } = await pdf(`/exports/cluster-year/${CLUSTER}/2022.pdf`, 'tong-hop');
    expectOfficialHead(text);
    expect(text).toContain('Tổng hợp năm thi đua 2022 của Cụm thi đua số 2');
    expect(text).toMatch(/Viện kiểm sát nhân dân thị xã Tân Châu Cụm trưởng/);
    expect(text).toMatch(/Viện kiểm sát nhân dân huyện Tri Tôn Cụm phó/);
    expect(text).toContain('Lễ ký kết giao ước thi đua năm 2022 được tổ chức ngày 22/02/2022');
    expect(text).toContain('Đoàn kết, trách nhiệm, hoàn thành xuất sắc nhiệm vụ');
    expect(text).toMatch(/Viện kiểm sát nhân dân huyện An Phú Trần Văn Bình Viện trưởng 22\/02\/2022/);
    expect(text).toMatch(/Đăng ký danh hiệu thi đua Đơn vị Danh hiệu Viện kiểm sát nhân dân thị xã Tân Châu Tập thể Lao động xuất sắc/);
    expect(text).toMatch(/Tập thể Lao động xuất sắc Viện kiểm sát nhân dân thị xã Tân Châu 4 5 Đã kết thúc/);
    for (const heading of [
      'Thành viên và chức danh Cụm trưởng, Cụm phó',
      'Chữ ký giao ước thi đua',
      'Kết quả chấm điểm, xếp hạng',
      'Bình xét, bỏ phiếu',
      'Khen thưởng',
    ])
      expect(text).toContain(heading);
  });

  it('serves the same documents as print pages (A4 print CSS, fonts from the service), with the same refusals', async () => {
    const response = await get(`/exports/rankings/${CLUSTER}/2022.html`);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const html = await response.text();
    expect(html).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }');
    expect(html).toContain('Viện kiểm sát nhân dân thị xã Tân Châu');
    const font = await get('/reports/fonts/regular.ttf', null);
    expect([font.status, font.headers.get('content-type'), (await font.arrayBuffer()).byteLength > 100_000]).toEqual([
      200,
      'font/ttf',
      true,
    ]);
    expect((await get('/reports/fonts/constructor.ttf', null)).status).toBe(404);

    const anonymous = await get(`/exports/rankings/${CLUSTER}/2022.pdf`, null);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Refusal).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const badAsOf = await get(`/exports/rankings/${CLUSTER}/2022.pdf?asOf=hôm-qua`);
    expect(badAsOf.status).toBe(400);
    const missing = await get(`/exports/score-sheet/${CLUSTER}/2030/tri-ton.pdf`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Refusal).errors[0].message).toMatch(/^Không có dữ liệu/);
    // Before the criteria set was adopted there was no ranking to print.
    expect((await get(`/exports/rankings/${CLUSTER}/2022.pdf?asOf=5`)).status).toBe(404);
  });
});
