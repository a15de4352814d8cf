import { CriterionKind, criteriaOf, TieBreakRule, type CriteriaSetVersion } from '../criteria/criteria-set';
import { STAGE_ORDER, type ScoreStage } from '../scorecard/score-stage';

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
  scoredCriteria: number;
}

export interface RankedUnit {
  unitId: string;
  totals: StageTotal[];
  /** The latest stage that has scores: its total is the one that counts. */
  effectiveStage: ScoreStage | null;
  effectiveTotal: number;
  classification: string | null;
  qualifiesForTitleId: string | null;
  /** 1-based; null for a unit with no scores at all. */
  rank: number | null;
}

function totalOf(set: CriteriaSetVersion, stage: ScoreStage, points: ReadonlyMap<string, number>): StageTotal {
  const sum = { standard: 0, bonus: 0, penalty: 0 };
  let scoredCriteria = 0;
  for (const criterion of criteriaOf(set)) {
    const value = points.get(criterion.criterionId);
    if (value === undefined) continue;
    scoredCriteria += 1;
    if (criterion.kind === CriterionKind.PENALTY) sum.penalty += value;
    else if (criterion.kind === CriterionKind.BONUS) sum.bonus += value;
    else sum.standard += value;
  }
  return { stage, total: sum.standard + sum.bonus - sum.penalty, ...sum, scoredCriteria };
}

function classify(set: CriteriaSetVersion, total: number) {
  const met = set.thresholds.filter((t) => total >= t.minPoints).sort((a, b) => b.minPoints - a.minPoints)[0];
  return { classification: met?.classification ?? null, qualifiesForTitleId: met?.titleId ?? null };
}

/** Orders two scored units: higher total first, then the set's tie-break; 0 means they share a rank. */
function compare(rule: TieBreakRule, a: RankedUnit, b: RankedUnit): number {
  if (a.effectiveTotal !== b.effectiveTotal) return b.effectiveTotal - a.effectiveTotal;
  const effective = (u: RankedUnit) => u.totals.find((t) => t.stage === u.effectiveStage);
  switch (rule) {
    case TieBreakRule.MORE_STANDARD_POINTS:
      return (effective(b)?.standard ?? 0) - (effective(a)?.standard ?? 0);
    case TieBreakRule.FEWER_PENALTIES:
      return (effective(a)?.penalty ?? 0) - (effective(b)?.penalty ?? 0);
    case TieBreakRule.SHARED_RANK:
      return 0;
  }
}

/**
 * Xếp hạng: totals per stage, the effective total, the class by thresholds and the rank, with ties
 * broken by the set's rule and otherwise shared (1, 2, 2, 4). Exact: all sums are in integers.
 */
export function rankUnits(set: CriteriaSetVersion, units: readonly UnitPoints[]): RankedUnit[] {
  const rows: RankedUnit[] = units.map((unit) => {
    const totals = STAGE_ORDER.flatMap((stage) => {
      const points = unit.points.get(stage);
      return points && points.size > 0 ? [totalOf(set, stage, points)] : [];
    });
    const effective = totals[totals.length - 1];
    const effectiveTotal = effective?.total ?? 0;
    return {
      unitId: unit.unitId,
      totals,
      effectiveStage: effective?.stage ?? null,
      effectiveTotal,
      ...(effective ? classify(set, effectiveTotal) : { classification: null, qualifiesForTitleId: null }),
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
