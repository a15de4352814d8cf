import type { DossierEvent, ProposedItem, RuleCheck } from '../../src/awards/domain/dossier/events';
import type { Candidate, CandidateKind, VoteResult } from '../../src/awards/domain/dossier/parties';
import type { DossierHeading, DossierStatus } from '../../src/awards/domain/dossier/state';
import type { Actor } from '../../src/kernel/actor';

export type { DossierStatus };

type Unprefixed<T> = T extends `Dossier${infer Step}` ? Step : never;
/** An event's type without the prefix every dossier event shares: 'Drafted', 'Returned', 'ItemAppraised'. */
export type StepName = Unprefixed<DossierEvent['type']>;

/** Who took a step, as the token that sent its command said then. */
export type StepActor = Pick<Actor, 'id' | 'name' | 'role' | 'unitId'>;

/** One event of a dossier, as the path it took is shown. */
export interface StepView {
  step: StepName;
  position: number;
  recordedAt: string;
  /** Null for an event recorded without an actor (a migration). */
  actor: StepActor | null;
  /** The return reason, the appraisal's reason or the revocation's grounds. */
  reason: string | null;
  itemId: string | null;
}

export interface AwardGrant {
  /** Null for a decision known only by its outcome whose source gives no number or date. */
  decisionNumber: string | null;
  decisionDate: string | null;
  signer: string | null;
  /** What the cap check found when the decision was taken. */
  cap: RuleCheck;
}

export interface Revocation {
  grounds: string;
  revokedOn: string;
  /** The award whose revocation took this one with it, when it fell as a dependant. */
  withItemId: string | null;
}

/**
 * One proposal of an entry: a named candidate, or a number of them not yet named (count-only), whose
 * count is what is left once candidates were named from it.
 */
export interface ItemView extends ProposedItem {
  verdict: 'APPROVED' | 'REJECTED' | null;
  verdictReason: string | null;
  vote: VoteResult | null;
  /** Null until the item is appraised. */
  prerequisites: RuleCheck | null;
  award: AwardGrant | null;
  revoked: Revocation | null;
  /** The count-only item this named item was resolved from. */
  resolvedFrom: string | null;
}

export interface DecisionView {
  decisionNumber: string | null;
  decisionDate: string | null;
  signer: string | null;
  authority: string | null;
}

/** An award dossier (hồ sơ đề nghị khen thưởng) as known at a position, with every step it took until then. */
export interface DossierView extends DossierHeading {
  items: readonly ItemView[];
  decision: DecisionView | null;
  history: readonly StepView[];
}

/**
 * One decided award, for a candidate's record of achievements (hồ sơ thành tích) and for reports.
 * Named apart from the cluster year's AwardView, so a file can import both without renaming one.
 */
export interface DossierAwardView {
  dossierId: string;
  itemId: string;
  year: number;
  entryId: string;
  /** Null for an award given to a number of candidates not named. */
  candidate: Candidate | null;
  count: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  signer: string | null;
  revoked: Revocation | null;
}

export interface DossierFilter {
  proposerId?: string;
  addresseeId?: string;
  status?: DossierStatus;
  year?: number;
}

export interface AwardFilter {
  year?: number;
  entryId?: string;
  candidateKind?: CandidateKind;
}
