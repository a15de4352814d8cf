import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, registerCluster } from '../support/year-scenario';

const ADVANCED = 'lao-dong-tien-tien';
const EXCELLENT = 'lao-dong-xuat-sac';
const COMMENDATION = 'giay-khen';
const PROVINCIAL = 'hdtdkt-ag';
const SECTOR = 'hdtdkt-nganh';
const ADVANCED_DOSSIER = { dossierId: 'hs-cum2-lddt-2024' };
const EXCELLENT_DOSSIER = { dossierId: 'hs-cum2-ldxs-2024' };
const COMMENDATION_DOSSIER = { dossierId: 'hs-cum2-gk-2024' };
const DRAFT_DOSSIER = { dossierId: 'hs-cum2-bo-sung-2024' };
const REJECTION = 'Chưa hoàn thành chỉ tiêu giải quyết án';
const unit = (id: string) => ({ kind: 'UNIT', id });
const person = (id: string) => ({ kind: 'PERSON', id });

const PLACE = 'dossierId itemId count candidate { kind id } candidateName reason decisionNumber forwardedTo { kind id } forwardedAs';
const SESSION = `query($councilId: ID!, $year: Int!, $asOf: AsOf) { councilAwardSession(councilId: $councilId, year: $year, asOf: $asOf) {
  councilId councilName year dossierIds
  entries { entryId entryName kind requested approved rejected decided forwarded pending gap
    approvedPlaces { ${PLACE} } rejectedPlaces { ${PLACE} } decidedPlaces { ${PLACE} }
    forwardedPlaces { ${PLACE} } pendingPlaces { ${PLACE} } gapPlaces { ${PLACE} } } } }`;

interface Place {
  itemId: string;
  count: number;
  candidate: { kind: string; id: string } | null;
  candidateName: string | null;
  reason: string | null;
  decisionNumber: string | null;
  forwardedTo: { kind: string; id: string } | null;
  forwardedAs: string | null;
}
interface Entry {
  entryId: string;
  [outcome: string]: unknown;
}

/**
 * The cluster asks the provincial council for four advanced collective titles without names, an
 * excellent title for Tân Châu and a Giấy khen for one officer. A dossier ends either decided or
 * proposed on, and none may end while a place in it is unappraised, so the three requests travel in
 * three dossiers: the advanced titles' stays open, the fourth place never named.
 */
describe('over HTTP: a council’s award session, what was requested against what was decided or proposed on', () => {
  let service: TestService;
  let beforeDecision: number;
  const session = async (variables: Record<string, unknown>) =>
    (await service.gql(SESSION, { councilId: PROVINCIAL, year: 2024, ...variables })).data!.councilAwardSession;
  const entry = (read: { entries: Entry[] }, entryId: string) => read.entries.find((e) => e.entryId === entryId)!;
  const counts = ({ requested, approved, rejected, decided, forwarded, pending, gap }: Entry) =>
    ({ requested, approved, rejected, decided, forwarded, pending, gap }) as Record<string, number>;
  const named = (places: Place[]) => places.map((p) => [p.itemId, p.candidateName]);

  async function sendToCouncil(dossier: { dossierId: string }, items: Record<string, unknown>[]) {
    const proposer = { kind: 'CLUSTER', id: CLUSTER };
    await ok(service, 'draftDossier', { ...dossier, year: 2024, proposer, addressee: { kind: 'COUNCIL', id: PROVINCIAL } });
    for (const item of items) await ok(service, 'addDossierItem', { ...dossier, ...item });
  }

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'registerCouncil', {
      councilId: SECTOR,
      name: 'Hội đồng Thi đua – Khen thưởng ngành Kiểm sát nhân dân',
      level: 'SECTOR',
    });
    await ok(service, 'registerCouncil', {
      councilId: PROVINCIAL,
      name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang',
      level: 'PROVINCIAL',
      unitId: 'vks-an-giang',
    });
    await ok(service, 'registerPerson', { personId: 'nguyen-thi-lan', fullName: 'Nguyễn Thị Lan' });

    // Given: the three requests sent and received, and a fourth still in draft, which asks nothing yet.
    await sendToCouncil(ADVANCED_DOSSIER, [{ itemId: 'tt', entryId: ADVANCED, count: 4 }]);
    await sendToCouncil(EXCELLENT_DOSSIER, [{ itemId: 'xs', entryId: EXCELLENT, candidate: unit('tan-chau') }]);
    await sendToCouncil(COMMENDATION_DOSSIER, [{ itemId: 'gk', entryId: COMMENDATION, candidate: person('nguyen-thi-lan') }]);
    await sendToCouncil(DRAFT_DOSSIER, [{ itemId: 'tt2', entryId: ADVANCED, count: 2 }]);
    for (const dossier of [ADVANCED_DOSSIER, EXCELLENT_DOSSIER, COMMENDATION_DOSSIER]) {
      await ok(service, 'submitDossier', dossier);
      await ok(service, 'receiveDossier', dossier);
    }

    // When: the council names three of the four places, approves two, rejects one with a reason…
    const three = ['an-phu', 'tinh-bien', 'chau-doc'].map((id) => ({ itemId: `tt-${id}`, candidate: unit(id) }));
    await ok(service, 'resolveDossierCountItem', { ...ADVANCED_DOSSIER, itemId: 'tt', named: three });
    for (const itemId of ['tt-an-phu', 'tt-tinh-bien'])
      await ok(service, 'appraiseDossierItem', { ...ADVANCED_DOSSIER, itemId, verdict: 'APPROVED' });
    await ok(service, 'appraiseDossierItem', { ...ADVANCED_DOSSIER, itemId: 'tt-chau-doc', verdict: 'REJECTED', reason: REJECTION });
    // …proposes the excellent title on to the sector council, and decides the Giấy khen.
    await ok(service, 'appraiseDossierItem', { ...EXCELLENT_DOSSIER, itemId: 'xs', verdict: 'APPROVED' });
    await ok(service, 'forwardDossier', {
      ...EXCELLENT_DOSSIER,
      forwardedAs: 'hs-ag-ldxs-2024',
      addressee: { kind: 'COUNCIL', id: SECTOR },
    });
    beforeDecision = (await ok(service, 'appraiseDossierItem', { ...COMMENDATION_DOSSIER, itemId: 'gk', verdict: 'APPROVED' })).position;
    await ok(service, 'decideDossier', { ...COMMENDATION_DOSSIER, decisionNumber: '15/QĐ-VKS', decisionDate: '2024-12-20' });
  }, 60_000);
  afterAll(() => service.stop());

  it('counts the advanced titles: four asked, two approved, one rejected with its reason, the unnamed place not yet appraised', async () => {
    const read = await session({});
    expect(read).toMatchObject({ councilId: PROVINCIAL, councilName: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang', year: 2024 });
    expect(read.dossierIds).toEqual([COMMENDATION_DOSSIER, ADVANCED_DOSSIER, EXCELLENT_DOSSIER].map((d) => d.dossierId));
    const advanced = entry(read, ADVANCED);
    expect(counts(advanced)).toEqual({ requested: 4, approved: 2, rejected: 1, decided: 0, forwarded: 0, pending: 1, gap: 2 });
    expect(named(advanced.approvedPlaces as Place[])).toEqual([
      ['tt-an-phu', 'Viện kiểm sát nhân dân huyện An Phú'],
      ['tt-tinh-bien', 'Viện kiểm sát nhân dân huyện Tịnh Biên'],
    ]);
    expect(advanced.rejectedPlaces).toEqual([
      expect.objectContaining({ itemId: 'tt-chau-doc', candidateName: 'Viện kiểm sát nhân dân thành phố Châu Đốc', reason: REJECTION }),
    ]);
    expect(advanced.pendingPlaces).toEqual([expect.objectContaining({ itemId: 'tt', count: 1, candidate: null, candidateName: null })]);
    // The gap: approved, yet neither decided nor proposed on.
    expect(named(advanced.gapPlaces as Place[])).toEqual(named(advanced.approvedPlaces as Place[]));
  });

  it('shows the excellent title proposed on to the sector council and the Giấy khen decided, in the catalogue’s order', async () => {
    const read = await session({});
    expect(read.entries.map((e: Entry) => e.entryId)).toEqual([ADVANCED, EXCELLENT, COMMENDATION]);
    const excellent = entry(read, EXCELLENT);
    expect(counts(excellent)).toEqual({ requested: 1, approved: 1, rejected: 0, decided: 0, forwarded: 1, pending: 0, gap: 0 });
    expect(excellent.forwardedPlaces).toEqual([
      expect.objectContaining({
        itemId: 'xs',
        candidateName: 'Viện kiểm sát nhân dân thị xã Tân Châu',
        forwardedTo: { kind: 'COUNCIL', id: SECTOR },
        forwardedAs: 'hs-ag-ldxs-2024',
      }),
    ]);
    const commendation = entry(read, COMMENDATION);
    expect(counts(commendation)).toEqual({ requested: 1, approved: 1, rejected: 0, decided: 1, forwarded: 0, pending: 0, gap: 0 });
    expect(commendation.decidedPlaces).toEqual([
      expect.objectContaining({
        itemId: 'gk',
        candidate: person('nguyen-thi-lan'),
        candidateName: 'Nguyễn Thị Lan',
        decisionNumber: '15/QĐ-VKS',
      }),
    ]);
  });

  it('read as of before the decision, the approved Giấy khen is still the gap', async () => {
    const commendation = entry(await session({ asOf: beforeDecision }), COMMENDATION);
    expect(counts(commendation)).toEqual({ requested: 1, approved: 1, rejected: 0, decided: 0, forwarded: 0, pending: 0, gap: 1 });
    expect(named(commendation.gapPlaces as Place[])).toEqual([['gk', 'Nguyễn Thị Lan']]);
  });

  it('the sector council’s session holds what was proposed on to it; another year and an unknown council hold nothing', async () => {
    const sector = await session({ councilId: SECTOR });
    expect(sector.dossierIds).toEqual([]);
    // The dossier proposed on is still being drafted: it asks the sector council nothing until it is sent.
    await ok(service, 'submitDossier', { dossierId: 'hs-ag-ldxs-2024' });
    const sent = await session({ councilId: SECTOR });
    expect(sent.dossierIds).toEqual(['hs-ag-ldxs-2024']);
    expect(counts(entry(sent, EXCELLENT))).toMatchObject({ requested: 1, pending: 1, gap: 0 });
    expect((await session({ year: 2025 })).entries).toEqual([]);
    expect(await session({ councilId: 'hdtdkt-khong-co' })).toBeNull();
  });

  it('the unnamed place keeps the advanced titles from being decided or proposed on', async () => {
    await refused(
      service,
      'forwardDossier',
      { ...ADVANCED_DOSSIER, forwardedAs: 'x', addressee: { kind: 'COUNCIL', id: SECTOR } },
      'DOSSIER_ITEMS_NOT_APPRAISED',
    );
    expect(counts(entry(await session({}), ADVANCED))).toMatchObject({ requested: 4, pending: 1, gap: 2 });
  });
});
