import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ClusterKind } from '../domain/cluster-kind';
import { UnitLevel } from '../../unit/domain/unit-level';
import { ID_MESSAGE, ID_PATTERN, MAX_YEAR, MIN_YEAR, YEAR } from '../../graphql/validation';

const SEARCH = { message: 'Chuỗi tìm kiếm dài tối đa $constraint1 ký tự.' };
const SEARCH_DESCRIPTION = 'Tìm không dấu, không phân biệt hoa thường, đ = d, hiểu cách viết tắt (VKSND, TP, TX).';

@ArgsType()
export class UnitFilterArgs {
  @Field(() => String, { nullable: true, description: SEARCH_DESCRIPTION }) @IsOptional() @MaxLength(200, SEARCH) search?: string | null;
  @Field(() => UnitLevel, { nullable: true }) @IsOptional() @IsEnum(UnitLevel) level?: UnitLevel | null;
  @Field(() => ID, { nullable: true, description: 'Chỉ các đơn vị trực thuộc đơn vị này' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  parentUnitId?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Chỉ các đơn vị tồn tại trong năm này: đã thành lập, chưa sáp nhập hay giải thể trước ngày 1/1, cấp đơn vị còn (VKSND cấp huyện đến 30/6/2025, khu vực từ 1/7/2025)',
  })
  @IsOptional()
  @IsInt(YEAR)
  @Min(MIN_YEAR, YEAR)
  @Max(MAX_YEAR, YEAR)
  activeInYear?: number | null;
}

@ArgsType()
export class ClusterFilterArgs {
  @Field(() => String, { nullable: true, description: SEARCH_DESCRIPTION }) @IsOptional() @MaxLength(200, SEARCH) search?: string | null;
  @Field(() => ID, { nullable: true, description: 'Cơ quan tổ chức' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  organizerUnitId?: string | null;
  @Field(() => ClusterKind, { nullable: true }) @IsOptional() @IsEnum(ClusterKind) kind?: ClusterKind | null;
  @Field(() => Int, { nullable: true, description: 'Chỉ các Cụm đã mở năm thi đua này' })
  @IsOptional()
  @IsInt(YEAR)
  @Min(MIN_YEAR, YEAR)
  @Max(MAX_YEAR, YEAR)
  year?: number | null;
}

@ArgsType()
export class GraphFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Chỉ các Cụm do đơn vị này tổ chức' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  organizerUnitId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Chỉ các Cụm này' })
  @IsOptional()
  @ArrayMaxSize(500)
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  clusterIds?: string[] | null;
  @Field(() => ClusterKind, { nullable: true }) @IsOptional() @IsEnum(ClusterKind) kind?: ClusterKind | null;
  @Field(() => UnitLevel, { nullable: true, description: 'Chỉ các Cụm có cơ quan tổ chức ở cấp này' })
  @IsOptional()
  @IsEnum(UnitLevel)
  level?: UnitLevel | null;
  @Field(() => ID, { nullable: true, description: 'Quanh đơn vị này: các Cụm nó là thành viên hoặc tổ chức trong năm' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  around?: string | null;
}
