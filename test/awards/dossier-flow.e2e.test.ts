import { Role } from '../../src/kernel/actor';
import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

const EXCELLENT = 'lao-dong-xuat-sac';
const FLAG = 'co-thi-dua-nganh';
const ADVANCED = 'lao-dong-tien-tien';
const CLUSTER_DOSSIER = 'hs-cum2-2024';
const PROVINCE_DOSSIER = 'hs-ag-2024';
const cluster = { dossierId: CLUSTER_DOSSIER };
const province = { dossierId: PROVINCE_DOSSIER };
const unit = (id: string) => ({ kind: 'UNIT', id });

const DOSSIER = `query($id: ID!) { dossier(id: $id) {
  dossierId status forwardedFrom forwardedAs proposer { kind id } addressee { kind id } memo { number date { iso precision } signer }
  items { itemId entryId entryName candidate { kind id } count registration verdict verdictReason prerequisites resolvedFrom
    award { decisionNumber cap revokedGrounds revokedWithItemId } }
  decision { decisionNumber decisionDate { iso } authority }
  history { step reason itemId actor { id role } } } }`;

/**
 * A cluster's proposal travels to the provincial council, is returned with a reason, resubmitted, its
 * count-only item named, appraised, forwarded to the sector council and decided there; an award is
 * then revoked with the one that required it. Every refusal on the way writes nothing.
 */
describe('over HTTP: an award dossier from the cluster to the Prosecutor General’s decision', () => {
  let service: TestService;
  let councilToken: string;
  let sectorToken: string;
  const dossier = async (id: string) => (await service.gql(DOSSIER, { id })).data!.dossier;

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'tri-ton');
    const y = { clusterId: CLUSTER, year: 2024 };
    await ok(service, 'registerTitle', { ...y, unitId: 'tan-chau', titleId: FLAG });
    await ok(service, 'registerTitle', { ...y, unitId: 'tri-ton', titleId: EXCELLENT });
    for (const unitId of ['an-phu', 'tinh-bien', 'chau-doc']) await ok(service, 'registerTitle', { ...y, unitId, titleId: ADVANCED });
    // Every member rated at 95: five rated advanced, so at most one excellent title (20%, at least 1).
    for (const unitId of MEMBERS) await score(service, 2024, unitId, 'SELF', [40, 40, 15]);
    await ok(service, 'registerCouncil', {
      councilId: 'hdtdkt-nganh',
      name: 'Hội đồng Thi đua – Khen thưởng ngành Kiểm sát nhân dân',
      level: 'SECTOR',
    });
    await ok(service, 'registerCouncil', {
      councilId: 'hdtdkt-ag',
      name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang',
      level: 'PROVINCIAL',
      unitId: 'vks-an-giang',
    });
    councilToken = await service.token('thu-ky-hd', { role: Role.COUNCIL, unit: 'vks-an-giang', name: 'Thư ký Hội đồng' });
    await ok(service, 'registerUnit', { unitId: 'vksnd-toi-cao', name: 'Viện kiểm sát nhân dân tối cao', level: 'SUPREME' });
    sectorToken = await service.token('thu-ky-hd-nganh', {
      role: Role.COUNCIL,
      unit: 'vksnd-toi-cao',
      name: 'Thư ký Hội đồng ngành',
    });
  }, 60_000);
  afterAll(() => service.stop());

  it('drafts the cluster’s proposal: named items, a count-only item, and the registration checked for each', async () => {
    await ok(service, 'draftDossier', {
      ...cluster,
      year: 2024,
      proposer: { kind: 'CLUSTER', id: CLUSTER },
      addressee: { kind: 'COUNCIL', id: 'hdtdkt-ag' },
      memo: { number: '25/TTr-CTĐ', date: '2024-11', signer: 'Trưởng Cụm thi đua số 2' },
    });
    await ok(service, 'addDossierItem', {
      ...cluster,
      itemId: 'm1',
      entryId: EXCELLENT,
      candidate: unit('tan-chau'),
      achievements: 'Dẫn đầu Cụm',
    });
    await ok(service, 'addDossierItem', { ...cluster, itemId: 'm2', entryId: FLAG, candidate: unit('tan-chau') });
    await ok(service, 'addDossierItem', { ...cluster, itemId: 'm3', entryId: EXCELLENT, candidate: unit('tri-ton') });
    await ok(service, 'addDossierItem', { ...cluster, itemId: 'm4', entryId: ADVANCED, count: 3 });
    // Tịnh Biên registered only for the advanced title.
    await refused(
      service,
      'addDossierItem',
      { ...cluster, itemId: 'x', entryId: EXCELLENT, candidate: unit('tinh-bien') },
      'CANDIDATE_NOT_REGISTERED',
    );
    await refused(
      service,
      'addDossierItem',
      { ...cluster, itemId: 'x', entryId: 'khong-co', candidate: unit('an-phu') },
      'AWARD_ENTRY_NOT_FOUND',
    );
    const read = await dossier(CLUSTER_DOSSIER);
    expect(read).toMatchObject({ status: 'DRAFT', memo: { number: '25/TTr-CTĐ', date: { iso: '2024-11', precision: 'MONTH' } } });
    expect(read.items.map((i: { itemId: string; registration: string; count: number }) => [i.itemId, i.registration, i.count])).toEqual([
      ['m1', 'MET', 1],
      ['m2', 'MET', 1],
      ['m3', 'MET', 1],
      ['m4', 'NOT_APPLICABLE', 3],
    ]);
  });

  it('refuses a step out of order, a return without a reason and a wrong role, writing nothing', async () => {
    await refused(service, 'receiveDossier', cluster, 'DOSSIER_STEP_OUT_OF_ORDER');
    await ok(service, 'submitDossier', cluster);
    await refused(
      service,
      'addDossierItem',
      { ...cluster, itemId: 'm9', entryId: ADVANCED, candidate: unit('an-phu') },
      'DOSSIER_STEP_OUT_OF_ORDER',
    );
    const auditor = await service.token('kiem-toan', { role: Role.AUDITOR });
    await refused(service, 'receiveDossier', cluster, 'FORBIDDEN', auditor);
    await ok(service, 'receiveDossier', cluster, councilToken);
    await refused(service, 'returnDossier', { ...cluster, reason: '   ' }, 'BAD_USER_INPUT', councilToken);
  });

  it('returns it with a reason; the cluster resubmits and the council receives it again', async () => {
    await ok(service, 'returnDossier', { ...cluster, reason: 'Thiếu báo cáo thành tích của các đơn vị' }, councilToken);
    await ok(service, 'resubmitDossier', cluster);
    await ok(service, 'receiveDossier', cluster, councilToken);
    const steps = (await dossier(CLUSTER_DOSSIER)).history.map((s: { step: string; reason: string | null }) => [s.step, s.reason]);
    expect(steps.filter(([step]: [string]) => !step.startsWith('Item'))).toEqual([
      ['Drafted', null],
      ['Submitted', null],
      ['Received', null],
      ['Returned', 'Thiếu báo cáo thành tích của các đơn vị'],
      ['Resubmitted', null],
      ['Received', null],
    ]);
  });

  it('names the count-only item’s units, then appraises every item; a flag vote under 80% is refused', async () => {
    await ok(
      service,
      'resolveDossierCountItem',
      { ...cluster, itemId: 'm4', named: ['an-phu', 'tinh-bien', 'chau-doc'].map((id) => ({ itemId: `m4-${id}`, candidate: unit(id) })) },
      councilToken,
    );
    await refused(
      service,
      'appraiseDossierItem',
      { ...cluster, itemId: 'm2', verdict: 'APPROVED', vote: { approvals: 3, eligibleVoters: 5 } },
      'APPROVAL_TOO_LOW',
      councilToken,
    );
    for (const itemId of ['m1', 'm3', 'm4-an-phu', 'm4-tinh-bien', 'm4-chau-doc'])
      await ok(service, 'appraiseDossierItem', { ...cluster, itemId, verdict: 'APPROVED' }, councilToken);
    await ok(
      service,
      'appraiseDossierItem',
      { ...cluster, itemId: 'm2', verdict: 'APPROVED', vote: { approvals: 5, eligibleVoters: 5 } },
      councilToken,
    );
    const items = (await dossier(CLUSTER_DOSSIER)).items;
    expect(items.find((i: { itemId: string }) => i.itemId === 'm2')).toMatchObject({ verdict: 'APPROVED', prerequisites: 'MET' });
    expect(items.filter((i: { resolvedFrom: string | null }) => i.resolvedFrom === 'm4')).toHaveLength(3);
  });

  it('will not decide what the provincial chief may not decide; forwards it to the sector council with the approved items', async () => {
    await refused(
      service,
      'decideDossier',
      { ...cluster, decisionNumber: '50/QĐ-VKS', decisionDate: '2024-12-10' },
      'DECIDING_LEVEL_NOT_ALLOWED',
      councilToken,
    );
    const forwarded = await ok(
      service,
      'forwardDossier',
      { ...cluster, forwardedAs: PROVINCE_DOSSIER, addressee: { kind: 'COUNCIL', id: 'hdtdkt-nganh' }, memo: { number: '80/TTr-HĐTĐKT' } },
      councilToken,
    );
    expect(forwarded.eventTypes.slice(0, 2)).toEqual(['DossierForwarded', 'DossierDrafted']);
    const up = await dossier(PROVINCE_DOSSIER);
    expect(up).toMatchObject({
      status: 'DRAFT',
      forwardedFrom: CLUSTER_DOSSIER,
      proposer: { kind: 'COUNCIL', id: 'hdtdkt-ag' },
      addressee: { kind: 'COUNCIL', id: 'hdtdkt-nganh' },
    });
    expect(up.items.map((i: { itemId: string }) => i.itemId).sort()).toEqual([
      'm1',
      'm2',
      'm3',
      'm4-an-phu',
      'm4-chau-doc',
      'm4-tinh-bien',
    ]);
    expect((await dossier(CLUSTER_DOSSIER)).forwardedAs).toBe(PROVINCE_DOSSIER);
  });

  it('the sector council decides within the 20% cap, the advanced titles left to the province, by the Prosecutor General', async () => {
    await ok(service, 'submitDossier', province, councilToken);
    // The provincial council proposes this one: receiving it is the sector council's step.
    await refused(service, 'receiveDossier', province, 'FORBIDDEN', councilToken);
    await ok(service, 'receiveDossier', province, sectorToken);
    for (const itemId of ['m1', 'm2', 'm3'])
      await ok(
        service,
        'appraiseDossierItem',
        { ...province, itemId, verdict: 'APPROVED', vote: { approvals: 9, eligibleVoters: 9 } },
        sectorToken,
      );
    await refused(
      service,
      'appraiseDossierItem',
      { ...province, itemId: 'm4-an-phu', verdict: 'REJECTED' },
      'REJECTION_REASON_REQUIRED',
      sectorToken,
    );
    for (const itemId of ['m4-an-phu', 'm4-tinh-bien', 'm4-chau-doc'])
      await ok(
        service,
        'appraiseDossierItem',
        { ...province, itemId, verdict: 'REJECTED', reason: 'Thuộc thẩm quyền Viện trưởng VKSND tỉnh' },
        sectorToken,
      );
    const decision = { ...province, decisionNumber: '120/QĐ-VKSTC', decisionDate: '2025-01-20', signer: 'Viện trưởng VKSND tối cao' };
    // Two excellent titles where five rated advanced allow one.
    await refused(service, 'decideDossier', decision, 'CAP_EXCEEDED', sectorToken);
    await refused(
      service,
      'appraiseDossierItem',
      { ...province, itemId: 'm3', verdict: 'REJECTED' },
      'VERDICT_CHANGE_REASON_REQUIRED',
      sectorToken,
    );
    await ok(
      service,
      'appraiseDossierItem',
      { ...province, itemId: 'm3', verdict: 'REJECTED', reason: 'Vượt tỷ lệ 20% của Cụm' },
      sectorToken,
    );
    await ok(service, 'decideDossier', decision, sectorToken);
    const decided = await dossier(PROVINCE_DOSSIER);
    expect(decided).toMatchObject({
      status: 'DECIDED',
      decision: { decisionNumber: '120/QĐ-VKSTC', decisionDate: { iso: '2025-01-20' }, authority: 'PROSECUTOR_GENERAL' },
    });
    expect(
      decided.items
        .filter((i: { award: unknown }) => i.award)
        .map((i: { itemId: string; award: { cap: string } }) => [i.itemId, i.award.cap]),
    ).toEqual([
      ['m1', 'MET'],
      ['m2', 'NOT_APPLICABLE'],
    ]);
    await refused(service, 'submitDossier', province, 'DOSSIER_STEP_OUT_OF_ORDER', councilToken);
  });

  it('revokes the excellent title on grounds, and the flag that required it with it; the unit’s record shows both', async () => {
    const grounds = 'Kết luận thanh tra: kê khai thành tích không trung thực';
    await refused(
      service,
      'revokeDossierAward',
      { ...province, itemId: 'm1', grounds: ' ', revokedOn: '2025-06' },
      'BAD_USER_INPUT',
      sectorToken,
    );
    const revoked = await ok(service, 'revokeDossierAward', { ...province, itemId: 'm1', grounds, revokedOn: '2025-06' }, sectorToken);
    expect(revoked.eventTypes).toEqual(['DossierAwardRevoked', 'DossierAwardRevoked']);
    const record = (await service.gql('{ unitAwards(unitId: "tan-chau") { dossierId entryId entryName decisionNumber revokedGrounds } }'))
      .data!.unitAwards;
    expect(record).toEqual([
      {
        dossierId: PROVINCE_DOSSIER,
        entryId: EXCELLENT,
        entryName: 'Tập thể Lao động xuất sắc',
        decisionNumber: '120/QĐ-VKSTC',
        revokedGrounds: grounds,
      },
      {
        dossierId: PROVINCE_DOSSIER,
        entryId: FLAG,
        entryName: 'Cờ thi đua của ngành Kiểm sát nhân dân',
        decisionNumber: '120/QĐ-VKSTC',
        revokedGrounds: grounds,
      },
    ]);
    const m2 = (await dossier(PROVINCE_DOSSIER)).items.find((i: { itemId: string }) => i.itemId === 'm2');
    expect(m2.award).toMatchObject({ revokedGrounds: grounds, revokedWithItemId: 'm1' });
  });

  it('lists dossiers by addressee and the council’s inbox, and names who took each step', async () => {
    const lists = (
      await service.gql(`{ toSector: dossiers(addresseeId: "hdtdkt-nganh") { dossierId status }
        fromCluster: dossiers(proposerId: "${CLUSTER}", year: 2024) { dossierId status }
        inbox: dossierInbox(addresseeId: "hdtdkt-ag") { dossierId } }`)
    ).data!;
    expect(lists).toEqual({
      toSector: [{ dossierId: PROVINCE_DOSSIER, status: 'DECIDED' }],
      fromCluster: [{ dossierId: CLUSTER_DOSSIER, status: 'FORWARDED' }],
      inbox: [],
    });
    const returned = (await dossier(CLUSTER_DOSSIER)).history.find((s: { step: string }) => s.step === 'Returned');
    expect(returned.actor).toEqual({ id: 'thu-ky-hd', role: 'COUNCIL' });
  });
});
