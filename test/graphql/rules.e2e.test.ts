import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

/**
 * Every rule of the domain brief, broken over HTTP: each answers its own code, and the store's
 * head does not move (checked inside `refused`).
 */
describe('the rules of the domain brief, broken over HTTP, append nothing', () => {
  let service: TestService;
  const y22 = { clusterId: CLUSTER, year: 2022 };
  const y23 = { clusterId: CLUSTER, year: 2023 };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'registerUnit', { unitId: 'outsider', name: 'Viện kiểm sát nhân dân huyện Phú Tân', level: 'DISTRICT' });
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
    await ok(service, 'declareIneligible', { ...y22, unitId: 'an-phu', reason: 'Có cán bộ vi phạm bị kỷ luật' });
    await ok(service, 'draftAgreement', {
      ...y22,
      theme: 'Chủ đề',
      commitments: [],
      legalBases: ['15/HD-VKSTC'],
      ceremonyDate: '2022-02-22',
      hostUnitId: 'tan-chau',
    });
    await ok(service, 'signAgreement', {
      ...y22,
      unitId: 'tan-chau',
      signatoryName: 'A',
      signatoryPosition: 'Viện trưởng',
      signedOn: '2022-02-22',
    });
    for (const unitId of ['tan-chau', 'tri-ton']) await ok(service, 'registerTitle', { ...y22, unitId, titleId: 'co-thi-dua-nganh' });
    for (const unitId of MEMBERS)
      await score(service, 2022, unitId, 'CLUSTER', ['tan-chau', 'tri-ton'].includes(unitId) ? [40, 40, 15] : [35, 35, 15]);
    await ok(service, 'finalizeScores', y22);
    await ok(service, 'proposeAward', { ...y22, awardId: 'xs-1', unitId: 'tan-chau', titleId: 'lao-dong-xuat-sac' });
    await ok(service, 'decideAward', {
      ...y22,
      awardId: 'xs-1',
      decisionNumber: '1/QĐ',
      decisionDate: '2023-01-10',
      signer: 'Viện trưởng',
    });
    await ok(service, 'proposeAward', { ...y22, awardId: 'xs-2', unitId: 'tri-ton', titleId: 'lao-dong-xuat-sac' });
    await ok(service, 'proposeAward', { ...y22, awardId: 'co-1', unitId: 'tri-ton', titleId: 'co-thi-dua-nganh' });
    await ok(service, 'proposeAward', { ...y22, awardId: 'co-2', unitId: 'tan-chau', titleId: 'co-thi-dua-nganh' });
    await ok(service, 'openVote', { ...y22, voteId: 'v', titleId: 'co-thi-dua-nganh', candidateUnitIds: ['tan-chau'] });
    for (const voter of ['tan-chau', 'tri-ton', 'an-phu'])
      await ok(service, 'castBallot', { ...y22, voteId: 'v', voterUnitId: voter, approvedUnitIds: ['tan-chau'] });
    await ok(service, 'closeVote', { ...y22, voteId: 'v' });
    await ok(service, 'openClusterYear', { ...y23, memberUnitIds: MEMBERS });
  });
  afterAll(() => service.stop());

  const decision = { decisionNumber: '2/QĐ', decisionDate: '2023-01-10', signer: 'Viện trưởng' };
  const sign = { signatoryName: 'B', signatoryPosition: 'Viện trưởng', signedOn: '2022-02-22' };

  it.each([
    [
      'the chair rotates to another member',
      'rotateChair',
      'CHAIR_NOT_ROTATED',
      { ...y23, chairUnitId: 'tan-chau', viceChairUnitId: 'chau-doc' },
    ],
    ['the chair is a member', 'rotateChair', 'CHAIR_NOT_MEMBER', { ...y23, chairUnitId: 'outsider', viceChairUnitId: 'chau-doc' }],
    [
      'the vice-chair is a member',
      'rotateChair',
      'VICE_CHAIR_NOT_MEMBER',
      { ...y23, chairUnitId: 'chau-doc', viceChairUnitId: 'outsider' },
    ],
    [
      'the vice-chair is a different member',
      'rotateChair',
      'CHAIR_SAME_AS_VICE_CHAIR',
      { ...y23, chairUnitId: 'chau-doc', viceChairUnitId: 'chau-doc' },
    ],
    [
      'an ineligible unit cannot chair next year',
      'rotateChair',
      'CHAIR_NOT_ELIGIBLE',
      { ...y23, chairUnitId: 'an-phu', viceChairUnitId: 'chau-doc' },
    ],
    [
      'an ineligible unit cannot vice-chair next year',
      'rotateChair',
      'VICE_CHAIR_NOT_ELIGIBLE',
      { ...y23, chairUnitId: 'chau-doc', viceChairUnitId: 'an-phu' },
    ],
    ['only members sign', 'signAgreement', 'SIGNER_NOT_MEMBER', { ...y22, unitId: 'outsider', ...sign }],
    ['each unit signs once', 'signAgreement', 'ALREADY_SIGNED', { ...y22, unitId: 'tan-chau', ...sign }],
    [
      'only members register titles',
      'registerTitle',
      'REGISTRANT_NOT_MEMBER',
      { ...y22, unitId: 'outsider', titleId: 'lao-dong-xuat-sac' },
    ],
    ['titles come from the catalogue', 'registerTitle', 'TITLE_NOT_FOUND', { ...y23, unitId: 'tan-chau', titleId: 'huan-chuong' }],
    [
      'only members are scored',
      'recordScore',
      'SCORED_UNIT_NOT_MEMBER',
      { ...y22, unitId: 'outsider', criterionId: 'c1', stage: 'SELF', points: 10 },
    ],
    [
      'a year without a criteria set takes no scores',
      'recordScore',
      'NO_CRITERIA_SET',
      { ...y23, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: 40.5 },
    ],
    [
      'a finalized year takes no new scores',
      'recordScore',
      'SCORES_FINALIZED',
      { ...y22, unitId: 'tan-chau', criterionId: 'c9', stage: 'COUNCIL', points: 1 },
    ],
    [
      'scores of a finalized year cannot change',
      'correctScore',
      'SCORES_FINALIZED',
      { ...y22, unitId: 'tan-chau', criterionId: 'c1', stage: 'CLUSTER', points: 36, reason: 'x' },
    ],
    ['a reopening needs a reason', 'reopenScores', 'BAD_USER_INPUT', { ...y22, reason: '' }],
    [
      '"Tập thể Lao động xuất sắc" is capped at 20%, minimum 1',
      'decideAward',
      'EXCELLENT_CAP_EXCEEDED',
      { ...y22, awardId: 'xs-2', ...decision },
    ],
    [
      'the sector flag needs "Tập thể Lao động xuất sắc" that year',
      'decideAward',
      'FLAG_REQUIRES_EXCELLENT_TITLE',
      { ...y22, awardId: 'co-1', ...decision },
    ],
    ['the sector flag needs 80% approval of the members', 'decideAward', 'FLAG_APPROVAL_TOO_LOW', { ...y22, awardId: 'co-2', ...decision }],
    [
      'only a decided award can be revoked',
      'revokeAward',
      'AWARD_NOT_DECIDED',
      { ...y22, awardId: 'xs-2', grounds: 'Sai', revokedOn: '2023-05-01' },
    ],
  ])('%s: %s → %s', async (_rule, mutation, code, input) => {
    await refused(service, mutation, input, code);
  });

  it('bounds scores and criteria in an open year', async () => {
    await ok(service, 'adoptCriteriaSet', { ...y23, criteriaSetId: 'qd-424-huyen' });
    await refused(
      service,
      'recordScore',
      { ...y23, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: 40.5 },
      'POINTS_OUT_OF_RANGE',
    );
    await refused(
      service,
      'recordScore',
      { ...y23, unitId: 'tan-chau', criterionId: 'p1', stage: 'SELF', points: 10.01 },
      'POINTS_OUT_OF_RANGE',
    );
    await refused(
      service,
      'recordScore',
      { ...y23, unitId: 'tan-chau', criterionId: 'c9', stage: 'SELF', points: 1 },
      'CRITERION_NOT_IN_SET',
    );
    await refused(
      service,
      'recordScore',
      { ...y23, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: 10.123 },
      'BAD_USER_INPUT',
    );
    await refused(service, 'recordScore', { ...y23, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: -1 }, 'BAD_USER_INPUT');
    await ok(service, 'recordScore', { ...y23, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: 40 });
    await refused(
      service,
      'recordScore',
      { ...y23, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: 39 },
      'SCORE_ALREADY_RECORDED',
    );
    await refused(
      service,
      'correctScore',
      { ...y23, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: 39, reason: '  ' },
      'REASON_REQUIRED',
    );
  });
});
