import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CouncilCapacity } from '../domain/council/council-capacity';
import { CouncilLevel } from '../domain/document/document-issuer';
import { CommandInput } from '../../graphql/command-input';
import { NAME, TEXT, NOT_BLANK, id } from '../../graphql/validation';
import { PARTIAL_DATE, PARTIAL_DATE_MESSAGE } from '../../graphql/validation';

@InputType('RegisterCouncilInput', {
  description: 'Đăng ký Hội đồng Thi đua – Khen thưởng: ngành có một Hội đồng, mỗi đơn vị nhiều nhất một.',
})
export class RegisterCouncilInputGql extends CommandInput {
  @Field(() => ID, { description: 'Mã Hội đồng do người nhập đặt, e.g. "hdtdkt-nganh"' }) @id() councilId!: string;
  @Field({ description: 'e.g. "Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang"' }) @Length(3, 300, NAME) name!: string;
  @Field(() => CouncilLevel) @IsEnum(CouncilLevel) level!: CouncilLevel;
  @Field(() => ID, { nullable: true, description: 'Đơn vị của Hội đồng (bắt buộc trừ Hội đồng ngành)' }) @IsOptional() @id() unitId?:
    string | null;
}

/** Names a membership of a council; every command on one extends it. */
@InputType()
export abstract class CouncilMembershipRefInput extends CommandInput {
  @Field(() => ID) @id() councilId!: string;
  @Field(() => ID, { description: 'Mã của lần bổ nhiệm này trong Hội đồng' }) @id() membershipId!: string;
}

@InputType('AppointCouncilMemberInput', { description: 'Một người làm thành viên Hội đồng với cương vị, từ ngày (ít nhất là năm).' })
export class AppointCouncilMemberInputGql extends CouncilMembershipRefInput {
  @Field(() => ID) @id() personId!: string;
  @Field(() => CouncilCapacity) @IsEnum(CouncilCapacity) capacity!: CouncilCapacity;
  @Field({ description: 'Từ ngày: "2020", "2020-02" hoặc "2020-02-14"' }) @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE) from!: string;
  @Field(() => String, { nullable: true, description: 'Đến ngày (ngày thôi), khi văn bản nêu' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  to?: string | null;
  @Field(() => ID, { nullable: true, description: 'Văn bản kiện toàn, bổ nhiệm đã vào sổ' }) @IsOptional() @id() appointingDocumentId?:
    string | null;
}

@InputType('EndCouncilMembershipInput', { description: 'Thôi làm thành viên Hội đồng: ngày thôi và lý do.' })
export class EndCouncilMembershipInputGql extends CouncilMembershipRefInput {
  @Field({ description: 'Ngày thôi: "2024", "2024-01" hoặc "2024-01-15"' }) @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE) endedOn!: string;
  @Field({ description: 'Lý do (nghỉ hưu, điều động, kiện toàn Hội đồng…)' })
  @Length(1, 2000, TEXT)
  @Matches(/\S/, NOT_BLANK)
  reason!: string;
}

@InputType('CorrectCouncilMemberInput', {
  description:
    'Đính chính một lần bổ nhiệm đã ghi, kèm lý do: chỉ các trường được nêu thay đổi; nêu null để bỏ ngày thôi hoặc văn bản đã ghi sai.',
})
export class CorrectCouncilMemberInputGql extends CouncilMembershipRefInput {
  @Field(() => CouncilCapacity, { nullable: true }) @IsOptional() @IsEnum(CouncilCapacity) capacity?: CouncilCapacity;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE) from?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE) to?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @id() appointingDocumentId?: string | null;
  @Field({ description: 'Lý do đính chính' }) @Length(1, 2000, TEXT) @Matches(/\S/, NOT_BLANK) reason!: string;
}
