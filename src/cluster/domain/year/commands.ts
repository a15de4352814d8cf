import type { ClassificationThreshold, CriteriaSetVersion } from '../../../catalogue/domain/criteria/criteria-set';
import type { Lifespan } from '../../../unit/domain/lifespan';
import type { AgreementTerms, RegistrationCount } from './events';

type Year = { clusterId: string; year: number };
type C<Type extends string, Data = unknown> = Year & { type: Type } & Data;

export type OpenClusterYear = C<
  'OpenClusterYear',
  {
    memberUnitIds: string[];
    /** False when the report names only some members (others may exist); absent means the list is the whole membership. */
    membershipComplete?: boolean;
    /** Gathered by the handler: whether the cluster exists, which named members are not registered, and when the others existed. */
    clusterFormed: boolean;
    unregisteredUnitIds: string[];
    lifespans: Record<string, Lifespan>;
  }
>;
export type AdmitMember = C<
  'AdmitMember',
  { unitId: string; /** Gathered by the handler: null for a unit never registered. */ lifespan: Lifespan | null }
>;
export type WithdrawMember = C<'WithdrawMember', { unitId: string }>;
/** Whether the year's members on record are all of them, or only those a report named. */
export type StateMembershipCompleteness = C<'StateMembershipCompleteness', { complete: boolean }>;
export type RotateChair = C<
  'RotateChair',
  {
    chairUnitId: string;
    /** Null when the report names no vice-chair (yet): it can be appointed later. */
    viceChairUnitId: string | null;
    /** Gathered by the handler from the cluster's previous year. */
    previousChairUnitId: string | null;
    previousYearIneligibleUnitIds: string[];
  }
>;
/** Bổ nhiệm Cụm phó sau khi đã có Cụm trưởng. */
export type AppointViceChair = C<
  'AppointViceChair',
  { viceChairUnitId: string; /** Gathered by the handler from the cluster's previous year. */ previousYearIneligibleUnitIds: string[] }
>;
/** Người đại diện đơn vị Cụm trưởng / Cụm phó trong năm (its head or deputy), with the position of that year. */
export type NameOfficeRepresentative = C<
  'NameOfficeRepresentative',
  { office: YearOffice; personId: string; position: string | null; /** Gathered. */ personRegistered: boolean }
>;
export type YearOffice = 'CHAIR' | 'VICE_CHAIR';
export type RecordOfficeDesignation = C<
  'RecordOfficeDesignation',
  { office: YearOffice; documentId: string | null; designatedOn: string | null; /** Gathered. */ documentRegistered: boolean }
>;
/** Phân công phụ trách Cụm: a registered person, in a capacity, by a document when known. */
export type AssignOversight = C<
  'AssignOversight',
  {
    personId: string;
    capacity: string;
    documentId: string | null;
    /** Gathered. */ personRegistered: boolean;
    /** Gathered. */ documentRegistered: boolean;
  }
>;
export type EndOversight = C<'EndOversight', { personId: string; reason: string }>;
export type DeclareIneligible = C<'DeclareIneligible', { unitId: string; reason: string }>;

export type DraftAgreement = C<'DraftAgreement', AgreementTerms>;
export type AmendAgreement = C<'AmendAgreement', { changes: Partial<AgreementTerms>; note: string }>;
export type AmendRegulation = C<'AmendRegulation', { summary: string; articles: string[] }>;
export type SignAgreement = C<
  'SignAgreement',
  { unitId: string; signatoryName: string | null; signatoryPosition: string | null; signedOn: string }
>;
/** Giao ước có hiệu lực as a source says (the signatures may not all be known), citing that source. */
export type RecordAgreementInForce = C<'RecordAgreementInForce', { inForceOn: string | null; source: string }>;

export type RegisterTitle = C<'RegisterTitle', { unitId: string; titleId: string; /** Gathered. */ titleKnown: boolean }>;
export type WithdrawRegistration = C<'WithdrawRegistration', { unitId: string }>;
/** Đăng ký danh hiệu as counts a report states, quoting it in `source`. */
export type StateRegistrationCounts = C<
  'StateRegistrationCounts',
  {
    counts: RegistrationCount[];
    source: string;
    /** Gathered: the titles stated that the catalogue does not define. */ unknownTitleIds: string[];
  }
>;

export type AdoptCriteriaSet = C<
  'AdoptCriteriaSet',
  { criteriaSetId: string; /** Gathered: the version asked for, or the latest in force. */ criteriaSet: CriteriaSetVersion | null }
>;
export type FinalizeScores = C<'FinalizeScores'>;
export type ReopenScores = C<'ReopenScores', { reason: string }>;

export type OpenVote = C<'OpenVote', { voteId: string; titleId: string; candidateUnitIds: string[]; titleKnown: boolean }>;
export type CastBallot = C<'CastBallot', { voteId: string; voterUnitId: string; approvedUnitIds: string[] }>;
export type CloseVote = C<'CloseVote', { voteId: string }>;

export type ProposeAward = C<'ProposeAward', { awardId: string; unitId: string; titleId: string; titleKnown: boolean }>;
export type DecideAward = C<
  'DecideAward',
  {
    awardId: string;
    decisionNumber: string;
    decisionDate: string;
    signer: string;
    /** Gathered: how many members the finalized ranking rates "Tập thể Lao động tiên tiến" or better. */
    ratedAdvancedCount: number;
    /** Gathered: the year's ranking as the rules see it; null when the year has no criteria set. */
    ranking: YearRating | null;
  }
>;

/** What the award rules read of a ranking: the set's thresholds and each scored member's effective total. */
export interface YearRating {
  thresholds: ClassificationThreshold[];
  /** Hundredths, by unit; a member with no scores is absent. */
  effectiveTotals: Record<string, number>;
}
export type RevokeAward = C<'RevokeAward', { awardId: string; grounds: string; revokedOn: string }>;

/** Cấp số cho báo cáo tổng hợp năm thi đua: the number and symbol as registered, and the issue day. */
export type IssueClusterYearReport = C<'IssueClusterYearReport', { number: string; issuedOn: string }>;

export type ClusterYearCommand =
  | OpenClusterYear
  | AdmitMember
  | WithdrawMember
  | StateMembershipCompleteness
  | RotateChair
  | AppointViceChair
  | NameOfficeRepresentative
  | RecordOfficeDesignation
  | AssignOversight
  | EndOversight
  | DeclareIneligible
  | DraftAgreement
  | AmendAgreement
  | AmendRegulation
  | SignAgreement
  | RecordAgreementInForce
  | RegisterTitle
  | WithdrawRegistration
  | StateRegistrationCounts
  | AdoptCriteriaSet
  | FinalizeScores
  | ReopenScores
  | OpenVote
  | CastBallot
  | CloseVote
  | ProposeAward
  | DecideAward
  | RevokeAward
  | IssueClusterYearReport;
