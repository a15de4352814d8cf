import { IsEnum, IsNumber, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ScoreStage } from '../domain/score-stage';
import { toHundredths } from '../../kernel/points';
import { POINTS, POINTS_MESSAGE } from '../../graphql/points';
import { ClusterYearInput } from '../../cluster/graphql/directory-inputs';
import { ID_MESSAGE, ID_PATTERN, TEXT } from '../../graphql/validation';

@InputType('RecordScoreInput')
export class RecordScoreInputGql extends ClusterYearInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) unitId!: string;
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) criterionId!: string;
  @Field(() => ScoreStage) @IsEnum(ScoreStage) stage!: ScoreStage;
  @Field(() => Float, { description: 'Điểm, tối đa hai chữ số thập phân' })
  @IsNumber(POINTS, POINTS_MESSAGE)
  @Min(0)
  @Max(100000)
  points!: number;
  @Field(() => String, { nullable: true, description: 'Minh chứng' }) @IsOptional() @Length(1, 2000, TEXT) evidence?: string | null;
}

@InputType('CorrectScoreInput')
export class CorrectScoreInputGql extends RecordScoreInputGql {
  @Field({ description: 'Lý do sửa điểm' }) @Length(1, 2000, TEXT) reason!: string;
}

/** A score input as its command takes it: points in hundredths, no evidence as null. */
export const scoreOf = <T extends RecordScoreInputGql>(input: Omit<T, 'commandId'>) => ({
  ...input,
  points: toHundredths(input.points),
  evidence: input.evidence ?? null,
});
