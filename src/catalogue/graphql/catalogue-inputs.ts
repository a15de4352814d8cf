import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType } from 'type-graphql';
import { CriterionKind, TieBreakRule } from '../domain/criteria/criteria-set';
import { POINTS, POINTS_MESSAGE } from '../../graphql/points';
import { CommandInput } from '../../graphql/command-input';
import { ID_MESSAGE, ID_PATTERN, NAME, TEXT } from '../../graphql/validation';

const MAX_POINTS = 100000;

@InputType()
export class CriterionInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) criterionId!: string;
  @Field() @Length(1, 500, NAME) name!: string;
  @Field(() => CriterionKind) @IsEnum(CriterionKind) kind!: CriterionKind;
  @Field(() => Float, { description: 'Điểm tối đa (điểm trừ: mức trừ tối đa)' })
  @IsNumber(POINTS, POINTS_MESSAGE)
  @Min(0.01)
  @Max(MAX_POINTS)
  maxPoints!: number;
}

@InputType()
export class CriteriaSectionInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) sectionId!: string;
  @Field() @Length(1, 500, NAME) name!: string;
  @Field(() => [CriterionInput]) @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) criteria!: CriterionInput[];
}

@InputType()
export class ThresholdInput {
  @Field({ description: 'Mức xếp loại' }) @Length(1, 200, NAME) classification!: string;
  @Field(() => Float, { description: 'Điểm tối thiểu' }) @IsNumber(POINTS, POINTS_MESSAGE) @Min(0) @Max(MAX_POINTS) minPoints!: number;
  @Field(() => ID, { nullable: true, description: 'Danh hiệu mà mức này đủ điều kiện' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  titleId?: string | null;
}

@InputType('PublishCriteriaSetInput', { description: 'Ban hành một phiên bản bộ tiêu chí chấm điểm.' })
export class PublishCriteriaSetInputGql extends CommandInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) criteriaSetId!: string;
  @Field() @Length(1, 500, NAME) name!: string;
  @Field({ description: 'Căn cứ, ví dụ "424/QĐ-VKSTC"' }) @Length(1, 200, TEXT) legalBasis!: string;
  @Field(() => LocalDateResolver) effectiveFrom!: string;
  @Field(() => [CriteriaSectionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  sections!: CriteriaSectionInput[];
  @Field(() => [ThresholdInput]) @ArrayMaxSize(20) @ValidateNested({ each: true }) thresholds!: ThresholdInput[];
  @Field(() => TieBreakRule) @IsEnum(TieBreakRule) tieBreak!: TieBreakRule;
}

@InputType('DefineTitleInput')
export class DefineTitleInputGql extends CommandInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) titleId!: string;
  @Field() @Length(1, 300, NAME) name!: string;
  @Field({ description: 'Danh hiệu tập thể' }) @IsBoolean() collective!: boolean;
}
