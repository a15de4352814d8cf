/** Loại tiêu chí: ordinary criteria and bonuses add to the total, penalties subtract from it. */
export enum CriterionKind {
  /** Tiêu chí chấm điểm */
  STANDARD = 'STANDARD',
  /** Điểm thưởng */
  BONUS = 'BONUS',
  /** Điểm trừ */
  PENALTY = 'PENALTY',
}

/** How units with equal totals are ordered. */
export enum TieBreakRule {
  /** Same rank for equal totals (1, 2, 2, 4). */
  SHARED_RANK = 'SHARED_RANK',
  /** More points from ordinary criteria first, then shared. */
  MORE_STANDARD_POINTS = 'MORE_STANDARD_POINTS',
  /** Fewer penalty points first, then shared. */
  FEWER_PENALTIES = 'FEWER_PENALTIES',
}

export interface Criterion {
  criterionId: string;
  name: string;
  kind: CriterionKind;
  /** Maximum points in hundredths (fixed-point): 1000 = 10.00 points. */
  maxPoints: number;
}

export interface CriteriaSection {
  sectionId: string;
  name: string;
  criteria: Criterion[];
}

/** Xếp loại: a total at or above `minPoints` (hundredths) earns this class; `titleId` is the title it qualifies for. */
export interface ClassificationThreshold {
  classification: string;
  minPoints: number;
  titleId: string | null;
}

export interface CriteriaSetVersion {
  criteriaSetId: string;
  version: number;
  name: string;
  /** Căn cứ, e.g. "424/QĐ-VKSTC". */
  legalBasis: string;
  /** ISO date from which this version applies. */
  effectiveFrom: string;
  sections: CriteriaSection[];
  thresholds: ClassificationThreshold[];
  tieBreak: TieBreakRule;
}

// Sets are immutable once published, and ranking and every score command list their criteria.
const flattened = new WeakMap<CriteriaSetVersion, Criterion[]>();

export function criteriaOf(set: CriteriaSetVersion): Criterion[] {
  let criteria = flattened.get(set);
  if (!criteria) flattened.set(set, (criteria = set.sections.flatMap((section) => section.criteria)));
  return criteria;
}

// Every score command looks its criterion up; sets are immutable, so each is indexed once.
const indexes = new WeakMap<CriteriaSetVersion, Map<string, Criterion>>();

export function findCriterion(set: CriteriaSetVersion, criterionId: string): Criterion | undefined {
  let index = indexes.get(set);
  if (!index) indexes.set(set, (index = new Map(criteriaOf(set).map((criterion) => [criterion.criterionId, criterion]))));
  return index.get(criterionId);
}
