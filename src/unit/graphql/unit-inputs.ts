import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../graphql/command-input';
import { ID_MESSAGE, ID_PATTERN, NAME, TEXT } from '../../graphql/validation';
import { UnitLevel } from '../domain/unit-level';

@InputType('RegisterUnitInput')
export class RegisterUnitInputGql extends CommandInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) unitId!: string;
  @Field() @Length(1, 300, NAME) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 150, NAME) shortName?: string | null;
  @Field(() => UnitLevel) @IsEnum(UnitLevel) level!: UnitLevel;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE }) parentUnitId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày thành lập, nếu biết' }) @IsOptional() establishedOn?: string | null;
}

@InputType('RenameUnitInput')
export class RenameUnitInputGql extends CommandInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) unitId!: string;
  @Field() @Length(1, 300, NAME) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 150, NAME) shortName?: string | null;
  @Field(() => LocalDateResolver, { description: 'Ngày bắt đầu mang tên mới.' }) effectiveDate!: string;
}

@InputType('MergeUnitsInput', { description: 'Sáp nhập các đơn vị vào một đơn vị kế thừa đã đăng ký.' })
export class MergeUnitsInputGql extends CommandInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  predecessorUnitIds!: string[];
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) successorUnitId!: string;
  @Field(() => LocalDateResolver) effectiveDate!: string;
}

@InputType('DissolveUnitInput')
export class DissolveUnitInputGql extends CommandInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) unitId!: string;
  @Field(() => LocalDateResolver) effectiveDate!: string;
  @Field() @Length(1, 2000, TEXT) reason!: string;
}

@InputType('CorrectUnitLevelInput', { description: 'Sửa cấp của đơn vị đã ghi nhầm cấp; cấp cũ vẫn còn trong lịch sử (asOf).' })
export class CorrectUnitLevelInputGql extends CommandInput {
  @Field(() => ID) @Matches(ID_PATTERN, { message: ID_MESSAGE }) unitId!: string;
  @Field(() => UnitLevel, { description: 'Cấp đúng' }) @IsEnum(UnitLevel) level!: UnitLevel;
  @Field({ description: 'Lý do, căn cứ của việc sửa' }) @Length(1, 2000, TEXT) reason!: string;
}
