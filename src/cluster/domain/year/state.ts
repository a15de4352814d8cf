import type { ClusterYearEvent, VoteTally } from './events';

export interface VoteState {
  titleId: string;
  candidates: ReadonlySet<string>;
  voters: ReadonlySet<string>;
  approvals: ReadonlyMap<string, number>;
  closed: { eligibleVoters: number; tallies: VoteTally[] } | null;
}

export type AwardStatus = 'PROPOSED' | 'DECIDED' | 'REVOKED';

export interface AwardState {
  unitId: string;
  titleId: string;
  status: AwardStatus;
}

export interface ClusterYearState {
  opened: boolean;
  members: ReadonlySet<string>;
  /** False when only some members are on record: signatures alone cannot then put the agreement in force. */
  membershipComplete: boolean;
  chairUnitId: string | null;
  viceChairUnitId: string | null;
  ineligible: ReadonlySet<string>;
  /** The persons assigned to oversee the cluster that year (phụ trách). */
  overseers: ReadonlySet<string>;
  agreement: { drafted: boolean; signedBy: ReadonlySet<string>; lastSignedOn: string | null; inForce: boolean };
  /** The title each unit registered for, by unit. */
  registrations: ReadonlyMap<string, string>;
  criteriaSet: { criteriaSetId: string; version: number } | null;
  finalized: boolean;
  votes: ReadonlyMap<string, VoteState>;
  awards: ReadonlyMap<string, AwardState>;
  /** Số, ký hiệu of the year's report once issued: a number is given once. */
  reportNumber: string | null;
}

export const initialClusterYearState = (): ClusterYearState => ({
  opened: false,
  members: new Set(),
  membershipComplete: true,
  chairUnitId: null,
  viceChairUnitId: null,
  ineligible: new Set(),
  overseers: new Set(),
  agreement: { drafted: false, signedBy: new Set(), lastSignedOn: null, inForce: false },
  registrations: new Map(),
  criteriaSet: null,
  finalized: false,
  votes: new Map(),
  awards: new Map(),
  reportNumber: null,
});

const withEntry = <K, V>(map: ReadonlyMap<K, V>, key: K, value: V) => new Map(map).set(key, value);
const without = <K, V>(map: ReadonlyMap<K, V>, key: K) => {
  const copy = new Map(map);
  copy.delete(key);
  return copy;
};
const withMember = <T>(set: ReadonlySet<T>, value: T) => new Set(set).add(value);

function evolveVote(state: ClusterYearState, voteId: string, change: (vote: VoteState) => VoteState): ClusterYearState {
  const vote = state.votes.get(voteId);
  return vote ? { ...state, votes: withEntry(state.votes, voteId, change(vote)) } : state;
}

function evolveAward(state: ClusterYearState, awardId: string, status: AwardStatus): ClusterYearState {
  const award = state.awards.get(awardId);
  return award ? { ...state, awards: withEntry(state.awards, awardId, { ...award, status }) } : state;
}

/** Members and offices: who is in the year, who chairs it, who may not be rewarded. */
function evolveMembership(state: ClusterYearState, event: ClusterYearEvent): ClusterYearState | undefined {
  switch (event.type) {
    case 'ClusterYearOpened':
      return { ...state, opened: true, members: new Set(event.data.memberUnitIds) };
    case 'MemberAdmitted':
      return { ...state, members: withMember(state.members, event.data.unitId) };
    case 'MemberWithdrawn': {
      const members = new Set(state.members);
      members.delete(event.data.unitId);
      return { ...state, members };
    }
    case 'MembershipCompletenessStated':
      return { ...state, membershipComplete: event.data.complete };
    case 'ChairRotated':
      return { ...state, chairUnitId: event.data.chairUnitId, viceChairUnitId: event.data.viceChairUnitId };
    case 'ViceChairAppointed':
      return { ...state, viceChairUnitId: event.data.viceChairUnitId };
    case 'UnitDeclaredIneligible':
      return { ...state, ineligible: withMember(state.ineligible, event.data.unitId) };
    case 'OversightAssigned':
      return { ...state, overseers: withMember(state.overseers, event.data.personId) };
    case 'OversightEnded': {
      const overseers = new Set(state.overseers);
      overseers.delete(event.data.personId);
      return { ...state, overseers };
    }
    default:
      return undefined;
  }
}

/** The agreement, the registered titles and the scoring's lock. */
function evolveCommitments(state: ClusterYearState, event: ClusterYearEvent): ClusterYearState | undefined {
  switch (event.type) {
    case 'AgreementDrafted':
      return { ...state, agreement: { ...state.agreement, drafted: true } };
    case 'AgreementSigned': {
      const signedBy = withMember(state.agreement.signedBy, event.data.unitId);
      return { ...state, agreement: { ...state.agreement, signedBy, lastSignedOn: event.data.signedOn } };
    }
    case 'AgreementInForce':
    case 'AgreementInForceRecorded':
      return { ...state, agreement: { ...state.agreement, inForce: true } };
    case 'TitleRegistered':
      return { ...state, registrations: withEntry(state.registrations, event.data.unitId, event.data.titleId) };
    case 'RegistrationWithdrawn':
      return { ...state, registrations: without(state.registrations, event.data.unitId) };
    case 'CriteriaSetAdopted':
      return { ...state, criteriaSet: { criteriaSetId: event.data.criteriaSetId, version: event.data.version } };
    case 'ScoresFinalized':
      return { ...state, finalized: true };
    case 'ScoresReopened':
      return { ...state, finalized: false };
    case 'ClusterYearReportIssued':
      return { ...state, reportNumber: event.data.number };
    default:
      return undefined;
  }
}

/** The year's votes and the awards proposed, decided and revoked in it. */
function evolveVotesAndAwards(state: ClusterYearState, event: ClusterYearEvent): ClusterYearState | undefined {
  switch (event.type) {
    case 'VoteOpened':
      return {
        ...state,
        votes: withEntry(state.votes, event.data.voteId, {
          titleId: event.data.titleId,
          candidates: new Set(event.data.candidateUnitIds),
          voters: new Set(),
          approvals: new Map(),
          closed: null,
        }),
      };
    case 'BallotCast':
      return evolveVote(state, event.data.voteId, (vote) => {
        const approvals = new Map(vote.approvals);
        for (const unitId of event.data.approvedUnitIds) approvals.set(unitId, (approvals.get(unitId) ?? 0) + 1);
        return { ...vote, voters: withMember(vote.voters, event.data.voterUnitId), approvals };
      });
    case 'VoteClosed':
      return evolveVote(state, event.data.voteId, (vote) => ({
        ...vote,
        closed: { eligibleVoters: event.data.eligibleVoters, tallies: event.data.tallies },
      }));
    case 'AwardProposed':
      return {
        ...state,
        awards: withEntry(state.awards, event.data.awardId, { unitId: event.data.unitId, titleId: event.data.titleId, status: 'PROPOSED' }),
      };
    case 'AwardDecided':
      return evolveAward(state, event.data.awardId, 'DECIDED');
    case 'AwardRevoked':
      return evolveAward(state, event.data.awardId, 'REVOKED');
    default:
      return undefined;
  }
}

export function evolveClusterYear(state: ClusterYearState, event: ClusterYearEvent): ClusterYearState {
  // Event types this version does not know leave the state as it is.
  return evolveMembership(state, event) ?? evolveCommitments(state, event) ?? evolveVotesAndAwards(state, event) ?? state;
}
