import { IsEnum, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CommandInput } from '../../graphql/command-input';
import { MAX_YEAR, MIN_YEAR, PARTIAL_DATE, PARTIAL_DATE_MESSAGE, TEXT, YEAR, NOT_BLANK, id } from '../../graphql/validation';
import { SourcedRecordKind } from '../domain/source/record-ref';

registerEnumType(SourcedRecordKind, {
  name: 'SourcedRecordKind',
  description: 'Loại hồ sơ được ghi nguồn.',
  valuesConfig: {
    UNIT: { description: 'Đơn vị (id: mã đơn vị)' },
    CLUSTER: { description: 'Cụm/Khối (id: mã Cụm)' },
    CLUSTER_YEAR: { description: 'Năm thi đua của Cụm (id: mã Cụm, year)' },
    MEMBERSHIP: { description: 'Đơn vị thành viên của năm (id: mã Cụm, year, partId: mã đơn vị)' },
    OFFICE: { description: 'Cụm trưởng/Cụm phó của năm (id: mã Cụm, year, partId: CHAIR hoặc VICE_CHAIR)' },
    AGREEMENT: { description: 'Giao ước của năm (id: mã Cụm, year)' },
    AWARD: { description: 'Khen thưởng của năm (id: mã Cụm, year, partId: mã khen thưởng)' },
    MEETING: { description: 'Buổi lễ, cuộc họp (id: mã buổi lễ)' },
    REVIEW: { description: 'Kết quả sơ kết, tổng kết của cuộc họp (id: mã buổi lễ)' },
    DOCUMENT: { description: 'Văn bản trong sổ (id: mã văn bản)' },
    PERSON: { description: 'Người (id: mã người)' },
    COUNCIL: { description: 'Hội đồng Thi đua – Khen thưởng (id: mã Hội đồng)' },
  },
});

@InputType('SourcedRecordInput', { description: 'Hồ sơ được ghi nguồn: loại và các mã xác định nó (xem SourcedRecordKind).' })
export class SourcedRecordInputGql {
  @Field(() => SourcedRecordKind) @IsEnum(SourcedRecordKind) kind!: SourcedRecordKind;
  @Field(() => ID, { description: 'Mã của hồ sơ; của Cụm với năm thi đua và các phần của năm' }) @id() id!: string;
  @Field(() => Int, { nullable: true, description: 'Năm thi đua, với năm của Cụm và các phần của năm' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR, YEAR)
  @Max(MAX_YEAR, YEAR)
  year?: number | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị thành viên, chức danh (CHAIR, VICE_CHAIR) hoặc mã khen thưởng trong năm' })
  @IsOptional()
  @id()
  partId?: string | null;
}

@InputType('OutsideSourceInput', { description: 'Nguồn bên ngoài sổ văn bản: bài báo, trang tin, ấn phẩm.' })
export class OutsideSourceInputGql {
  @Field(() => String, { nullable: true, description: 'Cơ quan, báo đăng tải, e.g. "Báo điện tử Kiểm sát"' })
  @IsOptional()
  @Length(1, 300, TEXT)
  publisher?: string | null;
  @Field({ description: 'Tiêu đề như nguồn ghi' }) @Length(1, 1000, TEXT) @Matches(/\S/, NOT_BLANK) title!: string;
  @Field(() => String, { nullable: true, description: 'Địa chỉ (URL)' })
  @IsOptional()
  @Length(1, 2000, TEXT)
  @Matches(/^https?:\/\/\S+$/, { message: '$property phải là địa chỉ bắt đầu bằng http:// hoặc https://' })
  url?: string | null;
  @Field(() => String, { nullable: true, description: 'Ngày xem nguồn: "2024", "2024-03" hoặc "2024-03-05"' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  seenOn?: string | null;
}

@InputType('CiteSourceInput', {
  description: 'Ghi nguồn của một hồ sơ: một văn bản trong sổ (documentId) hoặc một nguồn bên ngoài (outside), đúng một trong hai.',
})
export class CiteSourceInputGql extends CommandInput {
  @Field(() => ID, { description: 'Mã của lần ghi nguồn do người nhập đặt' }) @id() citationId!: string;
  @Field(() => SourcedRecordInputGql) @ValidateNested() record!: SourcedRecordInputGql;
  @Field(() => ID, { nullable: true, description: 'Văn bản trong sổ là nguồn' }) @IsOptional() @id() documentId?: string | null;
  @Field(() => OutsideSourceInputGql, { nullable: true }) @IsOptional() @ValidateNested() outside?: OutsideSourceInputGql | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú: nguồn nói gì về hồ sơ, ở trang, đoạn nào' })
  @IsOptional()
  @Length(1, 2000, TEXT)
  note?: string | null;
}

@InputType('WithdrawSourceInput', { description: 'Rút một nguồn đã ghi, kèm lý do; lịch sử vẫn đọc được qua asOf.' })
export class WithdrawSourceInputGql extends CommandInput {
  @Field(() => ID) @id() citationId!: string;
  @Field({ description: 'Lý do rút' }) @Length(1, 2000, TEXT) @Matches(/\S/, NOT_BLANK) reason!: string;
}
