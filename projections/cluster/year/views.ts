import type { AgreementTerms, VoteTally } from '../../../src/cluster/domain/year/events';
import type { AwardStatus } from '../../../src/cluster/domain/year/state';

export interface SignatureView {
  unitId: string;
  signatoryName: string | null;
  signatoryPosition: string | null;
  signedOn: string;
}

export interface AgreementView {
  /** The terms with every amendment applied. */
  terms: AgreementTerms;
  amendments: { changes: Partial<AgreementTerms>; note: string }[];
  signatures: SignatureView[];
  inForce: boolean;
  inForceOn: string | null;
  /** The source that records it in force, when signatures alone did not show it. */
  inForceSource: string | null;
}

export interface VoteView {
  voteId: string;
  titleId: string;
  candidateUnitIds: string[];
  ballots: { voterUnitId: string; approvedUnitIds: string[] }[];
  closed: boolean;
  /** Members of the year when the vote closed: the base of the approval share. */
  eligibleVoters: number | null;
  tallies: VoteTally[];
}

export interface AwardView {
  awardId: string;
  unitId: string;
  titleId: string;
  status: AwardStatus;
  decision: { decisionNumber: string; decisionDate: string; signer: string } | null;
  /** `withAwardId`: the required award whose revocation took this one with it. */
  revocation: { grounds: string; revokedOn: string; withAwardId: string | null } | null;
}

/** What was recorded in one cluster's year, beyond its membership. */
export interface YearRecordsView {
  clusterId: string;
  year: number;
  agreement: AgreementView | null;
  regulationAmendments: { summary: string; articles: string[] }[];
  registrations: { unitId: string; titleId: string }[];
  /** Registrations as the latest report states them, in numbers with no unit named; null when none is stated. */
  registrationCounts: { counts: { titleId: string; units: number }[]; source: string } | null;
  ineligible: { unitId: string; reason: string }[];
  criteriaSet: { criteriaSetId: string; version: number } | null;
  finalized: boolean;
  reopenings: { reason: string }[];
  votes: VoteView[];
  awards: AwardView[];
  /** Số, ký hiệu and issue day of the year's report (báo cáo tổng hợp), once the clerk has issued it. */
  report: { number: string; issuedOn: string } | null;
}
