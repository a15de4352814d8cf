/**
 * The shape of one entry of the award catalogue: a title (danh hiệu thi đua) or a form of
 * commendation (hình thức khen thưởng), as Law 06/2022/QH15 on Emulation and Commendation and
 * Decree 98/2023/NĐ-CP name them, with the article each rule rests on.
 */

/** A title is earned in an emulation year; a form commends an achievement. */
export type AwardKind = 'TITLE' | 'FORM';

/** Who may receive it: persons (cá nhân), collectives (tập thể), or both. */
export type Recipient = 'PERSON' | 'COLLECTIVE';

/**
 * Who may decide it (thẩm quyền quyết định), from the lowest to the highest, as it applies in the
 * People's Procuracy: the head of a unit (Thủ trưởng đơn vị), the chief prosecutor of a province,
 * the Prosecutor General (Viện trưởng VKSND tối cao), the Prime Minister, the President.
 */
export const DECIDING_AUTHORITIES = ['UNIT_HEAD', 'PROVINCIAL_CHIEF', 'PROSECUTOR_GENERAL', 'PRIME_MINISTER', 'PRESIDENT'] as const;
export type DecidingAuthority = (typeof DECIDING_AUTHORITIES)[number];

/** Each authority in words, as messages and prints name it. */
export const AUTHORITY_WORDS: Readonly<Record<DecidingAuthority, string>> = {
  UNIT_HEAD: 'Thủ trưởng đơn vị',
  PROVINCIAL_CHIEF: 'Viện trưởng VKSND cấp tỉnh',
  PROSECUTOR_GENERAL: 'Viện trưởng VKSND tối cao',
  PRIME_MINISTER: 'Thủ tướng Chính phủ',
  PRESIDENT: 'Chủ tịch nước',
};

/** The legal texts the catalogue cites. */
export const LEGAL_INSTRUMENTS = {
  LAW_06_2022: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
  DECREE_98_2023: 'Nghị định số 98/2023/NĐ-CP',
  /** Repealed by Decree 98/2023 from 1/1/2024; cited only where no 2024 text read carries the rule. */
  DECREE_91_2017: 'Nghị định số 91/2017/NĐ-CP',
} as const;
export type LegalInstrument = keyof typeof LEGAL_INSTRUMENTS;

/** One provision: "Điều 24 khoản 1 điểm a Luật Thi đua, khen thưởng số 06/2022/QH15". */
export interface LegalBasis {
  instrument: LegalInstrument;
  article: number;
  clause?: number;
  point?: string;
  /**
   * Set when the provision could not be confirmed in a text read (the article number was inferred, or
   * the rule was found only in a repealed text): says why, so the page and an auditor can see it.
   */
  unconfirmed?: string;
}

/** A cap the law sets on how many may receive an entry, as a share of those who hold another. */
export interface AwardCap {
  /** At most this percent of the holders of `ofEntryId` in the same year and unit (or cluster), rounded down. */
  percent: number;
  ofEntryId: string;
  /** Never fewer than this many, whatever the share gives. */
  minimum: number;
  basis: LegalBasis;
}

/** An entry the candidate must already hold (decided) for the year before this one may be decided. */
export interface AwardPrerequisite {
  entryId: string;
  basis: LegalBasis;
}

export interface CatalogueEntry {
  /** Stable, kebab-case; the four collective titles keep the ids they had before the catalogue. */
  id: string;
  /** The name as the texts write it, in Vietnamese. */
  name: string;
  kind: AwardKind;
  recipients: readonly Recipient[];
  /** Who may decide it; a dossier addressed lower must be forwarded up. */
  decidedBy: readonly DecidingAuthority[];
  /** Where the texts define it and its criteria. */
  basis: readonly LegalBasis[];
  prerequisites: readonly AwardPrerequisite[];
  cap: AwardCap | null;
  /** Approval share a council's or cluster's vote must reach, in percent, when the texts set one. */
  approvalPercent: { percent: number; basis: LegalBasis } | null;
}
