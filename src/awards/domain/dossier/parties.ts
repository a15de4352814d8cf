/** Who sends a dossier up: a cluster or bloc, a unit, or a council proposing on to the next level. */
export type ProposerKind = 'CLUSTER' | 'UNIT' | 'COUNCIL';
export interface Proposer {
  kind: ProposerKind;
  id: string;
}

/** Who receives it: a council (Hội đồng Thi đua – Khen thưởng), or a unit's head where no council sits. */
export type AddresseeKind = 'COUNCIL' | 'UNIT_HEAD';
export interface Addressee {
  kind: AddresseeKind;
  id: string;
}

/** Who an item names: a unit (a collective) or a person. */
export type CandidateKind = 'UNIT' | 'PERSON';
export interface Candidate {
  kind: CandidateKind;
  id: string;
}

/** The memo (tờ trình) that carries the dossier: what the report states of it, nothing invented. */
export interface Memo {
  number: string | null;
  /** A partial date: "2024", "2024-11" or "2024-11-20". */
  date: string | null;
  /** The signer as the memo names them (a name, or an office). */
  signer: string | null;
}

/** A council's vote on an item, where it votes. */
export interface VoteResult {
  approvals: number;
  eligibleVoters: number;
}
