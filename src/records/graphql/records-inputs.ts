import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ParticipantRole } from '../domain/ceremony/participant-role';
import { DocumentKind } from '../domain/document/document-kind';
import { YearOfficeGql } from '../../graphql/enums';
import { CommandInput } from '../../graphql/command-input';
import { ClusterYearInput } from '../../cluster/graphql/directory-inputs';
import { ID_MESSAGE, ID_PATTERN, MAX_YEAR, MIN_YEAR, NAME, TEXT, YEAR } from '../../graphql/validation';

const id = () => Matches(ID_PATTERN, { message: ID_MESSAGE });

@InputType('RegisterDocumentInput', {
  description: 'Vào sổ một văn bản: trích dẫn như đã viết, hoặc từng phần (phần nêu riêng được ưu tiên).',
})
export class RegisterDocumentInputGql extends CommandInput {
  @Field(() => ID) @id() documentId!: string;
  @Field(() => String, { nullable: true, description: 'e.g. "Kế hoạch số 12/KH-VKS ngày 10/01/2022"' })
  @IsOptional()
  @Length(3, 500, TEXT)
  citation?: string | null;
  @Field(() => DocumentKind, { nullable: true }) @IsOptional() @IsEnum(DocumentKind) kind?: DocumentKind | null;
  @Field(() => String, { nullable: true, description: 'Số, ký hiệu' }) @IsOptional() @Length(1, 100, TEXT) number?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) @IsOptional() issuedOn?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @id() issuerUnitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Trích yếu' }) @IsOptional() @Length(1, 1000, TEXT) title?: string | null;
}

@InputType('CompleteDocumentSubjectInput', {
  description: 'Bổ sung trích yếu của văn bản đã vào sổ; sửa trích yếu đã ghi thì phải nêu lý do.',
})
export class CompleteDocumentSubjectInputGql extends CommandInput {
  @Field(() => ID) @id() documentId!: string;
  @Field({ description: 'Trích yếu' })
  @Length(1, 1000, TEXT)
  @Matches(/\S/, { message: '$property không được chỉ gồm khoảng trắng' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Lý do, khi sửa trích yếu đã ghi' })
  @IsOptional()
  @Length(1, 2000, TEXT)
  reason?: string | null;
}

@InputType('RegisterPersonInput')
export class RegisterPersonInputGql extends CommandInput {
  @Field(() => ID) @id() personId!: string;
  @Field({ description: 'Họ và tên' }) @Length(1, 200, NAME) fullName!: string;
}

/** Names a ceremony of a cluster; every ceremony command extends it. */
@InputType()
export abstract class CeremonyRefInput extends CommandInput {
  @Field(() => ID) @id() ceremonyId!: string;
  @Field(() => ID) @id() clusterId!: string;
}

@InputType('RecordCeremonyInput', { description: 'Một buổi lễ: ngày là bắt buộc; những gì báo cáo không nêu thì bỏ trống.' })
export class RecordCeremonyInputGql extends CeremonyRefInput {
  @Field(() => LocalDateResolver) heldOn!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 500, TEXT) place?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @id() hostUnitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Văn bản tổ chức đã vào sổ' }) @IsOptional() @id() organisingDocumentId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Năm được tổng kết' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR, YEAR)
  @Max(MAX_YEAR, YEAR)
  reviewsYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Năm được phát động' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR, YEAR)
  @Max(MAX_YEAR, YEAR)
  launchesYear?: number | null;
}

@InputType('AddCeremonyParticipantInput')
export class AddCeremonyParticipantInputGql extends CeremonyRefInput {
  @Field(() => ID) @id() personId!: string;
  @Field(() => ParticipantRole) @IsEnum(ParticipantRole) role!: ParticipantRole;
  @Field(() => String, { nullable: true, description: 'Chức vụ ngày đó' }) @IsOptional() @Length(1, 300, TEXT) position?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị mà người đó đại diện' }) @IsOptional() @id() unitId?: string | null;
}

@InputType()
export class CommendationInput {
  @Field(() => ID) @id() unitId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 500, TEXT) note?: string | null;
}

@InputType('RecordCeremonyReviewInput')
export class RecordCeremonyReviewInputGql extends CeremonyRefInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 5000, TEXT) summary?: string | null;
  @Field(() => [CommendationInput], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @ValidateNested({ each: true }) commendations?:
    CommendationInput[] | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị dẫn đầu' }) @IsOptional() @id() leadingUnitId?: string | null;
}

@InputType()
export class NameOfficeRepresentativeInput extends ClusterYearInput {
  @Field(() => YearOfficeGql) @IsEnum(YearOfficeGql) office!: YearOfficeGql;
  @Field(() => ID) @id() personId!: string;
  @Field(() => String, { nullable: true, description: 'Chức vụ năm đó' }) @IsOptional() @Length(1, 300, TEXT) position?: string | null;
}
