import type { AnyDomainEvent } from '../../src/domain/events';
import type { RecordedEvent } from '../../src/eventstore/port';
import { changeCurrent, History, historyOf, read, type At } from '../history';
import type { Projection } from '../projection';
import type { AgreementView, AwardView, VoteView, YearRecordsView } from './views';

const key = (clusterId: string, year: number) => `${clusterId}\u0000${year}`;

const replace = <T>(items: T[], match: (item: T) => boolean, change: (item: T) => T) =>
  items.map((item) => (match(item) ? change(item) : item));

/**
 * The records of each cluster year: agreement and signatures, regulation amendments,
 * registrations, eligibility, the scoring lock, votes and awards; each year with its history.
 */
export class YearRecordsProjection implements Projection {
  readonly name = 'year-records';
  private readonly years = new Map<string, History<YearRecordsView>>();
  private readonly awardYearsByUnit = new Map<string, Set<string>>();

  apply(recorded: RecordedEvent): void {
    const event = { type: recorded.type, data: recorded.data } as AnyDomainEvent;
    const at = recorded.position;
    if (event.type === 'ClusterYearOpened') {
      const { clusterId, year } = event.data;
      historyOf(this.years, key(clusterId, year)).set(at, {
        clusterId,
        year,
        agreement: null,
        regulationAmendments: [],
        registrations: [],
        ineligible: [],
        criteriaSet: null,
        finalized: false,
        reopenings: [],
        votes: [],
        awards: [],
      });
      return;
    }
    const change = (apply: (view: YearRecordsView) => YearRecordsView) => {
      const { clusterId, year } = event.data as { clusterId: string; year: number };
      changeCurrent(this.years.get(key(clusterId, year)), at, apply);
    };
    const agreement = (apply: (a: AgreementView) => AgreementView) =>
      change((v) => (v.agreement ? { ...v, agreement: apply(v.agreement) } : v));
    const vote = (voteId: string, apply: (v: VoteView) => VoteView) =>
      change((v) => ({ ...v, votes: replace(v.votes, (x) => x.voteId === voteId, apply) }));
    const award = (awardId: string, apply: (a: AwardView) => AwardView) =>
      change((v) => ({ ...v, awards: replace(v.awards, (x) => x.awardId === awardId, apply) }));

    switch (event.type) {
      case 'UnitDeclaredIneligible':
        return change((v) => ({ ...v, ineligible: [...v.ineligible, { unitId: event.data.unitId, reason: event.data.reason }] }));
      case 'AgreementDrafted': {
        const { clusterId: _c, year: _y, ...terms } = event.data;
        return change((v) => ({ ...v, agreement: { terms, amendments: [], signatures: [], inForce: false, inForceOn: null } }));
      }
      case 'AgreementAmended':
        return agreement((a) => ({
          ...a,
          terms: { ...a.terms, ...event.data.changes },
          amendments: [...a.amendments, { changes: event.data.changes, note: event.data.note }],
        }));
      case 'RegulationAmended':
        return change((v) => ({
          ...v,
          regulationAmendments: [...v.regulationAmendments, { summary: event.data.summary, articles: event.data.articles }],
        }));
      case 'AgreementSigned': {
        const { unitId, signatoryName, signatoryPosition, signedOn } = event.data;
        return agreement((a) => ({ ...a, signatures: [...a.signatures, { unitId, signatoryName, signatoryPosition, signedOn }] }));
      }
      case 'AgreementInForce':
        return agreement((a) => ({ ...a, inForce: true, inForceOn: event.data.inForceOn }));
      case 'TitleRegistered':
        return change((v) => ({
          ...v,
          registrations: [...v.registrations, { unitId: event.data.unitId, titleId: event.data.titleId }],
        }));
      case 'RegistrationWithdrawn':
        return change((v) => ({ ...v, registrations: v.registrations.filter((r) => r.unitId !== event.data.unitId) }));
      case 'CriteriaSetAdopted':
        return change((v) => ({
          ...v,
          criteriaSet: { criteriaSetId: event.data.criteriaSetId, version: event.data.version },
        }));
      case 'ScoresFinalized':
        return change((v) => ({ ...v, finalized: true }));
      case 'ScoresReopened':
        return change((v) => ({ ...v, finalized: false, reopenings: [...v.reopenings, { reason: event.data.reason }] }));
      case 'VoteOpened': {
        const { voteId, titleId, candidateUnitIds } = event.data;
        return change((v) => ({
          ...v,
          votes: [...v.votes, { voteId, titleId, candidateUnitIds, ballots: [], closed: false, eligibleVoters: null, tallies: [] }],
        }));
      }
      case 'BallotCast': {
        const { voterUnitId, approvedUnitIds } = event.data;
        return vote(event.data.voteId, (v) => ({ ...v, ballots: [...v.ballots, { voterUnitId, approvedUnitIds }] }));
      }
      case 'VoteClosed':
        return vote(event.data.voteId, (v) => ({
          ...v,
          closed: true,
          eligibleVoters: event.data.eligibleVoters,
          tallies: event.data.tallies,
        }));
      case 'AwardProposed': {
        const { awardId, unitId, titleId, clusterId, year } = event.data;
        let units = this.awardYearsByUnit.get(unitId);
        if (!units) this.awardYearsByUnit.set(unitId, (units = new Set()));
        units.add(key(clusterId, year));
        return change((v) => ({
          ...v,
          awards: [...v.awards, { awardId, unitId, titleId, status: 'PROPOSED', decision: null, revocation: null }],
        }));
      }
      case 'AwardDecided': {
        const { decisionNumber, decisionDate, signer } = event.data;
        return award(event.data.awardId, (a) => ({ ...a, status: 'DECIDED', decision: { decisionNumber, decisionDate, signer } }));
      }
      case 'AwardRevoked': {
        const { grounds, revokedOn, withAwardId } = event.data;
        return award(event.data.awardId, (a) => ({
          ...a,
          status: 'REVOKED',
          revocation: { grounds, revokedOn, withAwardId: withAwardId ?? null },
        }));
      }
      default:
        return;
    }
  }

  records(clusterId: string, year: number, at: At = 'current'): YearRecordsView | undefined {
    return read(this.years.get(key(clusterId, year)), at);
  }

  /** Every award proposed for the unit, with its cluster year, oldest year first. */
  awardsOf(unitId: string, at: At = 'current'): { clusterId: string; year: number; award: AwardView }[] {
    return [...(this.awardYearsByUnit.get(unitId) ?? [])]
      .flatMap((k) => read(this.years.get(k), at) ?? [])
      .flatMap((v) => v.awards.filter((a) => a.unitId === unitId).map((award) => ({ clusterId: v.clusterId, year: v.year, award })))
      .sort((a, b) => a.year - b.year);
  }
}
