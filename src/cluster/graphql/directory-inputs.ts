import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ClusterKind } from '../domain/cluster-kind';
import { CommandInput } from '../../graphql/command-input';
import { ID_MESSAGE, ID_PATTERN, MAX_YEAR, MIN_YEAR, NAME, YEAR } from '../../graphql/validation';

@InputType('FormClusterInput')
export class FormClusterInputGql extends CommandInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) clusterId!: string;
  @Field() @Length(1, 300, NAME) name!: string;
  @Field(() => ClusterKind) @IsEnum(ClusterKind) kind!: ClusterKind;
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) organizerUnitId!: string;
}

/** Names a cluster's emulation year; every cluster-year command extends it. */
@InputType()
export abstract class ClusterYearInput extends CommandInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) clusterId!: string;
  @Field(() => Int) @IsInt() @Min(MIN_YEAR, YEAR) @Max(MAX_YEAR, YEAR) year!: number;
}

@InputType()
export class OpenClusterYearInput extends ClusterYearInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Năm thi đua cần ít nhất một đơn vị thành viên' })
  @ArrayMaxSize(500)
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  memberUnitIds!: string[];
  @Field(() => Boolean, {
    nullable: true,
    description:
      'false khi báo cáo chỉ nêu một số thành viên (và các đơn vị khác chưa ghi nhận); bỏ trống: danh sách là toàn bộ thành viên',
  })
  @IsOptional()
  @IsBoolean()
  membershipComplete?: boolean | null;
}

@InputType({ description: 'Danh sách thành viên của năm đã đầy đủ, hoặc chỉ là một phần.' })
export class StateMembershipCompletenessInput extends ClusterYearInput {
  @Field({ description: 'true: đủ mọi thành viên; false: còn đơn vị khác chưa ghi nhận' }) @IsBoolean() complete!: boolean;
}

@InputType()
export class MemberInput extends ClusterYearInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) unitId!: string;
}

@InputType()
export class RotateChairInput extends ClusterYearInput {
  @Field(() => ID, { description: 'Cụm trưởng' }) @Matches(ID_PATTERN, { message: ID_MESSAGE }) chairUnitId!: string;
  @Field(() => ID, { nullable: true, description: 'Cụm phó; bỏ trống khi báo cáo không nêu (bổ nhiệm sau bằng appointViceChair)' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  viceChairUnitId?: string | null;
}

@InputType()
export class AppointViceChairInput extends ClusterYearInput {
  @Field(() => ID, { description: 'Cụm phó' }) @Matches(ID_PATTERN, { message: ID_MESSAGE }) viceChairUnitId!: string;
}
