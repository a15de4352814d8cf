import { IsEnum, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CommandInput } from '../../graphql/command-input';
import { MAX_YEAR, MIN_YEAR, PARTIAL_DATE, PARTIAL_DATE_MESSAGE, TEXT, YEAR, id, NOT_BLANK } from '../../graphql/validation';
import { AddresseeKindGql, CandidateKindGql, DecidingAuthorityGql, ProposerKindGql, VerdictGql } from './dossier-enums';

@InputType('DossierProposerInput')
export class ProposerInput {
  @Field(() => ProposerKindGql) @IsEnum(ProposerKindGql) kind!: ProposerKindGql;
  @Field(() => ID, { description: 'Mã Cụm/Khối, đơn vị hoặc Hội đồng' }) @id() id!: string;
}

@InputType('DossierAddresseeInput')
export class AddresseeInput {
  @Field(() => AddresseeKindGql) @IsEnum(AddresseeKindGql) kind!: AddresseeKindGql;
  @Field(() => ID, { description: 'Mã Hội đồng, hoặc mã đơn vị có thủ trưởng nhận' }) @id() id!: string;
}

@InputType('DossierCandidateInput')
export class CandidateInput {
  @Field(() => CandidateKindGql) @IsEnum(CandidateKindGql) kind!: CandidateKindGql;
  @Field(() => ID, { description: 'Mã đơn vị, hoặc mã người (registerPerson)' }) @id() id!: string;
}

@InputType('DossierMemoInput', { description: 'Tờ trình như văn bản ghi; phần không có thì để trống, không suy đoán.' })
export class MemoInput {
  @Field(() => String, { nullable: true, description: 'Số, ký hiệu, e.g. "25/TTr-CTĐ"' }) @IsOptional() @Length(1, 100, TEXT) number?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Ngày: "2024", "2024-11" hoặc "2024-11-20"' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  date?: string | null;
  @Field(() => String, { nullable: true, description: 'Người ký như tờ trình ghi (họ tên hoặc chức vụ)' })
  @IsOptional()
  @Length(1, 300, TEXT)
  signer?: string | null;
}

/** Names a dossier; every command on one extends it. */
@InputType()
export abstract class DossierRefInput extends CommandInput {
  @Field(() => ID) @id() dossierId!: string;
}

@InputType('DraftDossierInput', { description: 'Lập hồ sơ đề nghị khen thưởng của một năm, gửi lên cấp trên.' })
export class DraftDossierInputGql extends DossierRefInput {
  @Field(() => Int) @IsInt(YEAR) @Min(MIN_YEAR, YEAR) @Max(MAX_YEAR, YEAR) year!: number;
  @Field(() => ProposerInput) @ValidateNested() proposer!: ProposerInput;
  @Field(() => AddresseeInput) @ValidateNested() addressee!: AddresseeInput;
  @Field(() => MemoInput, { nullable: true }) @IsOptional() @ValidateNested() memo?: MemoInput | null;
}

@InputType('AmendDossierMemoInput', { description: 'Đính chính tờ trình khi hồ sơ còn ở bên đề nghị.' })
export class AmendDossierMemoInputGql extends DossierRefInput {
  @Field(() => MemoInput) @ValidateNested() memo!: MemoInput;
}

@InputType('AddDossierItemInput', {
  description:
    'Một mục đề nghị: một đơn vị hoặc một người với danh hiệu hoặc hình thức khen thưởng; hoặc chỉ số lượng ("4 Tập thể Lao động tiên tiến"), nêu tên sau.',
})
export class AddDossierItemInputGql extends DossierRefInput {
  @Field(() => ID) @id() itemId!: string;
  @Field(() => ID, { description: 'Mã trong danh mục danh hiệu và hình thức khen thưởng (awardCatalogue)' }) @id() entryId!: string;
  @Field(() => CandidateInput, { nullable: true, description: 'Bỏ trống cho mục chỉ có số lượng' })
  @IsOptional()
  @ValidateNested()
  candidate?: CandidateInput | null;
  @Field(() => Int, { defaultValue: 1, description: 'Số lượng: 1 cho mục có tên' }) @IsInt() @Min(1) @Max(10000) count!: number;
  @Field(() => String, { nullable: true, description: 'Tóm tắt thành tích' }) @IsOptional() @Length(1, 5000, TEXT) achievements?:
    string | null;
}

@InputType('DossierItemRefInput')
export class DossierItemRefInputGql extends DossierRefInput {
  @Field(() => ID) @id() itemId!: string;
}

@InputType('NamedCandidateInput')
export class NamedCandidateInput {
  @Field(() => ID, { description: 'Mã mục mới cho người hoặc đơn vị được nêu tên' }) @id() itemId!: string;
  @Field(() => CandidateInput) @ValidateNested() candidate!: CandidateInput;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 5000, TEXT) achievements?: string | null;
}

@InputType('ResolveDossierCountItemInput', { description: 'Nêu tên các đơn vị hoặc người của một mục chỉ có số lượng.' })
export class ResolveCountItemInputGql extends DossierItemRefInputGql {
  @Field(() => [NamedCandidateInput]) @ValidateNested({ each: true }) named!: NamedCandidateInput[];
}

@InputType('AttachDossierDocumentInput', { description: 'Đính kèm một văn bản đã vào sổ (báo cáo thành tích, biên bản họp…).' })
export class AttachDocumentInputGql extends DossierRefInput {
  @Field(() => ID) @id() documentId!: string;
}

@InputType('DossierStepInput')
export class DossierStepInputGql extends DossierRefInput {}

@InputType('ReturnDossierInput', { description: 'Trả lại hồ sơ cho bên đề nghị, nêu lý do.' })
export class ReturnDossierInputGql extends DossierRefInput {
  @Field({ description: 'Lý do trả lại' }) @Length(1, 2000, TEXT) @Matches(/\S/, NOT_BLANK) reason!: string;
}

@InputType('DossierVoteInput', { description: 'Kết quả biểu quyết của Hội đồng về một mục.' })
export class VoteInput {
  @Field(() => Int) @IsInt() @Min(0) approvals!: number;
  @Field(() => Int) @IsInt() @Min(1) eligibleVoters!: number;
}

@InputType('AppraiseDossierItemInput', { description: 'Thẩm định một mục: đồng ý, hoặc không đồng ý kèm lý do.' })
export class AppraiseItemInputGql extends DossierItemRefInputGql {
  @Field(() => VerdictGql) @IsEnum(VerdictGql) verdict!: VerdictGql;
  @Field(() => String, { nullable: true, description: 'Bắt buộc khi không đồng ý, hoặc khi đổi kết quả đã thẩm định' })
  @IsOptional()
  @Length(1, 2000, TEXT)
  reason?: string | null;
  @Field(() => VoteInput, { nullable: true }) @IsOptional() @ValidateNested() vote?: VoteInput | null;
}

@InputType('ForwardDossierInput', { description: 'Hội đồng đề nghị lên cấp trên: một hồ sơ mới, dẫn chiếu hồ sơ này.' })
export class ForwardDossierInputGql extends DossierRefInput {
  @Field(() => ID, { description: 'Mã hồ sơ mới' }) @id() forwardedAs!: string;
  @Field(() => AddresseeInput) @ValidateNested() addressee!: AddresseeInput;
  @Field(() => MemoInput, { nullable: true }) @IsOptional() @ValidateNested() memo?: MemoInput | null;
}

@InputType('DraftDossierDecisionInput', { description: 'Dự thảo quyết định khen thưởng cho các mục đã được đồng ý.' })
export class DraftDecisionInputGql extends DossierRefInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100, TEXT) decisionNumber?: string | null;
}

@InputType('DecideDossierInput', { description: 'Quyết định khen thưởng: số, ngày, người ký; mỗi mục đã đồng ý được một khen thưởng.' })
export class DecideDossierInputGql extends DossierRefInput {
  @Field({ description: 'Số quyết định, e.g. "123/QĐ-VKSTC"' }) @Length(1, 100, TEXT) decisionNumber!: string;
  @Field({ description: 'Ngày quyết định: "2024", "2024-12" hoặc "2024-12-20"' })
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  decisionDate!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 300, TEXT) signer?: string | null;
}

@InputType('RevokeDossierAwardInput', {
  description: 'Hủy bỏ quyết định khen thưởng một mục, thu hồi hiện vật và tiền thưởng (Chương VII Luật Thi đua, khen thưởng), nêu căn cứ.',
})
export class RevokeDossierAwardInputGql extends DossierItemRefInputGql {
  @Field({ description: 'Căn cứ' }) @Length(1, 2000, TEXT) @Matches(/\S/, NOT_BLANK) grounds!: string;
  @Field({ description: 'Ngày: "2025", "2025-03" hoặc "2025-03-01"' }) @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE) revokedOn!: string;
}

@InputType('KnownAwardInput', { description: 'Một khen thưởng như nguồn kể: một đơn vị hoặc một người, hoặc chỉ số lượng.' })
export class KnownAwardInput {
  @Field(() => ID) @id() itemId!: string;
  @Field(() => ID, { description: 'Mã trong danh mục (awardCatalogue)' }) @id() entryId!: string;
  @Field(() => CandidateInput, { nullable: true, description: 'Bỏ trống khi nguồn chỉ nêu số lượng' })
  @IsOptional()
  @ValidateNested()
  candidate?: CandidateInput | null;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1) @Max(10000) count!: number;
}

@InputType('RecordKnownDecisionInput', {
  description:
    'Một quyết định chỉ biết kết quả (hồ sơ lưu trữ, bài báo): ai hoặc bao nhiêu đơn vị, người được danh hiệu, hình thức nào, từ cấp nào; phần nguồn không nêu thì để trống. Các điều kiện cần bước trước được ghi là không kiểm tra được.',
})
export class RecordKnownDecisionInputGql extends DossierRefInput {
  @Field(() => Int) @IsInt(YEAR) @Min(MIN_YEAR, YEAR) @Max(MAX_YEAR, YEAR) year!: number;
  @Field(() => AddresseeInput, { nullable: true, description: 'Nơi quyết định khi nguồn nêu' })
  @IsOptional()
  @ValidateNested()
  decidedBy?: AddresseeInput | null;
  @Field(() => DecidingAuthorityGql, { nullable: true, description: 'Cấp quyết định khi nguồn nêu' })
  @IsOptional()
  @IsEnum(DecidingAuthorityGql)
  authority?: DecidingAuthorityGql | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100, TEXT) decisionNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Ngày: "2023", "2023-12" hoặc "2023-12-20"' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  decisionDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 300, TEXT) signer?: string | null;
  @Field({ description: 'Nguồn, như nguồn ghi: trích dẫn văn bản, hồ sơ lưu trữ, bài báo (tên, ngày)' })
  @Length(1, 1000, TEXT)
  @Matches(/\S/, NOT_BLANK)
  source!: string;
  @Field(() => [KnownAwardInput]) @ValidateNested({ each: true }) awards!: KnownAwardInput[];
}
