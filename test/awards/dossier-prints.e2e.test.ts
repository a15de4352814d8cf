import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Role } from '../../src/kernel/actor';
import { ok } from '../support/mutations';
import { requirePrograms } from '../support/prerequisites';
import { startService, type TestService } from '../support/service';
import { CLUSTER, registerCluster } from '../support/year-scenario';

requirePrograms(['pdftotext'], 'apt-get install poppler-utils');

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
const GIAY_KHEN = 'giay-khen';
const DECIDED = 'hs-giay-khen-2024';
const UNDECIDED = 'hs-chua-quyet-dinh';
const decided = { dossierId: DECIDED };
const TAN_CHAU = 'Viện kiểm sát nhân dân thị xã Tân Châu';
const REVOKED_GROUNDS = 'Kết luận thanh tra năm 2025 về kê khai thành tích';
type Refusal = { errors: { message: string; extensions: { code: string } }[] };

/**
 * A cluster proposes Giấy khen for a unit, a person and two collectives not yet named; the provincial
 * council approves the named ones and the provincial chief decides. Each print of the dossier is read
 * back from its PDF as pdftotext sees it.
 */
describe('prints of an award dossier: the memo, the decision with its list, a certificate', () => {
  let service: TestService;
  let auditor: string;
  let decidedAt: number;
  const get = (route: string, token: string | null = auditor) =>
    fetch(`${service.base}/documents/dossiers/${route}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const pdfText = async (route: string, name: string) => {
    const response = await get(route);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.pdf`);
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const refusal = async (route: string, status: number, token?: string | null) => {
    const response = await get(route, token);
    expect(response.status).toBe(status);
    return ((await response.json()) as Refusal).errors[0];
  };

  beforeAll(async () => {
    service = await startService();
    auditor = await service.token('kiem-tra-ban-in', { role: Role.AUDITOR, name: 'Kiểm tra viên' });
    await registerCluster(service);
    await ok(service, 'registerPerson', { personId: 'tran-thi-hoa', fullName: 'Trần Thị Hoa' });
    await ok(service, 'registerCouncil', {
      councilId: 'hdtdkt-ag',
      name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang',
      level: 'PROVINCIAL',
      unitId: 'vks-an-giang',
    });
    const council = await service.token('thu-ky-hd', { role: Role.COUNCIL, unit: 'vks-an-giang', name: 'Thư ký Hội đồng' });
    const draft = (dossierId: string, memo: object) =>
      ok(service, 'draftDossier', {
        dossierId,
        year: 2024,
        proposer: { kind: 'CLUSTER', id: CLUSTER },
        addressee: { kind: 'COUNCIL', id: 'hdtdkt-ag' },
        memo,
      });
    await draft(DECIDED, { number: '31/TTr-CTĐ', date: '2024-11' });
    await draft(UNDECIDED, { number: '32/TTr-CTĐ', date: '2024' });
    const item = (itemId: string, fields: object) => ok(service, 'addDossierItem', { ...decided, itemId, entryId: GIAY_KHEN, ...fields });
    await item('g1', { candidate: { kind: 'UNIT', id: 'tan-chau' }, achievements: 'Hoàn thành xuất sắc chỉ tiêu kiểm sát án hình sự' });
    await item('g2', { candidate: { kind: 'PERSON', id: 'tran-thi-hoa' }, achievements: 'Có sáng kiến trong công tác kiểm sát' });
    await item('g3', { count: 2 });
    await ok(service, 'submitDossier', decided);
    await ok(service, 'receiveDossier', decided, council);
    for (const itemId of ['g1', 'g2']) await ok(service, 'appraiseDossierItem', { ...decided, itemId, verdict: 'APPROVED' }, council);
    await ok(service, 'appraiseDossierItem', { ...decided, itemId: 'g3', verdict: 'REJECTED', reason: 'Chưa nêu tên tập thể' }, council);
    const decision = { ...decided, decisionNumber: '45/QĐ-VKS-AG', decisionDate: '2024-12-15', signer: 'Nguyễn Văn Quảng' };
    decidedAt = (await ok(service, 'decideDossier', decision, council)).position;
    await ok(service, 'revokeDossierAward', { ...decided, itemId: 'g2', grounds: REVOKED_GROUNDS, revokedOn: '2025-03' }, council);
  }, 60_000);
  afterAll(() => service.stop());

  it('prints the memo with its number and month as recorded, every item, and says the signer is not on record', async () => {
    const text = await pdfText(`${DECIDED}/memo.pdf`, 'to-trinh-ho-so');
    expect(text).toContain('CỤM THI ĐUA SỐ 2');
    expect(text).toContain('Số: 31/TTr-CTĐ');
    // Known to the month only: no day is invented.
    expect(text).toContain('An Giang, tháng 11/2024');
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Kính gửi: Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang.');
    expect(text).toContain(`1 ${TAN_CHAU} Giấy khen Hoàn thành xuất sắc chỉ tiêu kiểm sát án hình sự`);
    expect(text).toContain('2 Trần Thị Hoa Giấy khen Có sáng kiến trong công tác kiểm sát');
    expect(text).toContain('3 2 tập thể/cá nhân, chưa nêu tên Giấy khen Chưa ghi nhận.');
    expect(text).toContain('TM. CỤM THI ĐUA SỐ 2 Chưa ghi nhận.');
  });

  it('prints the decision with its number, the authority and the list of awards; the revoked one marked after its revocation', async () => {
    const before = await pdfText(`${DECIDED}/decision.pdf?asOf=${decidedAt}`, 'quyet-dinh-truoc-huy-bo');
    expect(before).toContain('VIỆN KIỂM SÁT NHÂN DÂN TỈNH AN GIANG');
    expect(before).toContain('Số: 45/QĐ-VKS-AG');
    expect(before).toContain('An Giang, ngày 15 tháng 12 năm 2024');
    expect(before).toContain('QUYẾT ĐỊNH');
    expect(before).toContain('Thẩm quyền quyết định: Viện trưởng VKSND cấp tỉnh.');
    expect(before).toContain('Xét đề nghị của Cụm thi đua số 2 tại Tờ trình số 31/TTr-CTĐ tháng 11/2024');
    expect(before).toContain('1. Tặng Giấy khen cho 2 tập thể, cá nhân:');
    expect(before).toContain(`1 ${TAN_CHAU} Hoàn thành xuất sắc chỉ tiêu kiểm sát án hình sự`);
    expect(before).toContain('2 Trần Thị Hoa Có sáng kiến trong công tác kiểm sát');
    expect(before).toContain('VIỆN TRƯỞNG Nguyễn Văn Quảng');
    // The rejected count-only item is no award.
    expect(before).not.toContain('chưa nêu tên');
    expect(before).not.toContain('hủy bỏ');
    const after = await pdfText(`${DECIDED}/decision.pdf`, 'quyet-dinh-sau-huy-bo');
    expect(after).toContain(`2 Trần Thị Hoa Có sáng kiến trong công tác kiểm sát Đã bị hủy bỏ theo ${REVOKED_GROUNDS} (tháng 03/2025).`);
  });

  it('prints a certificate with the entry as heading, the recipient under the name of the year, the decision and its signer', async () => {
    const text = await pdfText(`${DECIDED}/certificates/g1.pdf`, 'giay-khen-tan-chau');
    expect(text).toContain('GIẤY KHEN');
    expect(text).toContain(`Tặng ${TAN_CHAU}`);
    expect(text).toContain('Đã có thành tích: Hoàn thành xuất sắc chỉ tiêu kiểm sát án hình sự');
    expect(text).toContain('Khen thưởng theo Quyết định số 45/QĐ-VKS-AG ngày 15/12/2024 của Viện trưởng VKSND cấp tỉnh.');
    expect(text).toContain('VIỆN TRƯỞNG Nguyễn Văn Quảng');
    const person = await pdfText(`${DECIDED}/certificates/g2.pdf?asOf=${decidedAt}`, 'giay-khen-ca-nhan');
    expect(person).toContain('Tặng Trần Thị Hoa');
  });

  it('answers 404 for a decision not yet taken, an unknown item, an item not awarded and an unknown dossier', async () => {
    expect(await refusal(`${UNDECIDED}/decision.pdf`, 404)).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await refusal(`${DECIDED}/certificates/khong-co.pdf`, 404)).toMatchObject({
      extensions: { code: 'DOSSIER_ITEM_NOT_FOUND' },
      message: `Hồ sơ "${DECIDED}" không có mục đề nghị "khong-co".`,
    });
    expect(await refusal(`${DECIDED}/certificates/g3.html`, 404)).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await refusal('khong-co/memo.html', 404)).toMatchObject({ extensions: { code: 'DOSSIER_NOT_FOUND' } });
    // Before the dossier was drafted it does not exist.
    expect(await refusal(`${DECIDED}/memo.pdf?asOf=1`, 404)).toMatchObject({ extensions: { code: 'DOSSIER_NOT_FOUND' } });
  });

  it('refuses a reader without a token', async () => {
    expect(await refusal(`${DECIDED}/memo.pdf`, 401, null)).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('serves the same memo as a print page', async () => {
    const response = await get(`${DECIDED}/memo.html`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Số: 31/TTr-CTĐ');
    expect(html).toContain('<td>Trần Thị Hoa</td>');
  });
});
