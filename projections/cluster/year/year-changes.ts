import type { AnyDomainEvent } from '../../../src/domain/events';
import type { AgreementView, AwardView, VoteView, YearRecordsView } from './views';

/** What one event does to the records of its cluster year. */
export type YearChange = (view: YearRecordsView) => YearRecordsView;

const replace = <T>(items: T[], match: (item: T) => boolean, change: (item: T) => T) =>
  items.map((item) => (match(item) ? change(item) : item));

/** An agreement change before the agreement is drafted leaves the year as it is. */
const toAgreement =
  (change: (a: AgreementView) => AgreementView): YearChange =>
  (v) =>
    v.agreement ? { ...v, agreement: change(v.agreement) } : v;

const toVote =
  (voteId: string, change: (v: VoteView) => VoteView): YearChange =>
  (v) => ({ ...v, votes: replace(v.votes, (x) => x.voteId === voteId, change) });

const toAward =
  (awardId: string, change: (a: AwardView) => AwardView): YearChange =>
  (v) => ({ ...v, awards: replace(v.awards, (x) => x.awardId === awardId, change) });

/** Giao ước and quy chế: drafting, amending, signing, coming into force. */
function agreementChange(event: AnyDomainEvent): YearChange | undefined {
  switch (event.type) {
    case 'AgreementDrafted': {
      const { clusterId: _c, year: _y, ...terms } = event.data;
      return (v) => ({ ...v, agreement: { terms, amendments: [], signatures: [], inForce: false, inForceOn: null, inForceSource: null } });
    }
    case 'AgreementAmended':
      return toAgreement((a) => ({
        ...a,
        terms: { ...a.terms, ...event.data.changes },
        amendments: [...a.amendments, { changes: event.data.changes, note: event.data.note }],
      }));
    case 'RegulationAmended':
      return (v) => ({
        ...v,
        regulationAmendments: [...v.regulationAmendments, { summary: event.data.summary, articles: event.data.articles }],
      });
    case 'AgreementSigned': {
      const { unitId, signatoryName, signatoryPosition, signedOn } = event.data;
      return toAgreement((a) => ({ ...a, signatures: [...a.signatures, { unitId, signatoryName, signatoryPosition, signedOn }] }));
    }
    case 'AgreementInForce':
      return toAgreement((a) => ({ ...a, inForce: true, inForceOn: event.data.inForceOn }));
    case 'AgreementInForceRecorded':
      return toAgreement((a) => ({ ...a, inForce: true, inForceOn: event.data.inForceOn, inForceSource: event.data.source }));
    default:
      return undefined;
  }
}

/** Đăng ký danh hiệu and who may be considered. */
function registrationChange(event: AnyDomainEvent): YearChange | undefined {
  switch (event.type) {
    case 'TitleRegistered':
      return (v) => ({ ...v, registrations: [...v.registrations, { unitId: event.data.unitId, titleId: event.data.titleId }] });
    case 'RegistrationWithdrawn':
      return (v) => ({ ...v, registrations: v.registrations.filter((r) => r.unitId !== event.data.unitId) });
    case 'RegistrationCountsStated':
      return (v) => ({ ...v, registrationCounts: { counts: event.data.counts, source: event.data.source } });
    case 'UnitDeclaredIneligible':
      return (v) => ({ ...v, ineligible: [...v.ineligible, { unitId: event.data.unitId, reason: event.data.reason }] });
    default:
      return undefined;
  }
}

/** Scoring: the criteria set adopted, the lock and its reopenings; the report that closes the year. */
function scoringChange(event: AnyDomainEvent): YearChange | undefined {
  switch (event.type) {
    case 'CriteriaSetAdopted':
      return (v) => ({ ...v, criteriaSet: { criteriaSetId: event.data.criteriaSetId, version: event.data.version } });
    case 'ScoresFinalized':
      return (v) => ({ ...v, finalized: true });
    case 'ScoresReopened':
      return (v) => ({ ...v, finalized: false, reopenings: [...v.reopenings, { reason: event.data.reason }] });
    case 'ClusterYearReportIssued':
      return (v) => ({ ...v, report: { number: event.data.number, issuedOn: event.data.issuedOn } });
    default:
      return undefined;
  }
}

/** Bình xét: votes, ballots, tallies. */
function voteChange(event: AnyDomainEvent): YearChange | undefined {
  switch (event.type) {
    case 'VoteOpened': {
      const { voteId, titleId, candidateUnitIds } = event.data;
      return (v) => ({
        ...v,
        votes: [...v.votes, { voteId, titleId, candidateUnitIds, ballots: [], closed: false, eligibleVoters: null, tallies: [] }],
      });
    }
    case 'BallotCast': {
      const { voterUnitId, approvedUnitIds } = event.data;
      return toVote(event.data.voteId, (v) => ({ ...v, ballots: [...v.ballots, { voterUnitId, approvedUnitIds }] }));
    }
    case 'VoteClosed':
      return toVote(event.data.voteId, (v) => ({
        ...v,
        closed: true,
        eligibleVoters: event.data.eligibleVoters,
        tallies: event.data.tallies,
      }));
    default:
      return undefined;
  }
}

/** Khen thưởng: proposed, decided, revoked. */
function awardChange(event: AnyDomainEvent): YearChange | undefined {
  switch (event.type) {
    case 'AwardProposed': {
      const { awardId, unitId, titleId } = event.data;
      return (v) => ({ ...v, awards: [...v.awards, { awardId, unitId, titleId, status: 'PROPOSED', decision: null, revocation: null }] });
    }
    case 'AwardDecided': {
      const { decisionNumber, decisionDate, signer } = event.data;
      return toAward(event.data.awardId, (a) => ({ ...a, status: 'DECIDED', decision: { decisionNumber, decisionDate, signer } }));
    }
    case 'AwardRevoked': {
      const { grounds, revokedOn, withAwardId } = event.data;
      return toAward(event.data.awardId, (a) => ({
        ...a,
        status: 'REVOKED',
        revocation: { grounds, revokedOn, withAwardId: withAwardId ?? null },
      }));
    }
    default:
      return undefined;
  }
}

const FAMILIES = [agreementChange, registrationChange, scoringChange, voteChange, awardChange];

/** The change `event` makes to its year's records; undefined for events that change none. */
export function yearChangeOf(event: AnyDomainEvent): YearChange | undefined {
  for (const family of FAMILIES) {
    const change = family(event);
    if (change) return change;
  }
  return undefined;
}
