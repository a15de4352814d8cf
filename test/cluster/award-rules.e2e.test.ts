import { exportCsv } from '../support/exports';
import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

/** Awards follow the registration and the ranking; a revoked prerequisite takes its dependent award with it. */
describe('over HTTP: award rules', () => {
  let service: TestService;
  const y = { clusterId: CLUSTER, year: 2022 };
  const decision = { decisionNumber: '35/QĐ-VKS', decisionDate: '2023-01-12', signer: 'Viện trưởng VKSND tỉnh An Giang' };
  const EXCELLENT = 'lao-dong-xuat-sac';
  const FLAG = 'co-thi-dua-nganh';

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
    await ok(service, 'registerTitle', { ...y, unitId: 'tan-chau', titleId: FLAG });
    await ok(service, 'registerTitle', { ...y, unitId: 'tri-ton', titleId: EXCELLENT });
    await ok(service, 'withdrawRegistration', { ...y, unitId: 'tri-ton' });
    await ok(service, 'registerTitle', { ...y, unitId: 'an-phu', titleId: EXCELLENT });
    await score(service, 2022, 'tan-chau', 'SELF', [40, 40, 15]);
    // The council re-scores one criterion: the unit stays "Xuất sắc" (93), it does not fall to 38.
    await ok(service, 'recordScore', { ...y, unitId: 'tan-chau', criterionId: 'c2', stage: 'COUNCIL', points: 38 });
    for (const unitId of MEMBERS.slice(1)) await score(service, 2022, unitId, 'SELF', [40, 40, 15]);
    await ok(service, 'recordScore', { ...y, unitId: 'an-phu', criterionId: 'c3', stage: 'COUNCIL', points: 5 });
    await ok(service, 'finalizeScores', y);
    for (const unitId of ['tan-chau', 'tri-ton', 'an-phu', 'tinh-bien'])
      await ok(service, 'proposeAward', { ...y, awardId: `xs-${unitId}`, unitId, titleId: EXCELLENT });
  });
  afterAll(() => service.stop());

  it('refuses a unit that withdrew its registration, or never registered: AWARD_NOT_REGISTERED', async () => {
    await refused(service, 'decideAward', { ...y, awardId: 'xs-tri-ton', ...decision }, 'AWARD_NOT_REGISTERED');
    await refused(service, 'decideAward', { ...y, awardId: 'xs-tinh-bien', ...decision }, 'AWARD_NOT_REGISTERED');
  });

  it('refuses a unit the ranking rates below the title: AWARD_BELOW_THRESHOLD', async () => {
    const error = await refused(service, 'decideAward', { ...y, awardId: 'xs-an-phu', ...decision }, 'AWARD_BELOW_THRESHOLD');
    expect(error.extensions).toMatchObject({ unitId: 'an-phu', minPoints: 90, total: 85 });
  });

  it('awards the registered unit rated at the threshold, its council-corrected criterion counted alone', async () => {
    await ok(service, 'decideAward', { ...y, awardId: 'xs-tan-chau', ...decision });
    const { awards } = (
      await service.gql(
        `{ clusterYear(clusterId: "${CLUSTER}", year: 2022) { awards { awardId decision { document { kind number issuerCode } } } } }`,
      )
    ).data!.clusterYear;
    expect(awards.find((a: { awardId: string }) => a.awardId === 'xs-tan-chau').decision.document).toEqual({
      kind: 'DECISION',
      number: '35/QĐ-VKS',
      issuerCode: 'VKS',
    });
  });

  it('revokes the sector flag with the excellent title it required, in one write, on the same grounds', async () => {
    await ok(service, 'openVote', { ...y, voteId: 'co', titleId: FLAG, candidateUnitIds: ['tan-chau'] });
    for (const voter of MEMBERS) await ok(service, 'castBallot', { ...y, voteId: 'co', voterUnitId: voter, approvedUnitIds: ['tan-chau'] });
    await ok(service, 'closeVote', { ...y, voteId: 'co' });
    await ok(service, 'proposeAward', { ...y, awardId: 'co-tan-chau', unitId: 'tan-chau', titleId: FLAG });
    await ok(service, 'decideAward', {
      ...y,
      awardId: 'co-tan-chau',
      decisionNumber: '120/QĐ-VKSTC',
      decisionDate: '2023-01-20',
      signer: 'Viện trưởng VKSND tối cao',
    });

    const grounds = 'Kết luận thanh tra: kê khai thành tích không trung thực';
    const result = await ok(service, 'revokeAward', { ...y, awardId: 'xs-tan-chau', grounds, revokedOn: '2023-09-01' });
    expect(result.eventTypes).toEqual(['AwardRevoked', 'AwardRevoked']);

    const { awards } = (
      await service.gql(
        `{ clusterYear(clusterId: "${CLUSTER}", year: 2022) { awards { awardId status revocation { grounds revokedOn withAwardId } } } }`,
      )
    ).data!.clusterYear;
    expect(awards.filter((a: { status: string }) => a.status === 'REVOKED')).toEqual([
      { awardId: 'xs-tan-chau', status: 'REVOKED', revocation: { grounds, revokedOn: '2023-09-01', withAwardId: null } },
      { awardId: 'co-tan-chau', status: 'REVOKED', revocation: { grounds, revokedOn: '2023-09-01', withAwardId: 'xs-tan-chau' } },
    ]);
    expect(await exportCsv(service, `/exports/cluster-year/${CLUSTER}/2022.csv`)).toContain(
      `${grounds} (thu hồi theo khen thưởng xs-tan-chau)`,
    );
  });
});
