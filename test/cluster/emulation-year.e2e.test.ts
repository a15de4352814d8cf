import { mutate, ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

const YEAR = 2022;
const y = { clusterId: CLUSTER, year: YEAR };

const CLUSTER_YEAR = `query($c: ID!, $y: Int!) { clusterYear(clusterId: $c, year: $y) {
  chair { id: unitId } viceChair { id: unitId } finalized reopenings criteriaSet { criteriaSetId version }
  agreement { theme motto legalBases ceremonyDate hostUnitId inForce inForceOn unsignedUnitIds amendments { note changedFields }
    signatures { unitId signatoryName signatoryPosition signedOn } }
  regulationAmendments { summary articles }
  registrations { unitId titleId }
  votes { voteId titleId closed ballotsCast turnoutPercent eligibleVoters tallies { unitId approvals approvalPercent } }
  awards { awardId unitId titleId status decision { decisionNumber decisionDate signer } revocation { grounds revokedOn } }
} }`;
const RANKINGS = `query($c: ID!, $y: Int!) { rankings(clusterId: $c, year: $y) { finalized criteriaSet { criteriaSetId version }
  units { unitId rank effectiveStage effectiveTotal classification qualifiesForTitleId totals { stage total standard bonus penalty } } } }`;
const SHEET = `query($c: ID!, $y: Int!, $u: ID!) { scoreSheet(clusterId: $c, year: $y, unitId: $u) { rows { criterionId kind maxPoints self cluster council } } }`;

describe('a full emulation year of a five-unit cluster, over HTTP', () => {
  let service: TestService;
  const year = async () => (await service.gql(CLUSTER_YEAR, { c: CLUSTER, y: YEAR })).data!.clusterYear;
  const rankings = async () => (await service.gql(RANKINGS, { c: CLUSTER, y: YEAR })).data!.rankings;

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, YEAR, 'tan-chau', 'tri-ton');
  });
  afterAll(() => service.stop());

  it('opens the year with its chair, vice-chair and criteria set', async () => {
    expect(await year()).toMatchObject({
      chair: { id: 'tan-chau' },
      viceChair: { id: 'tri-ton' },
      criteriaSet: { criteriaSetId: 'qd-424-huyen', version: 1 },
      finalized: false,
      agreement: null,
    });
  });

  it('drafts, amends and signs the agreement: in force after the fifth signature', async () => {
    await ok(service, 'draftAgreement', {
      ...y,
      theme: 'Đoàn kết, trách nhiệm, khát vọng cống hiến, hoàn thành xuất sắc nhiệm vụ năm 2022',
      commitments: ['Hoàn thành đạt và vượt các chỉ tiêu theo Nghị quyết số 96/2019/QH14'],
      legalBases: ['15/HD-VKSTC', '139/QĐ-VKSTC', '01/CT-VKSTC'],
      ceremonyDate: '2022-02-22',
      hostUnitId: 'tan-chau',
      venue: 'Viện kiểm sát nhân dân thị xã Tân Châu',
    });
    await ok(service, 'amendRegulation', { ...y, summary: 'Sửa đổi quy chế cho phù hợp Quyết định 424/QĐ-VKSTC', articles: [] });
    await ok(service, 'amendAgreement', { ...y, changes: { motto: 'Đoàn kết - Trách nhiệm' }, note: 'Thông qua tại lễ ký kết' });
    const signatories: Record<string, [string, string]> = {
      'tan-chau': ['Nguyễn Kiến Thịnh', 'Viện trưởng'],
      'tri-ton': ['Trương Thị Thanh Thúy', 'Viện trưởng'],
      'chau-doc': ['Trần Hữu Tài', 'Viện trưởng'],
      'tinh-bien': ['Huỳnh Văn Vĩ', 'Viện trưởng'],
    };
    for (const [unitId, [signatoryName, signatoryPosition]] of Object.entries(signatories))
      await ok(service, 'signAgreement', { ...y, unitId, signatoryName, signatoryPosition, signedOn: '2022-02-22' });

    let agreement = (await year()).agreement;
    expect(agreement).toMatchObject({
      inForce: false,
      unsignedUnitIds: ['an-phu'],
      motto: 'Đoàn kết - Trách nhiệm',
      legalBases: ['15/HD-VKSTC', '139/QĐ-VKSTC', '01/CT-VKSTC'],
    });
    expect(agreement.amendments).toEqual([{ note: 'Thông qua tại lễ ký kết', changedFields: ['motto'] }]);

    const fifth = await ok(service, 'signAgreement', {
      ...y,
      unitId: 'an-phu',
      signatoryName: 'Lãnh đạo VKSND huyện An Phú',
      signatoryPosition: 'Viện trưởng',
      signedOn: '2022-02-22',
    });
    expect(fifth.eventTypes).toEqual(['AgreementSigned', 'AgreementInForce']);
    agreement = (await year()).agreement;
    expect(agreement).toMatchObject({ inForce: true, inForceOn: '2022-02-22', unsignedUnitIds: [] });
    expect(agreement.signatures).toHaveLength(5);
    expect((await year()).regulationAmendments).toHaveLength(1);
  });

  it('records the title registrations (3 for the sector flag, 2 for "Tập thể Lao động xuất sắc")', async () => {
    for (const unitId of ['tan-chau', 'tri-ton', 'an-phu'])
      await ok(service, 'registerTitle', { ...y, unitId, titleId: 'co-thi-dua-nganh' });
    for (const unitId of ['tinh-bien', 'chau-doc']) await ok(service, 'registerTitle', { ...y, unitId, titleId: 'lao-dong-xuat-sac' });
    await ok(service, 'withdrawRegistration', { ...y, unitId: 'an-phu' });
    await ok(service, 'registerTitle', { ...y, unitId: 'an-phu', titleId: 'co-thi-dua-nganh' });
    expect((await year()).registrations).toHaveLength(5);
  });

  it('self-scores and cluster-scores, and ranks on the latest stage', async () => {
    const self: Record<string, [number, number, number]> = {
      'tan-chau': [38, 38, 19],
      'tri-ton': [36, 36, 18],
      'an-phu': [30, 30, 15],
      'tinh-bien': [32, 32, 16],
      'chau-doc': [28, 28, 14],
    };
    for (const unitId of MEMBERS) await score(service, YEAR, unitId, 'SELF', self[unitId]);
    let ranking = await rankings();
    expect(ranking.units[0]).toMatchObject({
      unitId: 'tan-chau',
      rank: 1,
      effectiveStage: 'SELF',
      effectiveTotal: 95,
      classification: 'Xuất sắc',
    });

    const cluster: Record<string, [number, number, number]> = {
      'tan-chau': [37, 37.25, 19],
      'tri-ton': [35, 35, 17],
      'an-phu': [30, 30, 15],
      'tinh-bien': [32, 31, 16],
      'chau-doc': [28, 28, 14],
    };
    for (const unitId of MEMBERS) await score(service, YEAR, unitId, 'CLUSTER', cluster[unitId]);
    await ok(service, 'recordScore', { ...y, unitId: 'tinh-bien', criterionId: 'p1', stage: 'CLUSTER', points: 1.5 });
    ranking = await rankings();
    expect(ranking.units.map((u: any) => [u.unitId, u.rank, u.effectiveTotal, u.classification])).toEqual([
      ['tan-chau', 1, 93.25, 'Xuất sắc'],
      ['tri-ton', 2, 87, 'Tiên tiến'],
      ['tinh-bien', 3, 77.5, 'Tiên tiến'],
      ['an-phu', 4, 75, 'Tiên tiến'],
      ['chau-doc', 5, 70, 'Tiên tiến'],
    ]);
    expect(ranking.units[2].totals[1]).toEqual({ stage: 'CLUSTER', total: 77.5, standard: 79, bonus: 0, penalty: 1.5 });
  });

  it('corrects a score with a reason, and the ranking follows', async () => {
    await ok(service, 'correctScore', {
      ...y,
      unitId: 'tri-ton',
      criterionId: 'c1',
      stage: 'CLUSTER',
      points: 37.5,
      reason: 'Thẩm định lại chỉ tiêu nghiệp vụ',
    });
    const sheet = (await service.gql(SHEET, { c: CLUSTER, y: YEAR, u: 'tri-ton' })).data!.scoreSheet;
    expect(sheet.rows.find((r: any) => r.criterionId === 'c1')).toEqual({
      criterionId: 'c1',
      kind: 'STANDARD',
      maxPoints: 40,
      self: 36,
      cluster: 37.5,
      council: null,
    });
    expect(sheet.rows).toHaveLength(5);
    expect((await rankings()).units[1]).toMatchObject({ unitId: 'tri-ton', effectiveTotal: 89.5 });
    const [event] = (await service.store.readStream('scorecard-ag-2-2022-tri-ton')).slice(-1);
    expect(event.metadata.reason).toBe('Thẩm định lại chỉ tiêu nghiệp vụ');
  });

  it('finalizes: scores are locked until a reasoned reopening', async () => {
    await ok(service, 'finalizeScores', y);
    expect((await rankings()).finalized).toBe(true);
    await refused(
      service,
      'correctScore',
      { ...y, unitId: 'tri-ton', criterionId: 'c1', stage: 'CLUSTER', points: 38, reason: 'x' },
      'SCORES_FINALIZED',
    );
    await ok(service, 'reopenScores', { ...y, reason: 'Hội đồng yêu cầu rà soát điểm trừ' });
    await ok(service, 'correctScore', {
      ...y,
      unitId: 'tinh-bien',
      criterionId: 'p1',
      stage: 'CLUSTER',
      points: 1,
      reason: 'Giảm mức trừ theo kết luận rà soát',
    });
    await ok(service, 'finalizeScores', y);
    expect(await year()).toMatchObject({ finalized: true, reopenings: ['Hội đồng yêu cầu rà soát điểm trừ'] });
  });

  it('awards "Tập thể Lao động xuất sắc" to a registered unit the ranking rates at its threshold', async () => {
    await ok(service, 'proposeAward', { ...y, awardId: 'xs-tan-chau', unitId: 'tan-chau', titleId: 'lao-dong-xuat-sac' });
    await ok(service, 'decideAward', {
      ...y,
      awardId: 'xs-tan-chau',
      decisionNumber: '35/QĐ-VKS',
      decisionDate: '2023-01-12',
      signer: 'Viện trưởng VKSND tỉnh An Giang',
    });
    await ok(service, 'proposeAward', { ...y, awardId: 'xs-tri-ton', unitId: 'tri-ton', titleId: 'lao-dong-xuat-sac' });
    const error = await refused(
      service,
      'decideAward',
      { ...y, awardId: 'xs-tri-ton', decisionNumber: '36/QĐ-VKS', decisionDate: '2023-01-12', signer: 'Viện trưởng' },
      'AWARD_BELOW_THRESHOLD',
    );
    expect(error.extensions).toMatchObject({ unitId: 'tri-ton', minPoints: 90, total: 89.5 });
  });

  it('votes on the sector flag and awards it with 80% approval', async () => {
    await ok(service, 'openVote', { ...y, voteId: 'co-nganh', titleId: 'co-thi-dua-nganh', candidateUnitIds: ['tan-chau', 'tri-ton'] });
    for (const voter of ['tan-chau', 'tri-ton', 'an-phu', 'tinh-bien'])
      await ok(service, 'castBallot', { ...y, voteId: 'co-nganh', voterUnitId: voter, approvedUnitIds: ['tan-chau'] });
    await ok(service, 'castBallot', { ...y, voteId: 'co-nganh', voterUnitId: 'chau-doc', approvedUnitIds: ['tri-ton'] });
    await refused(service, 'castBallot', { ...y, voteId: 'co-nganh', voterUnitId: 'chau-doc', approvedUnitIds: [] }, 'ALREADY_VOTED');
    await ok(service, 'closeVote', { ...y, voteId: 'co-nganh' });
    expect((await year()).votes).toEqual([
      {
        voteId: 'co-nganh',
        titleId: 'co-thi-dua-nganh',
        closed: true,
        ballotsCast: 5,
        turnoutPercent: 100,
        eligibleVoters: 5,
        tallies: [
          { unitId: 'tan-chau', approvals: 4, approvalPercent: 80 },
          { unitId: 'tri-ton', approvals: 1, approvalPercent: 20 },
        ],
      },
    ]);
    await ok(service, 'proposeAward', { ...y, awardId: 'co-tan-chau', unitId: 'tan-chau', titleId: 'co-thi-dua-nganh' });
    await ok(service, 'decideAward', {
      ...y,
      awardId: 'co-tan-chau',
      decisionNumber: '120/QĐ-VKSTC',
      decisionDate: '2023-01-20',
      signer: 'Viện trưởng VKSND tối cao',
    });
    await ok(service, 'proposeAward', { ...y, awardId: 'co-tri-ton', unitId: 'tri-ton', titleId: 'co-thi-dua-nganh' });
    await refused(
      service,
      'decideAward',
      { ...y, awardId: 'co-tri-ton', decisionNumber: '121/QĐ-VKSTC', decisionDate: '2023-01-20', signer: 'x' },
      'FLAG_REQUIRES_EXCELLENT_TITLE',
    );
  });

  it('later revokes an award with its grounds: history kept, title shown as revoked', async () => {
    await ok(service, 'revokeAward', {
      ...y,
      awardId: 'co-tan-chau',
      grounds: 'Kết luận thanh tra: kê khai thành tích không trung thực',
      revokedOn: '2023-09-01',
    });
    const awards = (await year()).awards;
    expect(awards.find((a: any) => a.awardId === 'co-tan-chau')).toEqual({
      awardId: 'co-tan-chau',
      unitId: 'tan-chau',
      titleId: 'co-thi-dua-nganh',
      status: 'REVOKED',
      decision: { decisionNumber: '120/QĐ-VKSTC', decisionDate: '2023-01-20', signer: 'Viện trưởng VKSND tối cao' },
      revocation: { grounds: 'Kết luận thanh tra: kê khai thành tích không trung thực', revokedOn: '2023-09-01' },
    });
    const unit = (
      await service.gql(
        `{ unit(id: "tan-chau") { titles { year titleId titleName status decisionNumber revocationGrounds } memberships { year clusterId chair } } }`,
      )
    ).data!.unit;
    expect(unit.titles).toEqual([
      {
        year: 2022,
        titleId: 'lao-dong-xuat-sac',
        titleName: 'Tập thể Lao động xuất sắc',
        status: 'DECIDED',
        decisionNumber: '35/QĐ-VKS',
        revocationGrounds: null,
      },
      {
        year: 2022,
        titleId: 'co-thi-dua-nganh',
        titleName: 'Cờ thi đua của ngành Kiểm sát nhân dân',
        status: 'REVOKED',
        decisionNumber: '120/QĐ-VKSTC',
        revocationGrounds: 'Kết luận thanh tra: kê khai thành tích không trung thực',
      },
    ]);
    expect(unit.memberships).toEqual([{ year: 2022, clusterId: CLUSTER, chair: true }]);
    const response = await mutate(service, 'revokeAward', { ...y, awardId: 'co-tan-chau', grounds: 'again', revokedOn: '2023-09-02' });
    expect(response.errors![0].extensions!.code).toBe('AWARD_ALREADY_REVOKED');
  });
});
