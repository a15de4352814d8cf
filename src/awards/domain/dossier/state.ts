import type { VoteResult } from './parties';
import type { DossierEvent, RuleCheck } from './events';
import type { Addressee, Candidate, Memo, Proposer } from './parties';

export type DossierStatus = 'DRAFT' | 'SUBMITTED' | 'RECEIVED' | 'RETURNED' | 'FORWARDED' | 'DECISION_DRAFTED' | 'DECIDED';

/** An item's verdict; a decision and its revocation are kept on the award, not here. */
export type ItemStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED';

export interface ItemVerdict {
  reason: string | null;
  vote: VoteResult | null;
  prerequisites: RuleCheck;
}

export interface Revocation {
  grounds: string;
  revokedOn: string;
  /** The item whose award this one required, when it fell with it. */
  withItemId: string | null;
}

export interface ItemAward {
  cap: RuleCheck;
  revocation: Revocation | null;
}

/** A named candidate (count 1), or a count-only item (candidate null) whose count is what is left to name. */
export interface DossierItem {
  entryId: string;
  candidate: Candidate | null;
  count: number;
  achievements: string | null;
  registration: RuleCheck;
  status: ItemStatus;
  verdict: ItemVerdict | null;
  award: ItemAward | null;
}

/** A decision as recorded; a decision known only by its outcome may lack its number, date or authority. */
export interface Decision {
  number: string | null;
  date: string | null;
  signer: string | null;
  authority: string | null;
}

/** What a dossier states of itself, kept alike by its decider and by its read model. */
export interface DossierHeading {
  dossierId: string;
  status: DossierStatus;
  year: number;
  /** Null for a decision known only by its outcome: who proposed it is not on record. */
  proposer: Proposer | null;
  /** For a decision known only by its outcome, the body that decided when the source names it. */
  addressee: Addressee | null;
  memo: Memo;
  /** Where a decision known only by its outcome is told. */
  source: string | null;
  /** The dossier a council forwarded on as this one. */
  forwardedFrom: string | null;
  /** The dossier this one was forwarded on as. */
  forwardedAs: string | null;
  documentIds: readonly string[];
  draftDecisionNumber: string | null;
}

export interface Dossier extends DossierHeading {
  /** In the order they were added, which is the order a decision lists them. */
  items: ReadonlyMap<string, DossierItem>;
  returnReason: string | null;
  decision: Decision | null;
}

export interface DossierState {
  dossier: Dossier | null;
}

export const initialDossierState = (): DossierState => ({ dossier: null });

const proposed = (fields: Pick<DossierItem, 'entryId' | 'candidate' | 'count' | 'achievements' | 'registration'>): DossierItem => ({
  ...fields,
  status: 'PROPOSED',
  verdict: null,
  award: null,
});

function withItem(dossier: Dossier, itemId: string, change: (item: DossierItem) => DossierItem): Dossier {
  const item = dossier.items.get(itemId);
  return item ? { ...dossier, items: new Map(dossier.items).set(itemId, change(item)) } : dossier;
}

/** The count-only item keeps what is left to name; once all are named it is gone, so it never holds a decision up. */
function resolved(dossier: Dossier, event: Extract<DossierEvent, { type: 'DossierCountItemResolved' }>): Dossier {
  const items = new Map(dossier.items);
  const countItem = items.get(event.data.itemId);
  if (!countItem) return dossier;
  const left = countItem.count - event.data.named.length;
  if (left > 0) items.set(event.data.itemId, { ...countItem, count: left });
  else items.delete(event.data.itemId);
  for (const { itemId, candidate, achievements, registration } of event.data.named)
    items.set(itemId, proposed({ entryId: countItem.entryId, candidate, count: 1, achievements, registration }));
  return { ...dossier, items };
}

function evolveItems(dossier: Dossier, event: DossierEvent): Dossier {
  switch (event.type) {
    case 'DossierItemAdded': {
      const { dossierId: _dossier, itemId, ...fields } = event.data;
      return { ...dossier, items: new Map(dossier.items).set(itemId, proposed(fields)) };
    }
    case 'DossierItemRemoved': {
      const items = new Map(dossier.items);
      items.delete(event.data.itemId);
      return { ...dossier, items };
    }
    case 'DossierCountItemResolved':
      return resolved(dossier, event);
    case 'DossierItemAppraised': {
      const { verdict, reason, vote, prerequisites } = event.data;
      return withItem(dossier, event.data.itemId, (item) => ({ ...item, status: verdict, verdict: { reason, vote, prerequisites } }));
    }
    case 'DossierDecided':
      return event.data.awards.reduce(
        (next, { itemId, cap }) => withItem(next, itemId, (item) => ({ ...item, award: { cap, revocation: null } })),
        dossier,
      );
    case 'DossierAwardRevoked': {
      const { grounds, revokedOn, withItemId } = event.data;
      const revocation = { grounds, revokedOn, withItemId: withItemId ?? null };
      return withItem(dossier, event.data.itemId, (item) => ({ ...item, award: item.award && { ...item.award, revocation } }));
    }
    default:
      return dossier;
  }
}

function evolveDossier(dossier: Dossier, event: DossierEvent): Dossier {
  switch (event.type) {
    case 'DossierMemoAmended':
      return { ...dossier, memo: event.data.memo };
    case 'DossierDocumentAttached':
      return { ...dossier, documentIds: [...dossier.documentIds, event.data.documentId] };
    case 'DossierSubmitted':
    case 'DossierResubmitted':
      return { ...dossier, status: 'SUBMITTED' };
    case 'DossierReceived':
      return { ...dossier, status: 'RECEIVED' };
    case 'DossierReturned':
      return { ...dossier, status: 'RETURNED', returnReason: event.data.reason };
    case 'DossierForwarded':
      return { ...dossier, status: 'FORWARDED', forwardedAs: event.data.forwardedAs };
    case 'DossierDecisionDrafted':
      return { ...dossier, status: 'DECISION_DRAFTED', draftDecisionNumber: event.data.decisionNumber };
    case 'DossierDecided': {
      const { decisionNumber: number, decisionDate: date, signer, authority } = event.data;
      return evolveItems({ ...dossier, status: 'DECIDED', decision: { number, date, signer, authority } }, event);
    }
    default:
      return evolveItems(dossier, event);
  }
}

/** A decision known only by its outcome: decided at once, each award's checks not on record. */
function recorded(event: Extract<DossierEvent, { type: 'DossierDecisionRecorded' }>): Dossier {
  const { dossierId, year, decidedBy, authority, decisionNumber, decisionDate, signer, source, awards } = event.data;
  const items = new Map<string, DossierItem>(
    awards.map(({ itemId, entryId, candidate, count }) => [
      itemId,
      {
        entryId,
        candidate,
        count,
        achievements: null,
        registration: 'NOT_ON_RECORD',
        status: 'APPROVED',
        verdict: { reason: null, vote: null, prerequisites: 'NOT_ON_RECORD' },
        award: { cap: 'NOT_ON_RECORD', revocation: null },
      },
    ]),
  );
  return {
    ...{ dossierId, year, proposer: null, addressee: decidedBy, memo: { number: null, date: null, signer: null }, source },
    ...{ forwardedFrom: null, status: 'DECIDED', items, documentIds: [], returnReason: null, draftDecisionNumber: null, forwardedAs: null },
    decision: { number: decisionNumber, date: decisionDate, signer, authority },
  };
}

export function evolve(state: DossierState, event: DossierEvent): DossierState {
  if (event.type === 'DossierDecisionRecorded') return { dossier: recorded(event) };
  if (event.type === 'DossierDrafted') {
    const { dossierId, year, proposer, addressee, memo, forwardedFrom } = event.data;
    return {
      dossier: {
        dossierId,
        year,
        proposer,
        addressee,
        memo,
        forwardedFrom,
        source: null,
        status: 'DRAFT',
        items: new Map(),
        documentIds: [],
        returnReason: null,
        draftDecisionNumber: null,
        forwardedAs: null,
        decision: null,
      },
    };
  }
  return state.dossier ? { dossier: evolveDossier(state.dossier, event) } : state;
}
