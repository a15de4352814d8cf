import type { DomainEvent } from '../../../kernel/decider';

type Year = { clusterId: string; year: number };
type E<Type extends string, Data> = DomainEvent<Type, Year & Data>;

/** Năm thi đua của Cụm được mở với danh sách đơn vị thành viên. */
export type ClusterYearOpened = E<'ClusterYearOpened', { memberUnitIds: string[] }>;
/** Kết nạp thêm đơn vị thành viên trong năm. */
export type MemberAdmitted = E<'MemberAdmitted', { unitId: string }>;
/** Đơn vị rời Cụm trong năm. */
export type MemberWithdrawn = E<'MemberWithdrawn', { unitId: string }>;
/**
 * Thành viên đã biết đủ hay chưa: false when only some members are named (the rest are unknown, not
 * absent). A year without this event has its whole membership on record, as every year had before.
 */
export type MembershipCompletenessStated = E<'MembershipCompletenessStated', { complete: boolean }>;
/** Luân phiên Cụm trưởng / Cụm phó cho năm. */
export type ChairRotated = E<
  'ChairRotated',
  { chairUnitId: string; /** Null: no vice-chair named. */ viceChairUnitId: string | null; previousChairUnitId: string | null }
>;
/** Cụm phó được bổ nhiệm sau Cụm trưởng. */
export type ViceChairAppointed = E<'ViceChairAppointed', { viceChairUnitId: string }>;
/** The person who represented the chair or vice-chair unit that year. */
export type OfficeRepresentativeNamed = E<
  'OfficeRepresentativeNamed',
  { office: 'CHAIR' | 'VICE_CHAIR'; personId: string; position: string | null }
>;
/**
 * The document that designated the office of the year (quyết định, thông báo chỉ định Cụm trưởng),
 * and the date of the designation as the record gives it; either may be unknown, not both.
 */
export type OfficeDesignationRecorded = E<
  'OfficeDesignationRecorded',
  { office: 'CHAIR' | 'VICE_CHAIR'; documentId: string | null; designatedOn: string | null }
>;
/**
 * Phụ trách: an official assigned to oversee the cluster that year, in a capacity as the record words
 * it ("Phó Viện trưởng VKSND tối cao phụ trách"), by a document when one is known.
 */
export type OversightAssigned = E<'OversightAssigned', { personId: string; capacity: string; documentId: string | null }>;
/** The official no longer oversees the cluster that year, with the reason. */
export type OversightEnded = E<'OversightEnded', { personId: string; reason: string }>;
/** Đơn vị không đủ điều kiện bình xét trong năm: it cannot chair or vice-chair next year. */
export type UnitDeclaredIneligible = E<'UnitDeclaredIneligible', { unitId: string; reason: string }>;

/** Nội dung giao ước thi đua: null where the report does not say (never an invented value). */
export interface AgreementTerms {
  /** Chủ đề */
  theme: string | null;
  /** Phương châm */
  motto: string | null;
  /** Các cam kết, nhiệm vụ trọng tâm; null when the report lists none */
  commitments: string[] | null;
  /** Căn cứ, as document references, e.g. "15/HD-VKSTC" */
  legalBases: string[];
  /**
   * Ngày lễ ký kết as the report gives it: a partial date's text ("2020", "2020-02", "2020-02-14"),
   * null when it gives none. Before partial dates every one stored was a full date, which reads the same.
   */
  ceremonyDate: string | null;
  /** Đơn vị đăng cai */
  hostUnitId: string | null;
  /** Địa điểm */
  venue: string | null;
}

/** Dự thảo giao ước được thông qua. */
export type AgreementDrafted = E<'AgreementDrafted', AgreementTerms>;
/** Sửa đổi giao ước tại lễ ký kết. */
export type AgreementAmended = E<'AgreementAmended', { changes: Partial<AgreementTerms>; note: string }>;
/** Sửa đổi, bổ sung quy chế thi đua của Cụm. */
export type RegulationAmended = E<'RegulationAmended', { summary: string; articles: string[] }>;
/** Một đơn vị ký giao ước, on a date as the report gives it (a partial date's text). */
export type AgreementSigned = E<
  'AgreementSigned',
  { unitId: string; signatoryName: string | null; signatoryPosition: string | null; signedOn: string }
>;
/** Giao ước có hiệu lực: every member has signed. */
export type AgreementInForce = E<'AgreementInForce', { inForceOn: string }>;
/** Giao ước có hiệu lực as a source records it, whatever signatures are known; null date: the source gives none. */
export type AgreementInForceRecorded = E<'AgreementInForceRecorded', { inForceOn: string | null; source: string }>;

/** Đăng ký danh hiệu thi đua. */
export type TitleRegistered = E<'TitleRegistered', { unitId: string; titleId: string }>;
/** Rút đăng ký danh hiệu. */
export type RegistrationWithdrawn = E<'RegistrationWithdrawn', { unitId: string; titleId: string }>;

/** How many units registered a title, in numbers, with no unit named; as stated by a report, quoted in `source`. */
export interface RegistrationCount {
  titleId: string;
  units: number;
}
/**
 * Đăng ký danh hiệu as a report states it, as counts ("03 đơn vị đăng ký Cờ thi đua của ngành"): no unit
 * is named, so none is invented. A later statement replaces the earlier one as a whole.
 */
export type RegistrationCountsStated = E<'RegistrationCountsStated', { counts: RegistrationCount[]; source: string }>;

/** Cụm áp dụng một phiên bản bộ tiêu chí cho năm. */
export type CriteriaSetAdopted = E<'CriteriaSetAdopted', { criteriaSetId: string; version: number }>;
/** Chốt điểm năm. */
export type ScoresFinalized = E<'ScoresFinalized', object>;
/** Mở lại điểm đã chốt, có lý do. */
export type ScoresReopened = E<'ScoresReopened', { reason: string }>;

/** Mở bình xét, bỏ phiếu. */
export type VoteOpened = E<'VoteOpened', { voteId: string; titleId: string; candidateUnitIds: string[] }>;
/** Một đơn vị thành viên bỏ phiếu: the candidates it approves. */
export type BallotCast = E<'BallotCast', { voteId: string; voterUnitId: string; approvedUnitIds: string[] }>;
export interface VoteTally {
  unitId: string;
  approvals: number;
}
/** Kết thúc bỏ phiếu: turnout and approvals, against the members of the year. */
export type VoteClosed = E<'VoteClosed', { voteId: string; eligibleVoters: number; ballots: number; tallies: VoteTally[] }>;

/** Đề nghị khen thưởng. */
export type AwardProposed = E<'AwardProposed', { awardId: string; unitId: string; titleId: string }>;
/** Quyết định khen thưởng. */
export type AwardDecided = E<'AwardDecided', { awardId: string; decisionNumber: string; decisionDate: string; signer: string }>;
/** Thu hồi khen thưởng, có căn cứ. */
export type AwardRevoked = E<
  'AwardRevoked',
  {
    awardId: string;
    grounds: string;
    revokedOn: string;
    /** Set when this award fell with the award it required (the sector flag with the excellent title). */
    withAwardId?: string;
  }
>;

/**
 * Báo cáo tổng hợp năm thi đua được cấp số: the number and symbol the clerk (văn thư) wrote in the
 * register ("15/BC-CTĐ"), and the day the report was issued, which its prints carry from then on.
 */
export type ClusterYearReportIssued = E<'ClusterYearReportIssued', { number: string; issuedOn: string }>;

export type ClusterYearEvent =
  | ClusterYearOpened
  | MemberAdmitted
  | MemberWithdrawn
  | MembershipCompletenessStated
  | ChairRotated
  | ViceChairAppointed
  | OfficeRepresentativeNamed
  | OfficeDesignationRecorded
  | OversightAssigned
  | OversightEnded
  | UnitDeclaredIneligible
  | AgreementDrafted
  | AgreementAmended
  | RegulationAmended
  | AgreementSigned
  | AgreementInForce
  | AgreementInForceRecorded
  | TitleRegistered
  | RegistrationWithdrawn
  | RegistrationCountsStated
  | CriteriaSetAdopted
  | ScoresFinalized
  | ScoresReopened
  | VoteOpened
  | BallotCast
  | VoteClosed
  | AwardProposed
  | AwardDecided
  | AwardRevoked
  | ClusterYearReportIssued;
