import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

const ADVANCED = 'lao-dong-tien-tien';
const EXCELLENT = 'lao-dong-xuat-sac';
const FLAG = 'co-thi-dua-nganh';
const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';

const ELIGIBLE = `query($year: Int!, $unitId: ID, $personId: ID) {
  eligibleAwards(year: $year, unitId: $unitId, personId: $personId) { entryId entryName eligible reasons { rule basis met } } }`;

interface Suggestion {
  entryId: string;
  entryName: string;
  eligible: boolean | null;
  reasons: { rule: string; basis: string | null; met: boolean | null }[];
}

/**
 * Hồ sơ gợi ý over HTTP: cluster 2 in 2024 with registrations, a ranking, a decided excellent title and a
 * closed vote for the sector flag; 2025 opened with nothing yet on record; a person's title decided by a dossier.
 */
describe('over HTTP: eligibility suggestions', () => {
  let service: TestService;
  const y = { clusterId: CLUSTER, year: 2024 };

  const suggestions = async (variables: Record<string, unknown>): Promise<Suggestion[]> => {
    const answer = await service.gql(ELIGIBLE, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!.eligibleAwards as Suggestion[];
  };
  const entry = (list: Suggestion[], entryId: string) => list.find((s) => s.entryId === entryId)!;

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'tri-ton');
    await ok(service, 'registerTitle', { ...y, unitId: 'tan-chau', titleId: FLAG });
    await ok(service, 'registerTitle', { ...y, unitId: 'tri-ton', titleId: EXCELLENT });
    await ok(service, 'registerTitle', { ...y, unitId: 'an-phu', titleId: ADVANCED });
    await score(service, 2024, 'tan-chau', 'SELF', [40, 40, 15]);
    await score(service, 2024, 'tri-ton', 'SELF', [40, 40, 15]);
    await score(service, 2024, 'an-phu', 'SELF', [30, 30, 10]);
    await score(service, 2024, 'tinh-bien', 'SELF', [20, 20, 10]);
    await ok(service, 'finalizeScores', y);
    await ok(service, 'proposeAward', { ...y, awardId: 'xs-tan-chau', unitId: 'tan-chau', titleId: EXCELLENT });
    await ok(service, 'decideAward', {
      ...y,
      awardId: 'xs-tan-chau',
      decisionNumber: '35/QĐ-VKS',
      decisionDate: '2024-12-20',
      signer: 'Viện trưởng',
    });
    await ok(service, 'openVote', { ...y, voteId: 'co', titleId: FLAG, candidateUnitIds: ['tan-chau'] });
    for (const voter of MEMBERS) await ok(service, 'castBallot', { ...y, voteId: 'co', voterUnitId: voter, approvedUnitIds: ['tan-chau'] });
    await ok(service, 'closeVote', { ...y, voteId: 'co' });
    await openYear(service, 2025, 'tri-ton', 'an-phu');
  }, 60_000);
  afterAll(() => service.stop());

  it('suggests the sector flag to the unit registered for it, rated excellent, holding the excellent title, with 5/5 votes', async () => {
    const list = await suggestions({ year: 2024, unitId: 'tan-chau' });

    expect(entry(list, FLAG)).toMatchObject({ entryName: 'Cờ thi đua của ngành Kiểm sát nhân dân', eligible: true });
    expect(entry(list, FLAG).reasons).toEqual([
      expect.objectContaining({ rule: expect.stringContaining('tại Cụm ag-2'), met: true }),
      { rule: expect.stringContaining('Đã đạt "Tập thể Lao động xuất sắc"'), basis: `khoản 1 Điều 26 ${LAW}`, met: true },
      { rule: expect.stringContaining('5/5 (100%)'), basis: `Điều 26 ${LAW}`, met: true },
    ]);
    // Already decided, and the cap of one over three units rated advanced is reached.
    expect(entry(list, EXCELLENT).eligible).toBe(false);
    expect(entry(list, EXCELLENT).reasons).toContainEqual(
      expect.objectContaining({ rule: expect.stringContaining('có 3 đạt, tối đa 1; đã có 1 được tặng'), met: false }),
    );
    expect(entry(list, 'giay-khen')).toMatchObject({ eligible: null, reasons: [{ met: null }] });
    expect(list.map((s) => s.entryId)).not.toContain('chien-si-thi-dua-co-so');
  });

  it('refuses a title to a unit rated below it, and leaves unchecked the one with no points on record', async () => {
    expect(entry(await suggestions({ year: 2024, unitId: 'tri-ton' }), EXCELLENT).eligible).toBe(true);
    expect(entry(await suggestions({ year: 2024, unitId: 'an-phu' }), EXCELLENT).eligible).toBe(false);
    const unscored = entry(await suggestions({ year: 2024, unitId: 'chau-doc' }), ADVANCED);
    expect(unscored.reasons[1]).toMatchObject({ rule: expect.stringContaining('chưa có bảng xếp hạng'), met: null });
  });

  it('answers "cannot be checked" for a year with no registration and no ranking on record', async () => {
    const advanced = entry(await suggestions({ year: 2025, unitId: 'tan-chau' }), ADVANCED);
    expect(advanced.eligible).toBeNull();
    expect(advanced.reasons.map((r) => r.met)).toEqual([null, null]);
  });

  it('suggests Chiến sĩ thi đua cơ sở to a person whose Lao động tiên tiến a dossier decided', async () => {
    const dossier = { dossierId: 'hs-ldtt-tan-chau' };
    const draft = { year: 2024, proposer: { kind: 'UNIT', id: 'tan-chau' }, addressee: { kind: 'UNIT_HEAD', id: 'tan-chau' } };
    await ok(service, 'draftDossier', { ...dossier, ...draft, memo: { number: '12/TTr-VKS', date: '2024-12', signer: 'Phó Viện trưởng' } });
    const candidate = { kind: 'PERSON', id: 'nguyen-van-a' };
    await ok(service, 'addDossierItem', { ...dossier, itemId: 'p1', entryId: 'ca-nhan-lao-dong-tien-tien', candidate });
    await ok(service, 'submitDossier', dossier);
    await ok(service, 'receiveDossier', dossier);
    await ok(service, 'appraiseDossierItem', { ...dossier, itemId: 'p1', verdict: 'APPROVED' });
    await ok(service, 'decideDossier', { ...dossier, decisionNumber: '50/QĐ-VKS', decisionDate: '2024-12-28', signer: 'Viện trưởng' });

    const fighter = entry(await suggestions({ year: 2024, personId: 'nguyen-van-a' }), 'chien-si-thi-dua-co-so');
    expect(fighter.eligible).toBe(true);
    expect(fighter.reasons[0]).toEqual({ rule: expect.stringContaining('Lao động tiên tiến'), basis: `Điều 23 ${LAW}`, met: true });
    expect(entry(await suggestions({ year: 2023, personId: 'nguyen-van-a' }), 'chien-si-thi-dua-co-so').eligible).toBe(false);
  });

  it.each([
    ['both a unit and a person', { year: 2024, unitId: 'tan-chau', personId: 'nguyen-van-a' }],
    ['neither', { year: 2024 }],
  ])('refuses %s with BAD_USER_INPUT and a Vietnamese message', async (_, variables) => {
    const answer = await service.gql(ELIGIBLE, variables);
    expect(answer.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('đúng một trong hai'),
    });
    expect(answer.data?.eligibleAwards ?? null).toBeNull();
  });
});
