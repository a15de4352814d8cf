import type { AwardKind, DecidingAuthority, Recipient } from '../../../catalogue/domain/award-catalogue/entry';
import type { ProposedItem } from './events';
import type { Addressee, Candidate, Memo, Proposer, VoteResult } from './parties';

/**
 * Facts a command handler gathers from other streams for a rule. `null` means the record does not
 * hold the step the rule needs (a decision known without its history): the rule answers "cannot be
 * checked" instead of refusing.
 */
export type Gathered<T> = T | null;

/** What the catalogue says of the entry an item asks for, gathered with the item. */
export interface EntryFacts {
  known: boolean;
  /** A form has no registration: only a title is registered for in a year. */
  kind: AwardKind;
  recipients: readonly Recipient[];
  decidedBy: readonly DecidingAuthority[];
}

/** Lập hồ sơ: a proposer drafts a dossier for a year, addressed to the next level. */
export interface DraftDossier {
  type: 'DraftDossier';
  dossierId: string;
  year: number;
  proposer: Proposer;
  addressee: Addressee;
  memo: Memo;
  /** The dossier this one proposes on (a council forwarding up), when it does. */
  forwardedFrom: string | null;
  /** Gathered: the source dossier was forwarded as this one (when `forwardedFrom` is set). */
  forwardMatches: boolean;
  /** Gathered: the items the source dossier approved and forwarded, proposed again here as they stand. */
  carriedItems: CarriedItem[];
}

/** An item a council proposes on: what the dossier below proposed, with the registration check it passed there. */
export type CarriedItem = ProposedItem;

/** Đính chính tờ trình: the memo's number, date or signer, while the dossier is with its proposer. */
export interface AmendMemo {
  type: 'AmendMemo';
  dossierId: string;
  memo: Memo;
}

/**
 * An item: a named candidate (count 1), or a count-only item ("4 × Tập thể Lao động tiên tiến")
 * whose candidates are named later.
 */
export interface AddItem {
  type: 'AddItem';
  dossierId: string;
  itemId: string;
  entryId: string;
  candidate: Candidate | null;
  count: number;
  achievements: string | null;
  entry: EntryFacts;
  /** Gathered for a named candidate of a title: registered for it that year (null: not on record). */
  registered: Gathered<boolean>;
}

export interface RemoveItem {
  type: 'RemoveItem';
  dossierId: string;
  itemId: string;
}

/** Names candidates of a count-only item; at most its count, the rest stays count-only. */
export interface ResolveCountItem {
  type: 'ResolveCountItem';
  dossierId: string;
  itemId: string;
  /** Gathered: the catalogue's facts of the count-only item's entry, checked for each candidate named. */
  entry: EntryFacts;
  named: { itemId: string; candidate: Candidate; achievements: string | null; registered: Gathered<boolean> }[];
}

/** Attaches a registered document (a report of achievements, minutes of a vote) by reference. */
export interface AttachDocument {
  type: 'AttachDocument';
  dossierId: string;
  documentId: string;
  /** Gathered */
  documentRegistered: boolean;
}

export interface SubmitDossier {
  type: 'SubmitDossier';
  dossierId: string;
}

export interface ReceiveDossier {
  type: 'ReceiveDossier';
  dossierId: string;
}

/** Trả lại hồ sơ: back to the proposer, with the reason (required). */
export interface ReturnDossier {
  type: 'ReturnDossier';
  dossierId: string;
  reason: string;
}

export interface ResubmitDossier {
  type: 'ResubmitDossier';
  dossierId: string;
}

/** Thẩm định one item: approved, or rejected with a reason; again with a reason to change a verdict. */
export interface AppraiseItem {
  type: 'AppraiseItem';
  dossierId: string;
  itemId: string;
  verdict: 'APPROVED' | 'REJECTED';
  reason: string | null;
  vote: VoteResult | null;
  /** Gathered: the approval share the entry needs (percent), when the texts set one. */
  approvalPercent: number | null;
  /** Gathered: the candidate holds each prerequisite that year (null: not on record). */
  prerequisitesHeld: Gathered<boolean>;
}

/** Đề nghị lên cấp trên: the council proposes the approved items on, as a new dossier it drafts. */
export interface ForwardDossier {
  type: 'ForwardDossier';
  dossierId: string;
  forwardedAs: string;
  addressee: Addressee;
}

/** Dự thảo quyết định: the approved items the decision will name. */
export interface DraftDecision {
  type: 'DraftDecision';
  dossierId: string;
  decisionNumber: string | null;
}

/** Quyết định khen thưởng: one award per approved, named item. */
export interface DecideDossier {
  type: 'DecideDossier';
  dossierId: string;
  decisionNumber: string;
  /** A partial date */
  decisionDate: string;
  signer: string | null;
  /** Gathered: the authority the addressee decides with. */
  authority: DecidingAuthority;
  /** Gathered per entry of the approved items: who may decide it. */
  entries: Record<string, { decidedBy: readonly DecidingAuthority[] }>;
  /** Gathered per entry with a cap: how many more this decision may grant (null: not on record). */
  capRoom: Record<string, Gathered<number>>;
}

/** Hủy bỏ quyết định, thu hồi hiện vật và tiền thưởng (Law ch. VII): one award, with its grounds. */
export interface RevokeDossierAward {
  type: 'RevokeDossierAward';
  dossierId: string;
  itemId: string;
  grounds: string;
  /** A partial date */
  revokedOn: string;
  /** Gathered: items of this dossier whose award required this one, revoked with it. */
  dependentItemIds: string[];
}

/** One award as a source tells it: a named unit or person, or only how many received it. */
export interface KnownAward {
  itemId: string;
  entryId: string;
  candidate: Candidate | null;
  count: number;
}

/**
 * A decision known only by its outcome (an archive, a news report): which units or persons, or how
 * many, received which title or form, from which level. Entered as told; every check its missing
 * steps would have made is recorded as not on record.
 */
export interface RecordKnownDecision {
  type: 'RecordKnownDecision';
  dossierId: string;
  year: number;
  /** The body that decided, when the source names it. */
  decidedBy: Addressee | null;
  authority: DecidingAuthority | null;
  decisionNumber: string | null;
  /** A partial date, when the source gives one. */
  decisionDate: string | null;
  signer: string | null;
  /** Where the outcome is told: a document's citation, an archive, a news report. */
  source: string;
  awards: KnownAward[];
  /** Gathered: the catalogue's facts of each entry the awards name. */
  entries: Record<string, EntryFacts>;
}

export type DossierCommand =
  | DraftDossier
  | AmendMemo
  | AddItem
  | RemoveItem
  | ResolveCountItem
  | AttachDocument
  | SubmitDossier
  | ReceiveDossier
  | ReturnDossier
  | ResubmitDossier
  | AppraiseItem
  | ForwardDossier
  | DraftDecision
  | DecideDossier
  | RevokeDossierAward
  | RecordKnownDecision;
