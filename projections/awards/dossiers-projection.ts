import type {
  DossierCountItemResolved,
  DossierDecided,
  DossierDecisionRecorded,
  DossierDrafted,
  DossierEvent,
} from '../../src/awards/domain/dossier/events';
import type { Candidate } from '../../src/awards/domain/dossier/parties';
import type { RecordedEvent } from '../../src/eventstore/port';
import { historyOf, read, setOf, type At, type History } from '../history';
import type { Projection } from '../projection';
import type {
  AwardFilter,
  DossierAwardView,
  DossierFilter,
  DossierStatus,
  DossierView,
  ItemView,
  StepActor,
  StepName,
  StepView,
} from './views';

/** A dossier's state at one version; its steps are kept apart, so a version does not copy the path before it. */
type DossierState = Omit<DossierView, 'history'>;

type ItemFields = Pick<ItemView, 'itemId' | 'entryId' | 'candidate' | 'count' | 'achievements' | 'registration'>;

const itemOf = (fields: ItemFields, resolvedFrom: string | null): ItemView => ({
  ...fields,
  verdict: null,
  verdictReason: null,
  vote: null,
  prerequisites: null,
  award: null,
  revoked: null,
  resolvedFrom,
});

const changeItem = (dossier: DossierState, itemId: string, change: (item: ItemView) => ItemView): DossierState => ({
  ...dossier,
  items: dossier.items.map((item) => (item.itemId === itemId ? change(item) : item)),
});

/**
 * A count-only item keeps what is left of its count, 0 included; the items named from it follow it and
 * those named from it before, so its candidates read in the order they were named.
 */
function resolveCount(dossier: DossierState, { itemId, named }: DossierCountItemResolved['data']): DossierState {
  const source = dossier.items.find((item) => item.itemId === itemId);
  if (!source) return dossier;
  const items = dossier.items.map((item) => (item === source ? { ...item, count: item.count - named.length } : item));
  const after = items.reduce((last, item, index) => (item.itemId === itemId || item.resolvedFrom === itemId ? index : last), -1) + 1;
  items.splice(after, 0, ...named.map((fields) => itemOf({ ...fields, entryId: source.entryId, count: 1 }, itemId)));
  return { ...dossier, items };
}

function decide(dossier: DossierState, { awards, ...decision }: DossierDecided['data']): DossierState {
  const { decisionNumber, decisionDate, signer, authority } = decision;
  const caps = new Map(awards.map(({ itemId, cap }) => [itemId, cap]));
  const award = (item: ItemView): ItemView => {
    const cap = caps.get(item.itemId);
    return cap ? { ...item, award: { decisionNumber, decisionDate, signer, cap } } : item;
  };
  return { ...dossier, status: 'DECIDED', decision: { decisionNumber, decisionDate, signer, authority }, items: dossier.items.map(award) };
}

/** The dossier once the event is applied; undefined for an event that is not a dossier's. */
function evolve(dossier: DossierState, event: DossierEvent): DossierState | undefined {
  const status = (status: DossierStatus): DossierState => ({ ...dossier, status });
  switch (event.type) {
    case 'DossierMemoAmended':
      return { ...dossier, memo: event.data.memo };
    case 'DossierItemAdded': {
      const { dossierId: _, ...fields } = event.data;
      return { ...dossier, items: [...dossier.items, itemOf(fields, null)] };
    }
    case 'DossierItemRemoved':
      return { ...dossier, items: dossier.items.filter((item) => item.itemId !== event.data.itemId) };
    case 'DossierCountItemResolved':
      return resolveCount(dossier, event.data);
    case 'DossierDocumentAttached':
      return { ...dossier, documentIds: [...dossier.documentIds, event.data.documentId] };
    case 'DossierSubmitted':
    case 'DossierResubmitted':
      return status('SUBMITTED');
    case 'DossierReceived':
      return status('RECEIVED');
    case 'DossierReturned':
      return status('RETURNED');
    case 'DossierItemAppraised': {
      const { itemId, verdict, reason, vote, prerequisites } = event.data;
      return changeItem(dossier, itemId, (item) => ({ ...item, verdict, verdictReason: reason, vote, prerequisites }));
    }
    case 'DossierForwarded':
      return { ...status('FORWARDED'), forwardedAs: event.data.forwardedAs };
    case 'DossierDecisionDrafted':
      return { ...status('DECISION_DRAFTED'), draftDecisionNumber: event.data.decisionNumber };
    case 'DossierDecided':
      return decide(dossier, event.data);
    case 'DossierAwardRevoked': {
      const { itemId, grounds, revokedOn, withItemId } = event.data;
      return changeItem(dossier, itemId, (item) => ({ ...item, revoked: { grounds, revokedOn, withItemId: withItemId ?? null } }));
    }
    default:
      return undefined;
  }
}

/** What a step gives as its reason: why a dossier went back, why an item was judged so, why an award fell. */
function reasonOf(event: DossierEvent): string | null {
  switch (event.type) {
    case 'DossierReturned':
    case 'DossierItemAppraised':
      return event.data.reason;
    case 'DossierAwardRevoked':
      return event.data.grounds;
    default:
      return null;
  }
}

function stepOf(recorded: RecordedEvent, event: DossierEvent): StepView {
  const actor = recorded.metadata.actor as StepActor | undefined;
  return {
    step: event.type.slice('Dossier'.length) as StepName,
    position: recorded.position,
    recordedAt: recorded.recordedAt,
    actor: actor ? { id: actor.id, name: actor.name ?? null, role: actor.role, unitId: actor.unitId ?? null } : null,
    reason: reasonOf(event),
    itemId: 'itemId' in event.data ? event.data.itemId : null,
  };
}

const candidateKey = ({ kind, id }: Candidate) => `${kind}\u0000${id}`;

/** The candidates an event names, for the index that finds a candidate's dossiers. */
function candidatesIn(event: DossierEvent): Candidate[] {
  if (event.type === 'DossierItemAdded') return event.data.candidate ? [event.data.candidate] : [];
  if (event.type === 'DossierCountItemResolved') return event.data.named.map(({ candidate }) => candidate);
  return [];
}

function awardsIn({ dossierId, year, items }: DossierState): DossierAwardView[] {
  return items.flatMap(({ itemId, entryId, candidate, count, award, revoked }) => {
    if (!award) return [];
    const { decisionNumber, decisionDate, signer } = award;
    return [{ dossierId, itemId, year, entryId, candidate, count, decisionNumber, decisionDate, signer, revoked }];
  });
}

const oldestFirst = (a: DossierAwardView, b: DossierAwardView) =>
  a.year - b.year ||
  (a.decisionDate ?? '').localeCompare(b.decisionDate ?? '') ||
  a.dossierId.localeCompare(b.dossierId) ||
  a.itemId.localeCompare(b.itemId);

const matches = (dossier: DossierState, { proposerId, addresseeId, status, year }: DossierFilter) =>
  (proposerId === undefined || dossier.proposer?.id === proposerId) &&
  (addresseeId === undefined || dossier.addressee?.id === addresseeId) &&
  (status === undefined || dossier.status === status) &&
  (year === undefined || dossier.year === year);

/**
 * Award dossiers (hồ sơ đề nghị khen thưởng), each with its versions so reads answer `asOf`, and the
 * path it took step by step; indexed by proposer, addressee, year and every candidate ever named.
 */
export class DossiersProjection implements Projection {
  readonly name = 'dossiers';
  private readonly states = new Map<string, History<DossierState>>();
  /** Each dossier's steps in log order: a read at a position keeps those at or before it. */
  private readonly steps = new Map<string, StepView[]>();
  private readonly byProposer = new Map<string, Set<string>>();
  private readonly byAddressee = new Map<string, Set<string>>();
  private readonly byYear = new Map<number, Set<string>>();
  /** Dossier ids by every candidate an item of theirs ever named, removed items included. */
  private readonly byCandidate = new Map<string, Set<string>>();

  apply(recorded: RecordedEvent): void {
    const event = { type: recorded.type, data: recorded.data } as DossierEvent;
    const { dossierId } = event.data;
    if (event.type === 'DossierDrafted') this.draft(event.data, recorded.position);
    else if (event.type === 'DossierDecisionRecorded') this.recorded(event.data, recorded.position);
    else {
      const history = this.states.get(dossierId);
      const current = history?.current();
      const next = current && evolve(current, event);
      if (!history || !next) return;
      history.set(recorded.position, next);
      for (const candidate of candidatesIn(event)) setOf(this.byCandidate, candidateKey(candidate)).add(dossierId);
    }
    this.steps.get(dossierId)?.push(stepOf(recorded, event));
  }

  private draft(drafted: DossierDrafted['data'], at: number): void {
    const { dossierId, proposer, addressee, year } = drafted;
    historyOf(this.states, dossierId).set(at, {
      ...drafted,
      source: null,
      forwardedAs: null,
      status: 'DRAFT',
      items: [],
      documentIds: [],
      decision: null,
      draftDecisionNumber: null,
    });
    this.steps.set(dossierId, []);
    setOf(this.byProposer, proposer.id).add(dossierId);
    setOf(this.byAddressee, addressee.id).add(dossierId);
    setOf(this.byYear, year).add(dossierId);
  }

  /** A decision known only by its outcome: decided from the start, each award's checks not on record. */
  private recorded(data: DossierDecisionRecorded['data'], at: number): void {
    const { dossierId, year, decidedBy, authority, decisionNumber, decisionDate, signer, source, awards } = data;
    const grant = { decisionNumber, decisionDate, signer, cap: 'NOT_ON_RECORD' as const };
    historyOf(this.states, dossierId).set(at, {
      ...{ dossierId, year, proposer: null, addressee: decidedBy, memo: { number: null, date: null, signer: null }, source },
      ...{ forwardedFrom: null, forwardedAs: null, status: 'DECIDED', documentIds: [], draftDecisionNumber: null },
      decision: { decisionNumber, decisionDate, signer, authority },
      items: awards.map(({ itemId, entryId, candidate, count }) => ({
        ...itemOf({ itemId, entryId, candidate, count, achievements: null, registration: 'NOT_ON_RECORD' }, null),
        ...{ verdict: 'APPROVED' as const, prerequisites: 'NOT_ON_RECORD' as const, award: grant },
      })),
    });
    this.steps.set(dossierId, []);
    if (decidedBy) setOf(this.byAddressee, decidedBy.id).add(dossierId);
    setOf(this.byYear, year).add(dossierId);
    for (const { candidate } of awards) if (candidate) setOf(this.byCandidate, candidateKey(candidate)).add(dossierId);
  }

  private state(dossierId: string, at: At): DossierState | undefined {
    return read(this.states.get(dossierId), at);
  }

  dossier(dossierId: string, at: At = 'current'): DossierView | undefined {
    const state = this.state(dossierId, at);
    const steps = this.steps.get(dossierId) ?? [];
    return state && { ...state, history: at === 'current' ? [...steps] : steps.filter((step) => step.position <= at) };
  }

  /** The dossiers the filter admits, the latest year first, then by id; an index narrows them before any is read. */
  dossiers(filter: DossierFilter, at: At = 'current'): DossierView[] {
    const ids =
      filter.proposerId !== undefined
        ? this.byProposer.get(filter.proposerId)
        : filter.addresseeId !== undefined
          ? this.byAddressee.get(filter.addresseeId)
          : filter.year !== undefined
            ? this.byYear.get(filter.year)
            : this.states.keys();
    return [...(ids ?? [])]
      .flatMap((id) => this.dossier(id, at) ?? [])
      .filter((dossier) => matches(dossier, filter))
      .sort((a, b) => b.year - a.year || a.dossierId.localeCompare(b.dossierId));
  }

  /** What awaits the addressee: dossiers sent to it and not yet answered (submitted, or received and in appraisal). */
  inbox(addresseeId: string, at: At = 'current'): DossierView[] {
    return this.dossiers({ addresseeId }, at).filter(({ status }) => status === 'SUBMITTED' || status === 'RECEIVED');
  }

  /** Every award decided to the candidate over the years, revoked ones included, the oldest first. */
  awardsOf(candidate: Candidate, at: At = 'current'): DossierAwardView[] {
    return [...(this.byCandidate.get(candidateKey(candidate)) ?? [])]
      .flatMap((id) => this.awardsAt(id, at))
      .filter((award) => award.candidate?.kind === candidate.kind && award.candidate.id === candidate.id)
      .sort(oldestFirst);
  }

  /** Decided awards for reports, count-only ones included unless a kind of candidate is asked for; the oldest first. */
  awards({ year, entryId, candidateKind }: AwardFilter, at: At = 'current'): DossierAwardView[] {
    const ids = year === undefined ? this.states.keys() : (this.byYear.get(year) ?? []);
    return [...ids]
      .flatMap((id) => this.awardsAt(id, at))
      .filter(
        (award) =>
          (entryId === undefined || award.entryId === entryId) && (candidateKind === undefined || award.candidate?.kind === candidateKind),
      )
      .sort(oldestFirst);
  }

  private awardsAt(dossierId: string, at: At): DossierAwardView[] {
    const state = this.state(dossierId, at);
    return state ? awardsIn(state) : [];
  }
}
