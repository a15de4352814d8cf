import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/history';
import { CriterionKind, TieBreakRule, type CriteriaSetVersion } from '../domain/criteria/criteria-set';
import { fromHundredths } from '../../kernel/points';

@ObjectType({ description: 'Danh hiệu thi đua trong danh mục.' })
export class Title {
  @Field(() => ID) titleId!: string;
  @Field() name!: string;
  @Field({ description: 'Danh hiệu tập thể' }) collective!: boolean;
}

@ObjectType('Criterion')
export class CriterionGql {
  @Field(() => ID) criterionId!: string;
  @Field() name!: string;
  @Field(() => CriterionKind) kind!: CriterionKind;
  @Field(() => Float) maxPoints!: number;
}

@ObjectType('CriteriaSection')
export class CriteriaSectionGql {
  @Field(() => ID) sectionId!: string;
  @Field() name!: string;
  @Field(() => [CriterionGql]) criteria!: CriterionGql[];
}

@ObjectType({ description: 'Mức xếp loại.' })
export class Threshold {
  @Field() classification!: string;
  @Field(() => Float) minPoints!: number;
  @Field(() => ID, { nullable: true }) titleId!: string | null;
}

@ObjectType('CriteriaSetVersion', { description: 'Một phiên bản bộ tiêu chí chấm điểm.' })
export class CriteriaSetVersionGql {
  @Field(() => ID) criteriaSetId!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field({ description: 'Căn cứ' }) legalBasis!: string;
  @Field(() => LocalDateResolver) effectiveFrom!: string;
  @Field(() => [CriteriaSectionGql]) sections!: CriteriaSectionGql[];
  @Field(() => [Threshold]) thresholds!: Threshold[];
  @Field(() => TieBreakRule) tieBreak!: TieBreakRule;
  /** The log position the version was read at, for the document its legal basis names. */
  at!: At;

  /** Points as decimals. */
  static from(set: CriteriaSetVersion, at: At): CriteriaSetVersionGql {
    return {
      ...set,
      sections: set.sections.map((s) => ({ ...s, criteria: s.criteria.map((c) => ({ ...c, maxPoints: fromHundredths(c.maxPoints) })) })),
      thresholds: set.thresholds.map((t) => ({ ...t, minPoints: fromHundredths(t.minPoints) })),
      at,
    };
  }
}
