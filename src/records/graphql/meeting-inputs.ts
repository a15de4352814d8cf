import { ArrayMaxSize, IsEmpty, IsEnum, IsInt, IsOptional, Length, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MeetingKind, PartOfDay } from '../domain/ceremony/meeting-kind';
import { ID_MESSAGE, ID_PATTERN, MAX_YEAR, MIN_YEAR, PARTIAL_DATE, PARTIAL_DATE_MESSAGE, TEXT, YEAR, id } from '../../graphql/validation';
import { CeremonyRefInput } from './records-inputs';

const HALF = { message: '$property là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)' };
const ids = () => Matches(ID_PATTERN, { each: true, message: ID_MESSAGE });

@InputType('RecordCeremonyInput', {
  description:
    'Một buổi lễ, cuộc họp của Cụm: ngày như báo cáo nêu (đến ngày, tháng, năm, hoặc bỏ trống khi không nêu); những gì báo cáo không nêu thì bỏ trống.',
})
export class RecordCeremonyInputGql extends CeremonyRefInput {
  @Field(() => MeetingKind, {
    nullable: true,
    description: 'Loại cuộc họp; bỏ trống: tổng kết năm khi có reviewsYear, nếu không là lễ ký kết giao ước',
  })
  @IsOptional()
  @IsEnum(MeetingKind)
  kind?: MeetingKind | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày tổ chức, khi báo cáo nêu đủ ngày' })
  @IsOptional()
  @ValidateIf((input: RecordCeremonyInputGql) => input.heldIn != null)
  @IsEmpty({ message: 'chỉ nêu một trong $property (ngày đầy đủ) hoặc heldIn (năm, tháng)' })
  heldOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Ngày tổ chức đến năm hoặc tháng, khi báo cáo không nêu ngày: "2020", "2020-02"' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  heldIn?: string | null;
  @Field(() => PartOfDay, { nullable: true, description: 'Buổi sáng/chiều, khi báo cáo nêu (cần ngày đầy đủ)' })
  @IsOptional()
  @IsEnum(PartOfDay)
  partOfDay?: PartOfDay | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 500, TEXT) place?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @id() hostUnitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Một văn bản tổ chức đã vào sổ (xem organisingDocumentIds)' })
  @IsOptional()
  @id()
  organisingDocumentId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Các văn bản tổ chức (kế hoạch, quyết định) đã vào sổ' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ids()
  organisingDocumentIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Các văn bản căn cứ đã vào sổ' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ids()
  legalBasisDocumentIds?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Năm được tổng kết, sơ kết' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR, YEAR)
  @Max(MAX_YEAR, YEAR)
  reviewsYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Nửa năm được sơ kết: 1 (6 tháng đầu năm) hoặc 2; bỏ trống khi tổng kết cả năm' })
  @IsOptional()
  @IsInt()
  @Min(1, HALF)
  @Max(2, HALF)
  reviewsHalf?: number | null;
  @Field(() => Int, { nullable: true, description: 'Năm được phát động' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR, YEAR)
  @Max(MAX_YEAR, YEAR)
  launchesYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Nửa năm được phát động: 1 hoặc 2; bỏ trống khi phát động cả năm' })
  @IsOptional()
  @IsInt()
  @Min(1, HALF)
  @Max(2, HALF)
  launchesHalf?: number | null;
}

@InputType()
export class CommendationInput {
  @Field(() => ID) @id() unitId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 500, TEXT) note?: string | null;
}

@InputType({ description: 'Một vị trí trong xếp hạng được công bố; các đơn vị đồng hạng ghi cùng hạng.' })
export class RankingPlaceInput {
  @Field(() => Int) @IsInt() @Min(1, { message: 'Hạng phải từ 1 trở lên' }) rank!: number;
  @Field(() => ID) @id() unitId!: string;
}

@InputType({ description: 'Một đề nghị khen thưởng bằng lời của báo cáo, với đơn vị khi báo cáo nêu tên.' })
export class ProposedCommendationInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @id() unitId?: string | null;
  @Field({ description: 'Như báo cáo ghi, ví dụ "đề nghị tặng Cờ thi đua của VKSND tối cao cho 01 đơn vị dẫn đầu"' })
  @Length(1, 1000, TEXT)
  @Matches(/\S/, { message: '$property không được chỉ gồm khoảng trắng' })
  words!: string;
}

@InputType('RecordCeremonyReviewInput', { description: 'Kết quả sơ kết, tổng kết như báo cáo nêu; điều báo cáo không nêu thì bỏ trống.' })
export class RecordCeremonyReviewInputGql extends CeremonyRefInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 5000, TEXT) summary?: string | null;
  @Field(() => [CommendationInput], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @ValidateNested({ each: true }) commendations?:
    CommendationInput[] | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị dẫn đầu' }) @IsOptional() @id() leadingUnitId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Văn bản làm căn cứ (báo cáo, kế hoạch) đã vào sổ' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ids()
  basisDocumentIds?: string[] | null;
  @Field(() => [RankingPlaceInput], { nullable: true, description: 'Xếp hạng như được công bố' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  ranking?: RankingPlaceInput[] | null;
  @Field(() => [ProposedCommendationInput], { nullable: true, description: 'Các đề nghị khen thưởng, bằng lời của báo cáo' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  proposals?: ProposedCommendationInput[] | null;
}
