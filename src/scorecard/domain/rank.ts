import { CriterionKind, criteriaOf, TieBreakRule, type CriteriaSetVersion } from '../../catalogue/domain/criteria/criteria-set';
import { STAGE_ORDER, type ScoreStage } from './score-stage';

/** One unit's current points (hundredths) by stage and criterion. */
export interface UnitPoints {
  unitId: string;
  points: ReadonlyMap<ScoreStage, ReadonlyMap<string, number>>;
}

export interface StageTotal {
  stage: ScoreStage;
  /** standard + bonus − penalty, in hundredths */
  total: number;
  standard: number;
  bonus: number;
  penalty: number;
  /** How many of the set's criteria this stage scored, out of `criteriaInSet`. */
  scoredCriteria: number;
  criteriaInSet: number;
}

export interface RankedUnit {
  unitId: string;
  /** Each stage's own total over the criteria it scored. */
  totals: StageTotal[];
  /**
   * Where the effective total came from: per stage, the criteria whose latest scoring stage it is
   * and their points (a council that re-scores one criterion contributes that criterion only).
   */
  effectiveParts: StageTotal[];
  /** The latest stage that scored any criterion; null for a unit with no scores. */
  effectiveStage: ScoreStage | null;
  /** The sum over criteria of the points of the latest stage that scored each. */
  effectiveTotal: number;
  classification: string | null;
  qualifiesForTitleId: string | null;
  /** 1-based; null for a unit with no scores at all. */
  rank: number | null;
}

/** Điểm được tính of each criterion: the points of the latest stage that scored it, with that stage. */
export function effectivePoints(points: UnitPoints['points']): Map<string, { stage: ScoreStage; points: number }> {
  const effective = new Map<string, { stage: ScoreStage; points: number }>();
  for (const stage of STAGE_ORDER)
    for (const [criterionId, value] of points.get(stage) ?? []) effective.set(criterionId, { stage, points: value });
  return effective;
}

function totalOf(set: CriteriaSetVersion, stage: ScoreStage, points: ReadonlyMap<string, number>): StageTotal {
  const sum = { standard: 0, bonus: 0, penalty: 0 };
  let scoredCriteria = 0;
  const criteria = criteriaOf(set);
  for (const criterion of criteria) {
    const value = points.get(criterion.criterionId);
    if (value === undefined) continue;
    scoredCriteria += 1;
    if (criterion.kind === CriterionKind.PENALTY) sum.penalty += value;
    else if (criterion.kind === CriterionKind.BONUS) sum.bonus += value;
    else sum.standard += value;
  }
  return { stage, total: sum.standard + sum.bonus - sum.penalty, ...sum, scoredCriteria, criteriaInSet: criteria.length };
}

/** The effective points split by the stage each criterion's points came from, in stage order. */
function effectivePartsOf(set: CriteriaSetVersion, points: UnitPoints['points']): StageTotal[] {
  const byStage = new Map<ScoreStage, Map<string, number>>();
  for (const [criterionId, { stage, points: value }] of effectivePoints(points)) {
    if (!byStage.has(stage)) byStage.set(stage, new Map());
    byStage.get(stage)!.set(criterionId, value);
  }
  return STAGE_ORDER.flatMap((stage) => (byStage.has(stage) ? [totalOf(set, stage, byStage.get(stage)!)] : [])).filter(
    (part) => part.scoredCriteria > 0,
  );
}

const sumOf = (parts: StageTotal[], field: 'total' | 'standard' | 'penalty') => parts.reduce((sum, part) => sum + part[field], 0);

function classify(set: CriteriaSetVersion, total: number) {
  const met = set.thresholds.filter((t) => total >= t.minPoints).sort((a, b) => b.minPoints - a.minPoints)[0];
  return { classification: met?.classification ?? null, qualifiesForTitleId: met?.titleId ?? null };
}

/** Orders two scored units: higher total first, then the set's tie-break; 0 means they share a rank. */
function compare(rule: TieBreakRule, a: RankedUnit, b: RankedUnit): number {
  if (a.effectiveTotal !== b.effectiveTotal) return b.effectiveTotal - a.effectiveTotal;
  switch (rule) {
    case TieBreakRule.MORE_STANDARD_POINTS:
      return sumOf(b.effectiveParts, 'standard') - sumOf(a.effectiveParts, 'standard');
    case TieBreakRule.FEWER_PENALTIES:
      return sumOf(a.effectiveParts, 'penalty') - sumOf(b.effectiveParts, 'penalty');
    case TieBreakRule.SHARED_RANK:
      return 0;
  }
}

/**
 * Xếp hạng: totals per stage, the effective total (per criterion, the latest stage that scored it), the class by thresholds and the rank, with ties
 * broken by the set's rule and otherwise shared (1, 2, 2, 4). Exact: all sums are in integers.
 */
export function rankUnits(set: CriteriaSetVersion, units: readonly UnitPoints[]): RankedUnit[] {
  const rows: RankedUnit[] = units.map((unit) => {
    const totals = STAGE_ORDER.flatMap((stage) => {
      const points = unit.points.get(stage);
      return points && points.size > 0 ? [totalOf(set, stage, points)] : [];
    });
    const effectiveParts = effectivePartsOf(set, unit.points);
    const effectiveTotal = sumOf(effectiveParts, 'total');
    const scored = effectiveParts.length > 0;
    return {
      unitId: unit.unitId,
      totals,
      effectiveParts,
      effectiveStage: effectiveParts.at(-1)?.stage ?? null,
      effectiveTotal,
      ...(scored ? classify(set, effectiveTotal) : { classification: null, qualifiesForTitleId: null }),
      rank: null,
    };
  });
  const scored = rows.filter((r) => r.effectiveStage !== null).sort((a, b) => compare(set.tieBreak, a, b));
  scored.forEach((row, i) => {
    const previous = scored[i - 1];
    row.rank = previous && compare(set.tieBreak, previous, row) === 0 ? previous.rank : i + 1;
  });
  const unscored = rows.filter((r) => r.effectiveStage === null);
  return [...scored, ...unscored.sort((a, b) => a.unitId.localeCompare(b.unitId))];
}
