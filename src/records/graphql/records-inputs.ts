import { IsEmpty, IsEnum, IsInt, IsPositive, IsOptional, Length, Matches, Min, ValidateIf, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ParticipantRole } from '../domain/ceremony/participant-role';
import { DocumentKind } from '../domain/document/document-kind';
import { CouncilLevel } from '../domain/document/document-issuer';
import { DocumentRelationKind } from '../domain/document/document-relation';
import { YearOfficeGql } from '../../graphql/enums';
import { CommandInput } from '../../graphql/command-input';
import { ClusterYearInput } from '../../cluster/graphql/directory-inputs';
import { NAME, PARTIAL_DATE, PARTIAL_DATE_MESSAGE, TEXT, id } from '../../graphql/validation';

@InputType({ description: 'Một Hội đồng Thi đua – Khen thưởng như văn bản ghi, với cấp và đơn vị của Hội đồng.' })
export class CouncilIssuerInput {
  @Field(() => ID, { description: 'Mã Hội đồng do người nhập đặt, e.g. "hdtdkt-nganh"' }) @id() councilId!: string;
  @Field({ description: 'e.g. "Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang"' }) @Length(3, 300, NAME) name!: string;
  @Field(() => CouncilLevel) @IsEnum(CouncilLevel) level!: CouncilLevel;
  @Field(() => ID, { nullable: true, description: 'Đơn vị của Hội đồng (bắt buộc trừ Hội đồng ngành)' }) @IsOptional() @id() unitId?:
    string | null;
}

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
  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @ValidateIf((input: RegisterDocumentInputGql) => input.issuedIn != null)
  @IsEmpty({ message: 'chỉ nêu một trong $property (ngày đầy đủ) hoặc issuedIn (năm, tháng)' })
  issuedOn?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Ngày ban hành đến năm hoặc tháng, khi không biết ngày: "2020", "2020-02" (dùng khi không nêu issuedOn)',
  })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  issuedIn?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị ban hành' }) @IsOptional() @id() issuerUnitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Cụm/Khối thi đua ban hành (e.g. "155/KH-CTĐ9" của Cụm thi đua 9)' })
  @IsOptional()
  @id()
  issuerClusterId?: string | null;
  @Field(() => CouncilIssuerInput, { nullable: true, description: 'Hội đồng Thi đua – Khen thưởng ban hành' })
  @IsOptional()
  @ValidateNested()
  issuerCouncil?: CouncilIssuerInput | null;
  @Field(() => ID, { nullable: true, description: 'Hội đồng ban hành đã đăng ký (registerCouncil), theo mã' })
  @IsOptional()
  @id()
  issuerCouncilId?: string | null;
  @Field(() => String, { nullable: true, description: 'Trích yếu; bắt buộc khi văn bản không có số' })
  @IsOptional()
  @Length(1, 1000, TEXT)
  title?: string | null;
}

@InputType({ description: 'Văn bản đã vào sổ: mọi lệnh thay đổi văn bản mở rộng nó.' })
export abstract class DocumentRefInput extends CommandInput {
  @Field(() => ID) @id() documentId!: string;
}

@InputType('CompleteDocumentInput', {
  description: 'Bổ sung những gì chưa ghi của văn bản (trích yếu, người ký, số trang); đổi điều đã ghi thì dùng correctDocument.',
})
export class CompleteDocumentInputGql extends DocumentRefInput {
  @Field(() => String, { nullable: true, description: 'Trích yếu' }) @IsOptional() @Length(1, 1000, TEXT) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Người ký' }) @IsOptional() @Length(1, 200, NAME) signer?: string | null;
  @Field(() => Int, { nullable: true, description: 'Số trang' }) @IsOptional() @IsInt() @IsPositive() pages?: number | null;
}

@InputType('CorrectDocumentInput', {
  description: 'Đính chính văn bản đã vào sổ, kèm lý do: chỉ các trường được nêu thay đổi; nêu null để bỏ một trường đã ghi sai.',
})
export class CorrectDocumentInputGql extends CompleteDocumentInputGql {
  @Field(() => DocumentKind, { nullable: true }) @IsOptional() @IsEnum(DocumentKind) kind?: DocumentKind | null;
  @Field(() => String, { nullable: true, description: 'Số, ký hiệu' }) @IsOptional() @Length(1, 100, TEXT) number?: string | null;
  @Field(() => String, { nullable: true, description: 'Ngày ban hành: "2020", "2020-02" hoặc "2020-02-14"' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  issuedIn?: string | null;
  @Field({ description: 'Lý do đính chính' })
  @Length(1, 2000, TEXT)
  @Matches(/\S/, { message: '$property không được chỉ gồm khoảng trắng' })
  reason!: string;
}

@InputType('RelateDocumentsInput', { description: 'Văn bản documentId sửa đổi, thay thế hoặc thực hiện văn bản relatedDocumentId.' })
export class RelateDocumentsInputGql extends DocumentRefInput {
  @Field(() => DocumentRelationKind) @IsEnum(DocumentRelationKind) relation!: DocumentRelationKind;
  @Field(() => ID) @id() relatedDocumentId!: string;
  @Field(() => String, { nullable: true, description: 'Từ ngày (khi hồ sơ nêu): "2020", "2020-02" hoặc "2020-02-14"' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  relatedOn?: string | null;
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

@InputType('AddCeremonyParticipantInput')
export class AddCeremonyParticipantInputGql extends CeremonyRefInput {
  @Field(() => ID) @id() personId!: string;
  @Field(() => ParticipantRole) @IsEnum(ParticipantRole) role!: ParticipantRole;
  @Field(() => String, { nullable: true, description: 'Chức vụ ngày đó' }) @IsOptional() @Length(1, 300, TEXT) position?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị mà người đó đại diện' }) @IsOptional() @id() unitId?: string | null;
}

@InputType('RecordCeremonyAttendanceInput', {
  description: 'Thành phần tham dự không nêu tên: một đơn vị (unitId) hoặc một nhóm như báo cáo mô tả (group), với vai trò.',
})
export class RecordCeremonyAttendanceInputGql extends CeremonyRefInput {
  @Field(() => ID, { description: 'Mã của thành phần tham dự này trong buổi lễ' }) @id() attendanceId!: string;
  @Field(() => ParticipantRole) @IsEnum(ParticipantRole) role!: ParticipantRole;
  @Field(() => ID, { nullable: true, description: 'Đơn vị tham dự' }) @IsOptional() @id() unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Nhóm như báo cáo mô tả, ví dụ "Chánh Văn phòng các đơn vị thành viên"' })
  @IsOptional()
  @Length(1, 500, TEXT)
  @Matches(/\S/, { message: '$property không được chỉ gồm khoảng trắng' })
  group?: string | null;
  @Field(() => Int, { nullable: true, description: 'Số người, khi báo cáo nêu' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Số người tham dự phải từ 1 trở lên' })
  count?: number | null;
}

@InputType('LinkAttendancePersonInput', { description: 'Gắn một người có tên với thành phần tham dự đã ghi.' })
export class LinkAttendancePersonInputGql extends CeremonyRefInput {
  @Field(() => ID) @id() attendanceId!: string;
  @Field(() => ID) @id() personId!: string;
  @Field(() => String, { nullable: true, description: 'Chức vụ ngày đó' }) @IsOptional() @Length(1, 300, TEXT) position?: string | null;
}

@InputType()
export class NameOfficeRepresentativeInput extends ClusterYearInput {
  @Field(() => YearOfficeGql) @IsEnum(YearOfficeGql) office!: YearOfficeGql;
  @Field(() => ID) @id() personId!: string;
  @Field(() => String, { nullable: true, description: 'Chức vụ năm đó' }) @IsOptional() @Length(1, 300, TEXT) position?: string | null;
}
