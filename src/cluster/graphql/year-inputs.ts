import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDefined,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ClusterYearInput } from './directory-inputs';
import { ID_MESSAGE, ID_PATTERN, PARTIAL_DATE, PARTIAL_DATE_MESSAGE, TEXT, id } from '../../graphql/validation';
import { NotWithPartial } from '../../graphql/partial-date';

const ids = () => Matches(ID_PATTERN, { each: true, message: ID_MESSAGE });
const DOC_REF = /^[\p{L}\p{N}][\p{L}\p{N} ./_-]{0,99}$/u;
const DOC_REF_MESSAGE = { each: true, message: '$property phải là số hiệu văn bản, ví dụ "15/HD-VKSTC"' };

@InputType()
export class DeclareIneligibleInput extends ClusterYearInput {
  @Field(() => ID) @id() unitId!: string;
  @Field() @Length(1, 2000, TEXT) reason!: string;
}

@InputType({ description: 'Nội dung giao ước thi đua.' })
export class DraftAgreementInput extends ClusterYearInput {
  @Field(() => String, { nullable: true, description: 'Chủ đề; bỏ trống khi báo cáo không nêu' })
  @IsOptional()
  @Length(1, 1000, TEXT)
  theme?: string | null;
  @Field(() => String, { nullable: true, description: 'Phương châm' }) @IsOptional() @Length(1, 1000, TEXT) motto?: string | null;
  @Field(() => [String], { nullable: true, description: 'Cam kết, nhiệm vụ trọng tâm; bỏ trống khi báo cáo không nêu' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 2000, { ...TEXT, each: true })
  commitments?: string[] | null;
  @Field(() => [String], { description: 'Căn cứ: số hiệu văn bản, ví dụ "15/HD-VKSTC"' })
  @ArrayMaxSize(50)
  @Matches(DOC_REF, DOC_REF_MESSAGE)
  legalBases!: string[];
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày lễ ký kết, khi báo cáo nêu đủ ngày' })
  @IsOptional()
  @NotWithPartial('ceremonyIn')
  ceremonyDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Ngày lễ ký kết đến năm hoặc tháng, khi báo cáo không nêu ngày: "2020", "2020-02"' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  ceremonyIn?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị đăng cai; bỏ trống khi báo cáo không nêu' }) @IsOptional() @id() hostUnitId?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Địa điểm' }) @IsOptional() @Length(1, 500, TEXT) venue?: string | null;
}

@InputType({ description: 'Những điểm sửa đổi của giao ước; trường bỏ trống thì giữ nguyên.' })
export class AgreementChangesInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 1000, TEXT) theme?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 1000, TEXT) motto?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 2000, { ...TEXT, each: true })
  commitments?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @Matches(DOC_REF, DOC_REF_MESSAGE) legalBases?: string[];
  @Field(() => LocalDateResolver, { nullable: true }) @IsOptional() @NotWithPartial('ceremonyIn') ceremonyDate?: string;
  @Field({ nullable: true, description: 'Ngày lễ ký kết đến năm hoặc tháng: "2020", "2020-02"' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  ceremonyIn?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @id() hostUnitId?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 500, TEXT) venue?: string;
}

@InputType()
export class AmendAgreementInput extends ClusterYearInput {
  @Field(() => AgreementChangesInput) @ValidateNested() changes!: AgreementChangesInput;
  @Field({ description: 'Nội dung được thông qua tại lễ ký kết' }) @Length(1, 2000, TEXT) note!: string;
}

@InputType()
export class AmendRegulationInput extends ClusterYearInput {
  @Field() @Length(1, 2000, TEXT) summary!: string;
  @Field(() => [String], { description: 'Các điều khoản sửa đổi' })
  @ArrayMaxSize(200)
  @Length(1, 5000, { ...TEXT, each: true })
  articles!: string[];
}

@InputType()
export class SignAgreementInput extends ClusterYearInput {
  @Field(() => ID) @id() unitId!: string;
  @Field(() => String, { nullable: true, description: 'Người ký, nếu biết' }) @IsOptional() @Length(1, 200, TEXT) signatoryName?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Chức vụ người ký, nếu biết' })
  @IsOptional()
  @Length(1, 200, TEXT)
  signatoryPosition?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày ký; nêu signedOn hoặc signedIn' })
  @IsOptional()
  @NotWithPartial('signedIn')
  signedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Ngày ký đến năm hoặc tháng, khi báo cáo không nêu ngày: "2020", "2020-02"' })
  @ValidateIf((input: SignAgreementInput) => input.signedOn == null)
  @IsDefined({ message: 'nêu ngày ký: signedOn (ngày đầy đủ) hoặc $property ("2020", "2020-02")' })
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  signedIn?: string | null;
}

@InputType({ description: 'Giao ước có hiệu lực theo một nguồn (văn bản, bài báo), khi chữ ký không đủ để biết.' })
export class RecordAgreementInForceInput extends ClusterYearInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày có hiệu lực; bỏ trống khi nguồn không nêu' })
  @IsOptional()
  @NotWithPartial('inForceIn')
  inForceOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Có hiệu lực từ năm hoặc tháng, khi nguồn không nêu ngày: "2020", "2020-02"' })
  @IsOptional()
  @Matches(PARTIAL_DATE, PARTIAL_DATE_MESSAGE)
  inForceIn?: string | null;
  @Field({ description: 'Nguồn ghi nhận, ví dụ "Báo cáo số 12/BC-CTĐ9 ngày 20/3/2023" hoặc tên bài báo và địa chỉ' })
  @Length(1, 1000, TEXT)
  source!: string;
}

@InputType()
export class RegisterTitleInput extends ClusterYearInput {
  @Field(() => ID) @id() unitId!: string;
  @Field(() => ID) @id() titleId!: string;
}

@InputType({ description: 'Một danh hiệu và số đơn vị đăng ký, như báo cáo ghi.' })
export class RegistrationCountInput {
  @Field(() => ID) @id() titleId!: string;
  @Field(() => Int, { description: 'Số đơn vị đăng ký: "03 đơn vị" thì nhập 3' }) @IsInt() units!: number;
}

@InputType({ description: 'Đăng ký danh hiệu theo số lượng báo cáo nêu, không nêu tên đơn vị.' })
export class StateRegistrationCountsInput extends ClusterYearInput {
  @Field(() => [RegistrationCountInput]) @ArrayMaxSize(50) @ValidateNested() counts!: RegistrationCountInput[];
  @Field({ description: 'Nguồn và lời báo cáo, ví dụ "Báo cáo số 12/BC-VKS: 03 đơn vị đăng ký Cờ thi đua của ngành"' })
  @Length(1, 2000, TEXT)
  source!: string;
}

@InputType()
export class UnitOfYearInput extends ClusterYearInput {
  @Field(() => ID) @id() unitId!: string;
}

@InputType()
export class AdoptCriteriaSetInput extends ClusterYearInput {
  @Field(() => ID) @id() criteriaSetId!: string;
  @Field(() => Int, { nullable: true, description: 'Phiên bản; bỏ trống để dùng phiên bản mới nhất có hiệu lực trong năm.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@InputType()
export class ReopenScoresInput extends ClusterYearInput {
  @Field() @Length(1, 2000, TEXT) reason!: string;
}

@InputType()
export class OpenVoteInput extends ClusterYearInput {
  @Field(() => ID) @id() voteId!: string;
  @Field(() => ID) @id() titleId!: string;
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(200) @ids() candidateUnitIds!: string[];
}

@InputType()
export class CastBallotInput extends ClusterYearInput {
  @Field(() => ID) @id() voteId!: string;
  @Field(() => ID) @id() voterUnitId!: string;
  @Field(() => [ID], { description: 'Các đơn vị được tán thành' }) @ArrayMaxSize(200) @ids() approvedUnitIds!: string[];
}

@InputType()
export class VoteRefInput extends ClusterYearInput {
  @Field(() => ID) @id() voteId!: string;
}

@InputType()
export class ProposeAwardInput extends ClusterYearInput {
  @Field(() => ID) @id() awardId!: string;
  @Field(() => ID) @id() unitId!: string;
  @Field(() => ID) @id() titleId!: string;
}

@InputType()
export class DecideAwardInput extends ClusterYearInput {
  @Field(() => ID) @id() awardId!: string;
  @Field({ description: 'Số quyết định' }) @Length(1, 100, TEXT) decisionNumber!: string;
  @Field(() => LocalDateResolver) decisionDate!: string;
  @Field({ description: 'Người ký' }) @Length(1, 200, TEXT) signer!: string;
}

@InputType()
export class RevokeAwardInput extends ClusterYearInput {
  @Field(() => ID) @id() awardId!: string;
  @Field({ description: 'Căn cứ thu hồi' }) @Length(1, 2000, TEXT) grounds!: string;
  @Field(() => LocalDateResolver) revokedOn!: string;
}

@InputType({ description: 'Cấp số cho báo cáo tổng hợp năm thi đua.' })
export class IssueClusterYearReportInput extends ClusterYearInput {
  @Field({ description: 'Số, ký hiệu như văn thư ghi trong sổ, ví dụ "15/BC-CTĐ"' }) @Length(1, 100, TEXT) number!: string;
  @Field(() => LocalDateResolver, { description: 'Ngày ban hành: bản in mang ngày này' }) issuedOn!: string;
}
