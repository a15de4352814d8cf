import { clusterYearDecider } from '../../src/cluster/domain/year/decider';
import { excellentCap } from '../../src/cluster/domain/year/decide-awards';
import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { StandardTitle } from '../../src/catalogue/domain/title/standard-titles';
import { specification } from '../support/decider-specification';
import { criteriaSet, members, opened, y } from '../support/domain-fixtures';

const given = specification(clusterYearDecider);
const flagVote: ClusterYearEvent = {
  type: 'VoteOpened',
  data: { ...y, voteId: 'v1', titleId: StandardTitle.SECTOR_FLAG, candidateUnitIds: ['tan-chau', 'tri-ton'] },
};
const ballot = (voterUnitId: string, approvedUnitIds: string[]): ClusterYearEvent => ({
  type: 'BallotCast',
  data: { ...y, voteId: 'v1', voterUnitId, approvedUnitIds },
});
const closed = (approvals: number): ClusterYearEvent => ({
  type: 'VoteClosed',
  data: {
    ...y,
    voteId: 'v1',
    eligibleVoters: 5,
    ballots: 5,
    tallies: [
      { unitId: 'tan-chau', approvals },
      { unitId: 'tri-ton', approvals: 1 },
    ],
  },
});

describe('vote: OpenVote / CastBallot / CloseVote', () => {
  const open = {
    type: 'OpenVote' as const,
    ...y,
    voteId: 'v1',
    titleId: StandardTitle.SECTOR_FLAG,
    candidateUnitIds: ['tan-chau', 'tri-ton'],
    titleKnown: true,
  };
  const cast = { type: 'CastBallot' as const, ...y, voteId: 'v1', voterUnitId: 'an-phu', approvedUnitIds: ['tan-chau'] };

  it('opens a vote on candidates for a title', () => given([opened]).when(open).then([flagVote]));
  it('opens a vote id once: VOTE_ALREADY_EXISTS', () => given([opened, flagVote]).when(open).thenThrows('VOTE_ALREADY_EXISTS'));
  it('needs a known title: TITLE_NOT_FOUND', () =>
    given([opened])
      .when({ ...open, titleKnown: false })
      .thenThrows('TITLE_NOT_FOUND'));
  it('needs candidates: NO_CANDIDATES', () =>
    given([opened])
      .when({ ...open, candidateUnitIds: [] })
      .thenThrows('NO_CANDIDATES'));
  it('takes member candidates only: CANDIDATE_NOT_MEMBER', () =>
    given([opened])
      .when({ ...open, candidateUnitIds: ['x'] })
      .thenThrows('CANDIDATE_NOT_MEMBER'));

  it('records a ballot', () =>
    given([opened, flagVote])
      .when(cast)
      .then([ballot('an-phu', ['tan-chau'])]));
  it('takes one ballot per member: ALREADY_VOTED', () =>
    given([opened, flagVote, ballot('an-phu', [])])
      .when(cast)
      .thenThrows('ALREADY_VOTED'));
  it('takes ballots from members only: VOTER_NOT_MEMBER', () =>
    given([opened, flagVote])
      .when({ ...cast, voterUnitId: 'x' })
      .thenThrows('VOTER_NOT_MEMBER'));
  it('approves candidates only: NOT_A_CANDIDATE', () =>
    given([opened, flagVote])
      .when({ ...cast, approvedUnitIds: ['an-phu'] })
      .thenThrows('NOT_A_CANDIDATE'));
  it('needs the vote: VOTE_NOT_FOUND', () => given([opened]).when(cast).thenThrows('VOTE_NOT_FOUND'));
  it('refuses ballots after closing: VOTE_CLOSED', () =>
    given([opened, flagVote, closed(4)])
      .when(cast)
      .thenThrows('VOTE_CLOSED'));

  it('closes with turnout and approvals against the members', () =>
    given([opened, flagVote, ballot('an-phu', ['tan-chau']), ballot('tinh-bien', ['tan-chau', 'tri-ton'])])
      .when({ type: 'CloseVote', ...y, voteId: 'v1' })
      .then([
        {
          type: 'VoteClosed',
          data: {
            ...y,
            voteId: 'v1',
            eligibleVoters: 5,
            ballots: 2,
            tallies: [
              { unitId: 'tan-chau', approvals: 2 },
              { unitId: 'tri-ton', approvals: 1 },
            ],
          },
        },
      ]));
  it('closes once: VOTE_CLOSED', () =>
    given([opened, flagVote, closed(4)])
      .when({ type: 'CloseVote', ...y, voteId: 'v1' })
      .thenThrows('VOTE_CLOSED'));
});

describe('awards', () => {
  const adopted: ClusterYearEvent = { type: 'CriteriaSetAdopted', data: { ...y, criteriaSetId: 'qd-424', version: 1 } };
  const finalized: ClusterYearEvent = { type: 'ScoresFinalized', data: { ...y } };
  const proposed = (awardId: string, unitId: string, titleId: string): ClusterYearEvent => ({
    type: 'AwardProposed',
    data: { ...y, awardId, unitId, titleId },
  });
  const decided = (awardId: string): ClusterYearEvent => ({
    type: 'AwardDecided',
    data: { ...y, awardId, decisionNumber: '12/QĐ-VKS', decisionDate: '2023-01-10', signer: 'Viện trưởng' },
  });
  /** Every member scored 95: rated "Xuất sắc" by the fixture set's thresholds. */
  const ranking = { thresholds: criteriaSet.thresholds, effectiveTotals: Object.fromEntries(members.map((m) => [m, 9500])) };
  const decide = (awardId: string, ratedAdvancedCount = 5) => ({
    type: 'DecideAward' as const,
    ...y,
    awardId,
    decisionNumber: '12/QĐ-VKS',
    decisionDate: '2023-01-10',
    signer: 'Viện trưởng',
    ratedAdvancedCount,
    ranking,
  });
  const registered = (unitId: string, titleId: string): ClusterYearEvent => ({ type: 'TitleRegistered', data: { ...y, unitId, titleId } });
  /** Each member registered for the sector flag, which covers the titles below it. */
  const year = [opened, adopted, ...members.map((m) => registered(m, StandardTitle.SECTOR_FLAG)), finalized];

  it('proposes an award', () =>
    given([opened])
      .when({ type: 'ProposeAward', ...y, awardId: 'a1', unitId: 'tan-chau', titleId: StandardTitle.EXCELLENT, titleKnown: true })
      .then([proposed('a1', 'tan-chau', StandardTitle.EXCELLENT)]));
  it('proposes members only: AWARDEE_NOT_MEMBER', () =>
    given([opened])
      .when({ type: 'ProposeAward', ...y, awardId: 'a1', unitId: 'x', titleId: StandardTitle.EXCELLENT, titleKnown: true })
      .thenThrows('AWARDEE_NOT_MEMBER'));
  it('proposes catalogue titles only: TITLE_NOT_FOUND', () =>
    given([opened])
      .when({ type: 'ProposeAward', ...y, awardId: 'a1', unitId: 'tan-chau', titleId: 'x', titleKnown: false })
      .thenThrows('TITLE_NOT_FOUND'));
  it('uses an award id once: AWARD_ALREADY_EXISTS', () =>
    given([opened, proposed('a1', 'tan-chau', StandardTitle.EXCELLENT)])
      .when({ type: 'ProposeAward', ...y, awardId: 'a1', unitId: 'tri-ton', titleId: StandardTitle.EXCELLENT, titleKnown: true })
      .thenThrows('AWARD_ALREADY_EXISTS'));
  it('proposes a title to a unit once: AWARD_ALREADY_PROPOSED', () =>
    given([opened, proposed('a1', 'tan-chau', StandardTitle.EXCELLENT)])
      .when({ type: 'ProposeAward', ...y, awardId: 'a2', unitId: 'tan-chau', titleId: StandardTitle.EXCELLENT, titleKnown: true })
      .thenThrows('AWARD_ALREADY_PROPOSED'));

  it('decides an award of a finalized year', () =>
    given([...year, proposed('a1', 'tan-chau', StandardTitle.ADVANCED)])
      .when(decide('a1'))
      .then([decided('a1')]));
  it('decides after finalization only: SCORES_NOT_FINALIZED', () =>
    given([opened, adopted, registered('tan-chau', StandardTitle.ADVANCED), proposed('a1', 'tan-chau', StandardTitle.ADVANCED)])
      .when(decide('a1'))
      .thenThrows('SCORES_NOT_FINALIZED'));
  it('decides a proposal: AWARD_NOT_FOUND', () => given(year).when(decide('nope')).thenThrows('AWARD_NOT_FOUND'));
  it('decides once: AWARD_ALREADY_DECIDED', () =>
    given([...year, proposed('a1', 'tan-chau', StandardTitle.ADVANCED), decided('a1')])
      .when(decide('a1'))
      .thenThrows('AWARD_ALREADY_DECIDED'));
  it('needs a decision number: DECISION_NUMBER_REQUIRED', () =>
    given([...year, proposed('a1', 'tan-chau', StandardTitle.ADVANCED)])
      .when({ ...decide('a1'), decisionNumber: ' ' })
      .thenThrows('DECISION_NUMBER_REQUIRED'));

  describe('a title goes only to a unit that registered for it and the ranking rates at its threshold', () => {
    const unregistered = [opened, adopted, finalized, proposed('a1', 'tan-chau', StandardTitle.EXCELLENT)];
    it('refuses a unit that did not register: AWARD_NOT_REGISTERED', () =>
      given(unregistered).when(decide('a1')).thenThrows('AWARD_NOT_REGISTERED'));
    it('refuses a unit that withdrew its registration: AWARD_NOT_REGISTERED', () =>
      given([
        opened,
        adopted,
        registered('tan-chau', StandardTitle.EXCELLENT),
        { type: 'RegistrationWithdrawn', data: { ...y, unitId: 'tan-chau', titleId: StandardTitle.EXCELLENT } },
        finalized,
        proposed('a1', 'tan-chau', StandardTitle.EXCELLENT),
      ])
        .when(decide('a1'))
        .thenThrows('AWARD_NOT_REGISTERED'));
    it('refuses a title above the one registered: AWARD_NOT_REGISTERED', () =>
      given([
        opened,
        adopted,
        registered('tan-chau', StandardTitle.ADVANCED),
        finalized,
        proposed('a1', 'tan-chau', StandardTitle.EXCELLENT),
      ])
        .when(decide('a1'))
        .thenThrows('AWARD_NOT_REGISTERED'));
    it('gives a unit registered for the excellent title the advanced one it is rated at', () =>
      given([
        opened,
        adopted,
        registered('tan-chau', StandardTitle.EXCELLENT),
        finalized,
        proposed('a1', 'tan-chau', StandardTitle.ADVANCED),
      ])
        .when({ ...decide('a1'), ranking: { ...ranking, effectiveTotals: { 'tan-chau': 7500 } } })
        .then([decided('a1')]));
    it('refuses a unit the ranking rates below the title: AWARD_BELOW_THRESHOLD', () =>
      given([...year, proposed('a1', 'tan-chau', StandardTitle.EXCELLENT)])
        .when({ ...decide('a1'), ranking: { ...ranking, effectiveTotals: { 'tan-chau': 8999 } } })
        .thenThrows('AWARD_BELOW_THRESHOLD'));
    it('refuses a unit the ranking has no score for: AWARD_BELOW_THRESHOLD', () =>
      given([...year, proposed('a1', 'tan-chau', StandardTitle.EXCELLENT)])
        .when({ ...decide('a1'), ranking: { ...ranking, effectiveTotals: {} } })
        .thenThrows('AWARD_BELOW_THRESHOLD'));
    it('decides without a threshold check in a year without a ranking', () =>
      given([...year, proposed('a1', 'tan-chau', StandardTitle.EXCELLENT)])
        .when({ ...decide('a1'), ranking: null })
        .then([decided('a1')]));
  });

  describe('"Tập thể Lao động xuất sắc" is capped at 20% of the advanced-rated units, minimum 1', () => {
    it.each([
      [0, 1],
      [4, 1],
      [5, 1],
      [9, 1],
      [10, 2],
      [14, 2],
      [15, 3],
    ])('%p advanced-rated units allow %p', (rated, cap) => expect(excellentCap(rated)).toBe(cap));

    it('allows the first one even with few rated units', () =>
      given([...year, proposed('a1', 'tan-chau', StandardTitle.EXCELLENT)])
        .when(decide('a1', 3))
        .then([decided('a1')]));
    it('refuses one more than the cap: EXCELLENT_CAP_EXCEEDED', () =>
      given([
        ...year,
        proposed('a1', 'tan-chau', StandardTitle.EXCELLENT),
        decided('a1'),
        proposed('a2', 'tri-ton', StandardTitle.EXCELLENT),
      ])
        .when(decide('a2', 5))
        .thenThrows('EXCELLENT_CAP_EXCEEDED'));
    it('frees the place of a revoked award', () =>
      given([
        ...year,
        proposed('a1', 'tan-chau', StandardTitle.EXCELLENT),
        decided('a1'),
        { type: 'AwardRevoked', data: { ...y, awardId: 'a1', grounds: 'Kê khai sai', revokedOn: '2023-05-01' } },
        proposed('a2', 'tri-ton', StandardTitle.EXCELLENT),
      ])
        .when(decide('a2', 5))
        .then([decided('a2')]));
  });

  describe('"Cờ thi đua của ngành" needs the excellent title that year and ≥ 80% approval', () => {
    const excellent = [proposed('x1', 'tan-chau', StandardTitle.EXCELLENT), decided('x1')];
    const flag = proposed('f1', 'tan-chau', StandardTitle.SECTOR_FLAG);
    const votes = (approvals: number) => [flagVote, ...members.slice(0, approvals).map((m) => ballot(m, ['tan-chau'])), closed(approvals)];

    it('is decided with 4 of 5 members approving (80%)', () =>
      given([...year, ...excellent, ...votes(4), flag])
        .when(decide('f1'))
        .then([decided('f1')]));
    it('is refused with 3 of 5 (60%): FLAG_APPROVAL_TOO_LOW', () =>
      given([...year, ...excellent, ...votes(3), flag])
        .when(decide('f1'))
        .thenThrows('FLAG_APPROVAL_TOO_LOW'));
    it('is refused without a closed vote: FLAG_APPROVAL_TOO_LOW', () =>
      given([...year, ...excellent, flag])
        .when(decide('f1'))
        .thenThrows('FLAG_APPROVAL_TOO_LOW'));
    it('is refused without the excellent title: FLAG_REQUIRES_EXCELLENT_TITLE', () =>
      given([...year, ...votes(5), flag])
        .when(decide('f1'))
        .thenThrows('FLAG_REQUIRES_EXCELLENT_TITLE'));
  });

  describe('RevokeAward', () => {
    const revoke = { type: 'RevokeAward' as const, ...y, awardId: 'a1', grounds: 'Kê khai không trung thực', revokedOn: '2023-06-01' };
    const awarded = [...year, proposed('a1', 'tan-chau', StandardTitle.ADVANCED), decided('a1')];
    it('revokes a decided award with its grounds', () =>
      given(awarded)
        .when(revoke)
        .then([{ type: 'AwardRevoked', data: { ...y, awardId: 'a1', grounds: revoke.grounds, revokedOn: '2023-06-01' } }]));
    it('revokes decided awards only: AWARD_NOT_DECIDED', () =>
      given([...year, proposed('a1', 'tan-chau', StandardTitle.ADVANCED)])
        .when(revoke)
        .thenThrows('AWARD_NOT_DECIDED'));
    it('revokes once: AWARD_ALREADY_REVOKED', () =>
      given([...awarded, { type: 'AwardRevoked', data: { ...y, awardId: 'a1', grounds: 'x', revokedOn: '2023-06-01' } }])
        .when(revoke)
        .thenThrows('AWARD_ALREADY_REVOKED'));
    it('needs grounds: GROUNDS_REQUIRED', () =>
      given(awarded)
        .when({ ...revoke, grounds: '' })
        .thenThrows('GROUNDS_REQUIRED'));
    it('needs the award: AWARD_NOT_FOUND', () => given(year).when(revoke).thenThrows('AWARD_NOT_FOUND'));
    it('revokes the sector flag that required the revoked excellent title, in the same write, on the same grounds', () =>
      given([
        ...year,
        proposed('x1', 'tan-chau', StandardTitle.EXCELLENT),
        decided('x1'),
        proposed('f1', 'tan-chau', StandardTitle.SECTOR_FLAG),
        decided('f1'),
      ])
        .when({ ...revoke, awardId: 'x1' })
        .then([
          { type: 'AwardRevoked', data: { ...y, awardId: 'x1', grounds: revoke.grounds, revokedOn: '2023-06-01' } },
          { type: 'AwardRevoked', data: { ...y, awardId: 'f1', grounds: revoke.grounds, revokedOn: '2023-06-01', withAwardId: 'x1' } },
        ]));
    it('leaves a flag of another unit in force', () =>
      given([
        ...year,
        proposed('x1', 'tan-chau', StandardTitle.EXCELLENT),
        decided('x1'),
        proposed('f1', 'tri-ton', StandardTitle.SECTOR_FLAG),
        decided('f1'),
      ])
        .when({ ...revoke, awardId: 'x1' })
        .then([{ type: 'AwardRevoked', data: { ...y, awardId: 'x1', grounds: revoke.grounds, revokedOn: '2023-06-01' } }]));
  });
});
