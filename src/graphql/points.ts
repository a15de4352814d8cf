import type { CriteriaSetVersion, CriterionKind } from '../catalogue/domain/criteria/criteria-set';
import { toHundredths } from '../kernel/points';

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

/** class-validator options for a points input: a number with at most two decimal places. */
export const POINTS = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false } as const;
export const POINTS_MESSAGE = { message: '$property phải là số điểm có tối đa hai chữ số thập phân' };
