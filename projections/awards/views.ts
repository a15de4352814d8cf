import type { VoteResult } from '../../src/awards/domain/dossier/parties';
import type { DossierEvent, RuleCheck } from '../../src/awards/domain/dossier/events';
import type { Addressee, Candidate, CandidateKind, Memo, Proposer } from '../../src/awards/domain/dossier/parties';
import type { Actor } from '../../src/kernel/actor';

export type DossierStatus = 'DRAFT' | 'SUBMITTED' | 'RECEIVED' | 'RETURNED' | 'FORWARDED' | 'DECISION_DRAFTED' | 'DECIDED';

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

/** One proposal of an entry: a named candidate, or a number of them not yet named (count-only). */
export interface ItemView {
  itemId: string;
  entryId: string;
  candidate: Candidate | null;
  /** How many the item proposes: what is left of a count-only item once candidates were named from it. */
  count: number;
  achievements: string | null;
  registration: RuleCheck;
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
export interface DossierView {
  dossierId: string;
  year: number;
  /** Null for a decision known only by its outcome. */
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
  status: DossierStatus;
  items: readonly ItemView[];
  documentIds: readonly string[];
  decision: DecisionView | null;
  draftDecisionNumber: string | null;
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
