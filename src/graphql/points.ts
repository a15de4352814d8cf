import type { CriteriaSetVersion, CriterionKind } from '../domain/criteria/criteria-set';

/** Points travel as decimals with at most two places and are kept as integer hundredths, so sums never drift. */
export const toHundredths = (points: number): number => Math.round(points * 100);

/** A criteria set with decimal points, as the API and the demo files write it. */
interface DecimalCriteriaSet {
  sections: {
    sectionId: string;
    name: string;
    criteria: { criterionId: string; name: string; kind: CriterionKind; maxPoints: number }[];
  }[];
  thresholds: { classification: string; minPoints: number; titleId?: string | null }[];
}

/** A criteria set as people write it (decimal points) in the hundredths the domain keeps. */
export function criteriaSetInHundredths<T extends DecimalCriteriaSet>(
  input: T,
): Omit<T, 'sections' | 'thresholds'> & Pick<CriteriaSetVersion, 'sections' | 'thresholds'> {
  return {
    ...input,
    sections: input.sections.map((s) => ({ ...s, criteria: s.criteria.map((c) => ({ ...c, maxPoints: toHundredths(c.maxPoints) })) })),
    thresholds: input.thresholds.map((t) => ({ ...t, minPoints: toHundredths(t.minPoints), titleId: t.titleId ?? null })),
  };
}

export const fromHundredths = (hundredths: number): number => hundredths / 100;
export const fromHundredthsOrNull = (hundredths: number | null | undefined): number | null =>
  hundredths === null || hundredths === undefined ? null : fromHundredths(hundredths);

/** class-validator options for a points input: a number with at most two decimal places. */
export const POINTS = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false } as const;
export const POINTS_MESSAGE = { message: '$property phải là số điểm có tối đa hai chữ số thập phân' };
