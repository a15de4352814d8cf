import { capFor, citation, entryById } from '../catalogue/domain/award-catalogue/catalogue';
import type { CatalogueEntry, Recipient } from '../catalogue/domain/award-catalogue/entry';
import { AWARD_CATALOGUE } from '../catalogue/domain/award-catalogue/entries';
import { StandardTitle, titlesCoveredBy } from '../catalogue/domain/title/standard-titles';

/**
 * Hồ sơ gợi ý: which catalogue entries a unit or a person may be proposed for in a year, each with the
 * rules it was checked against. Only what the record says counts: a step not on record leaves its rule
 * unchecked (null), never guessed.
 */

/** One level of the year's criteria set (mức xếp loại), points as decimals. */
export interface RatingThreshold {
  titleId: string | null;
  classification: string;
  minPoints: number;
}

/** The unit's line of its cluster's ranking (xếp loại theo bảng xếp hạng), when it has points. */
export interface UnitRating {
  classification: string | null;
  total: number;
  qualifiesForTitleId: string | null;
  thresholds: readonly RatingThreshold[];
  /** The criteria set's legal basis ("424/QĐ-VKSTC"), which the thresholds rest on. */
  legalBasis: string | null;
}

/** A closed vote (bình xét, suy tôn) of the cluster year in which the unit was a candidate. */
export interface UnitVote {
  titleId: string;
  approvals: number;
  eligibleVoters: number;
}

/** What one cluster's year records of the unit. */
export interface ClusterYearFacts {
  clusterId: string;
  /** Đăng ký danh hiệu: `onRecord` false when the year names no registration that would tell. */
  registration: { onRecord: false } | { onRecord: true; titleId: string | null };
  /** Null: no ranking on record for the unit (no criteria set adopted, or no points). */
  rating: UnitRating | null;
  votes: readonly UnitVote[];
  /** Units of the cluster rated at or above each title's threshold; absent when not on record. */
  ratedAtLeast: Readonly<Record<string, number>>;
  /** Units of the cluster that hold each entry that year (decided, not revoked). */
  holders: Readonly<Record<string, number>>;
}

/** What the record says of the candidate that year; `held`: entries decided for it and not revoked. */
export type CandidateYear =
  | { kind: 'UNIT'; year: number; clusters: readonly ClusterYearFacts[]; held: readonly string[] }
  | { kind: 'PERSON'; year: number; held: readonly string[] };

export interface SuggestionReason {
  rule: string;
  basis: string | null;
  met: boolean | null;
}

export interface EligibilitySuggestion {
  entryId: string;
  /** Null: a rule could not be checked, or no rule can be checked automatically. */
  eligible: boolean | null;
  reasons: SuggestionReason[];
}

/** A reason that only informs (the cap) does not count towards `eligible`. */
type Check = SuggestionReason & { informs?: true };

const UNCHECKABLE = 'không có điều kiện tự động kiểm tra được; xem xét theo thành tích';
const THRESHOLD_TITLES: readonly string[] = [StandardTitle.ADVANCED, StandardTitle.EXCELLENT];

const nameOf = (entryId: string) => `"${entryById(entryId)?.name ?? entryId}"`;
const percentOf = (part: number, whole: number) => Math.round((part * 10000) / whole) / 100;

function registrationCheck(entry: CatalogueEntry, year: number, facts: ClusterYearFacts | null): Check {
  const rule = `Đăng ký danh hiệu ${nameOf(entry.id)} năm ${year}`;
  if (!facts) return { rule: `${rule}: đơn vị không là thành viên Cụm nào đã ghi nhận năm ${year}`, basis: null, met: null };
  const at = `${rule} tại Cụm ${facts.clusterId}`;
  const registration = facts.registration;
  if (!registration.onRecord) return { rule: `${at}: Cụm chưa ghi nhận đăng ký của đơn vị`, basis: null, met: null };
  if (registration.titleId === null) return { rule: `${at}: đơn vị không đăng ký (hoặc đã rút đăng ký)`, basis: null, met: false };
  const met = titlesCoveredBy(registration.titleId).includes(entry.id);
  return { rule: `${at}: đơn vị đăng ký ${nameOf(registration.titleId)}`, basis: null, met };
}

function thresholdCheck(entry: CatalogueEntry, year: number, facts: ClusterYearFacts | null): Check | null {
  const threshold = facts?.rating?.thresholds.find((t) => t.titleId === entry.id);
  if (!THRESHOLD_TITLES.includes(entry.id) && !threshold) return null;
  const rule = `Xếp loại đạt mức của danh hiệu ${nameOf(entry.id)} năm ${year}`;
  const rating = facts?.rating;
  if (!facts || !rating) return { rule: `${rule}: chưa có bảng xếp hạng ghi nhận điểm của đơn vị`, basis: null, met: null };
  const basis = rating.legalBasis;
  if (!threshold) return { rule: `${rule}: bộ tiêu chí của Cụm ${facts.clusterId} không có mức cho danh hiệu này`, basis, met: null };
  const rated = `Cụm ${facts.clusterId} xếp loại "${rating.classification ?? 'chưa đạt mức nào'}" với ${rating.total} điểm`;
  return {
    rule: `${rule} ("${threshold.classification}", từ ${threshold.minPoints} điểm): ${rated}`,
    basis,
    met: rating.total >= threshold.minPoints,
  };
}

function voteCheck(entry: CatalogueEntry, facts: ClusterYearFacts | null): Check | null {
  const approval = entry.approvalPercent;
  if (!approval) return null;
  const rule = `Ít nhất ${approval.percent}% số thành viên Cụm tán thành`;
  const basis = citation(approval.basis);
  const best = (facts?.votes ?? [])
    .filter((v) => v.titleId === entry.id && v.eligibleVoters > 0)
    .sort((a, b) => b.approvals * a.eligibleVoters - a.approvals * b.eligibleVoters)[0];
  if (!best) return { rule: `${rule}: chưa có cuộc bỏ phiếu đã kết thúc có đơn vị là ứng viên`, basis, met: null };
  const share = `${best.approvals}/${best.eligibleVoters} (${percentOf(best.approvals, best.eligibleVoters)}%)`;
  return { rule: `${rule}: đạt ${share}`, basis, met: best.approvals * 100 >= approval.percent * best.eligibleVoters };
}

function prerequisiteChecks(entry: CatalogueEntry, record: CandidateYear): Check[] {
  return entry.prerequisites.map((p) => {
    const met = record.held.includes(p.entryId);
    const state = met ? 'đã có quyết định' : 'chưa có quyết định (hoặc đã bị thu hồi)';
    return { rule: `Đã đạt ${nameOf(p.entryId)} năm ${record.year}: ${state}`, basis: citation(p.basis), met };
  });
}

function capCheck(entry: CatalogueEntry, facts: ClusterYearFacts | null): Check | null {
  const cap = entry.cap;
  if (!cap) return null;
  const rule = `Giới hạn: không quá ${cap.percent}% số đạt ${nameOf(cap.ofEntryId)}${cap.minimum > 0 ? `, tối thiểu ${cap.minimum}` : ''}`;
  const base = facts?.ratedAtLeast[cap.ofEntryId];
  if (!facts || base === undefined)
    return { rule: `${rule} (để tham khảo): chưa ghi nhận số đạt`, basis: citation(cap.basis), met: null, informs: true };
  const limit = capFor(entry, base);
  const held = facts.holders[entry.id] ?? 0;
  const counts = `Cụm ${facts.clusterId} có ${base} đạt, tối đa ${limit}; đã có ${held} được tặng`;
  return { rule: `${rule} (để tham khảo): ${counts}`, basis: citation(cap.basis), met: held < limit, informs: true };
}

/** Every rule of the entry for the candidate, read against one cluster's year (or none). */
function checksOf(entry: CatalogueEntry, record: CandidateYear, facts: ClusterYearFacts | null): Check[] {
  const collectiveTitle = record.kind === 'UNIT' && entry.kind === 'TITLE';
  const checks = [
    collectiveTitle ? registrationCheck(entry, record.year, facts) : null,
    collectiveTitle ? thresholdCheck(entry, record.year, facts) : null,
    ...prerequisiteChecks(entry, record),
    record.kind === 'UNIT' ? voteCheck(entry, facts) : null,
    capCheck(entry, facts),
  ];
  return checks.filter((check): check is Check => check !== null);
}

function verdictOf(checks: readonly Check[]): boolean | null {
  const conditions = checks.filter((c) => !c.informs);
  if (conditions.some((c) => c.met === false)) return false;
  return conditions.length === 0 || conditions.some((c) => c.met === null) ? null : true;
}

function suggestionFrom(entry: CatalogueEntry, record: CandidateYear, facts: ClusterYearFacts | null): EligibilitySuggestion {
  const checks = checksOf(entry, record, facts);
  // A title is held once a year: proposing it again is refused, so a holder is told so.
  if (entry.kind === 'TITLE' && record.held.includes(entry.id))
    checks.unshift({ rule: `Chưa được tặng ${nameOf(entry.id)} năm ${record.year}: đã có quyết định tặng`, basis: null, met: false });
  if (!checks.some((c) => !c.informs))
    checks.unshift({ rule: `${entry.name}: ${UNCHECKABLE}`, basis: entry.basis[0] ? citation(entry.basis[0]) : null, met: null });
  return { entryId: entry.id, eligible: verdictOf(checks), reasons: checks.map(({ rule, basis, met }) => ({ rule, basis, met })) };
}

const rankOf = (s: EligibilitySuggestion) => (s.eligible === true ? 2 : s.eligible === null ? 1 : 0);

/**
 * The suggestions for every catalogue entry the candidate's kind may receive, in catalogue order. A
 * unit in several clusters that year is judged in each, and the most favourable reading is kept.
 */
export function eligibleAwards(record: CandidateYear, catalogue: readonly CatalogueEntry[] = AWARD_CATALOGUE): EligibilitySuggestion[] {
  const recipient: Recipient = record.kind === 'UNIT' ? 'COLLECTIVE' : 'PERSON';
  const clusters: readonly (ClusterYearFacts | null)[] = record.kind === 'UNIT' && record.clusters.length > 0 ? record.clusters : [null];
  return catalogue
    .filter((entry) => entry.recipients.includes(recipient))
    .map((entry) =>
      clusters.map((facts) => suggestionFrom(entry, record, facts)).reduce((best, next) => (rankOf(next) > rankOf(best) ? next : best)),
    );
}
