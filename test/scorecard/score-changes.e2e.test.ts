import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, openYear, registerCluster, score } from '../support/year-scenario';

const Y = { clusterId: CLUSTER, year: 2024 };
const CHANGES = `query($unit: ID, $actor: ID) { scoreChanges(clusterId: "ag-2", year: 2024, unitId: $unit, actorId: $actor) {
  position recordedAt stage unitId criterionId from to reason actor { personId name }
  before { effectiveTotal rank effectiveStage classification } after { effectiveTotal rank effectiveStage classification } } }`;
const RANK = `query($asOf: AsOf) { rankings(clusterId: "ag-2", year: 2024, asOf: $asOf) { units { unitId rank effectiveTotal effectiveStage classification } } }`;

describe('auditors in one round trip: every score change with the unit’s total and rank just before and after', () => {
  let service: TestService;
  let clerk: string;
  let auditor: string;

  beforeAll(async () => {
    service = await startService();
    clerk = await service.token('thu-ky-cum', { role: 'ADMIN' as never, name: 'Thư ký Cụm' });
    auditor = await service.token('kiem-toan-vien', { role: 'AUDITOR' as never, name: 'Kiểm toán viên' });
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
    for (const unitId of ['tan-chau', 'tri-ton']) await ok(service, 'registerTitle', { ...Y, unitId, titleId: 'lao-dong-tien-tien' });
    await score(service, 2024, 'tan-chau', 'COUNCIL', [35, 35, 15]);
    await score(service, 2024, 'tri-ton', 'COUNCIL', [36, 36, 16]);
    await score(service, 2024, 'an-phu', 'COUNCIL', [30, 30, 10]);
    // The clerk corrects Tân Châu twice: it overtakes Tri Tôn, then falls back.
    await ok(
      service,
      'correctScore',
      { ...Y, unitId: 'tan-chau', criterionId: 'c1', stage: 'COUNCIL', points: 40, reason: 'Bổ sung minh chứng chỉ tiêu' },
      clerk,
    );
    await ok(
      service,
      'correctScore',
      { ...Y, unitId: 'tan-chau', criterionId: 'c2', stage: 'COUNCIL', points: 30, reason: 'Trừ điểm do án bị hủy' },
      clerk,
    );
    await ok(service, 'finalizeScores', Y);
    for (const unitId of ['tan-chau', 'tri-ton']) {
      await ok(service, 'proposeAward', { ...Y, awardId: `tt-${unitId}`, unitId, titleId: 'lao-dong-tien-tien' });
      await ok(service, 'decideAward', {
        ...Y,
        awardId: `tt-${unitId}`,
        decisionNumber: `1${unitId.length}/QĐ-VKS`,
        decisionDate: '2025-01-15',
        signer: 'Viện trưởng',
      });
    }
    await ok(service, 'revokeAward', {
      ...Y,
      awardId: 'tt-tan-chau',
      grounds: 'Kê khai thành tích không trung thực',
      revokedOn: '2025-03-01',
    });
  });
  afterAll(() => service.stop());

  it('lists each change of one unit with who, when, stage, from, to, why, and its standing before and after, as the rankings of those moments say', async () => {
    const answer = await service.gql(CHANGES, { unit: 'tan-chau' }, auditor);
    expect(answer.errors).toBeUndefined();
    const changes = answer.data!.scoreChanges;
    expect(changes.map((c: any) => [c.criterionId, c.from, c.to, c.reason, c.actor.personId])).toEqual([
      ['c1', null, 35, null, 'admin-test'],
      ['c2', null, 35, null, 'admin-test'],
      ['c3', null, 15, null, 'admin-test'],
      ['c1', 35, 40, 'Bổ sung minh chứng chỉ tiêu', 'thu-ky-cum'],
      ['c2', 35, 30, 'Trừ điểm do án bị hủy', 'thu-ky-cum'],
    ]);
    for (const change of changes) {
      const at = async (asOf: number) =>
        (await service.gql(RANK, { asOf })).data!.rankings.units.find((u: any) => u.unitId === 'tan-chau') ?? null;
      const strip = (row: any) =>
        row && {
          effectiveTotal: row.effectiveTotal,
          rank: row.rank,
          effectiveStage: row.effectiveStage,
          classification: row.classification,
        };
      expect({ position: change.position, before: change.before, after: change.after }).toEqual({
        position: change.position,
        before: strip(await at(change.position - 1)),
        after: strip(await at(change.position)),
      });
    }
    expect(changes[3].before).toMatchObject({ effectiveTotal: 85, rank: 2 });
    expect(changes[3].after).toMatchObject({ effectiveTotal: 90, rank: 1 });
    expect(changes[4].after).toMatchObject({ effectiveTotal: 85, rank: 2 });
  });

  it('narrows to one person, across units; whoChanged takes the unit', async () => {
    const byClerk = (await service.gql(CHANGES, { actor: 'thu-ky-cum' }, auditor)).data!.scoreChanges;
    expect(byClerk.map((c: any) => c.to)).toEqual([40, 30]);
    const who = (
      await service.gql(
        '{ whoChanged(clusterId: "ag-2", year: 2024, unitId: "tri-ton") { actor { personId } unitIds recorded corrected } }',
        {},
        auditor,
      )
    ).data!.whoChanged;
    expect(who).toEqual([{ actor: { personId: 'admin-test' }, unitIds: ['tri-ton'], recorded: 3, corrected: 0 }]);
  });

  it('is for auditors and the council: a unit officer is refused with FORBIDDEN', async () => {
    const officer = await service.token('can-bo-tri-ton', { role: 'UNIT_OFFICER' as never, unit: 'tri-ton' });
    const answer = await service.gql(CHANGES, { unit: 'tri-ton' }, officer);
    expect(answer.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('the audit trail’s unit filter finds every event about the unit, awards included, with points as decimals', async () => {
    const trail = (
      await service.gql(
        `{ auditTrail(filter: { unitId: "tan-chau" }, first: 50, order: OLDEST_FIRST) { edges { node { type data } } } }`,
        {},
        auditor,
      )
    ).data!.auditTrail.edges.map((e: any) => e.node);
    const types = trail.map((e: any) => e.type);
    for (const type of [
      'UnitRegistered',
      'ClusterYearOpened',
      'ChairRotated',
      'ScoreRecorded',
      'ScoreCorrected',
      'AwardProposed',
      'AwardDecided',
      'AwardRevoked',
    ])
      expect({ type, found: types.includes(type) }).toEqual({ type, found: true });
    expect(trail.filter((e: any) => e.type === 'AwardDecided').map((e: any) => e.data.awardId)).toEqual(['tt-tan-chau']);
    expect(trail.find((e: any) => e.type === 'ScoreCorrected').data).toMatchObject({ previousPoints: 35, points: 40 });
    const criteria = (
      await service.gql(`{ auditTrail(filter: { eventType: "CriteriaSetPublished" }, first: 1) { edges { node { data } } } }`, {}, auditor)
    ).data!.auditTrail.edges[0].node.data;
    expect(criteria.sections[0].criteria[0].maxPoints).toBe(40);
    expect(criteria.thresholds[0].minPoints).toBe(90);
  });
});
