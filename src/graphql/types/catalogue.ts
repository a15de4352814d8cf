import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CriterionKind, TieBreakRule } from '../../domain/criteria/criteria-set';

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
}
