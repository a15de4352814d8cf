import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/history';
import { AwardStatusGql } from '../../graphql/enums';
import { PartialDateGql } from '../../graphql/partial-date';

@ObjectType({ description: 'Chữ ký giao ước của một đơn vị.' })
export class Signature {
  @Field(() => ID) unitId!: string;
  @Field(() => String, { nullable: true, description: 'Người ký (null khi tài liệu không nêu)' }) signatoryName!: string | null;
  @Field(() => String, { nullable: true, description: 'Chức vụ' }) signatoryPosition!: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày ký, khi biết đến ngày (xem signed)' }) signedOn!: string | null;
  @Field(() => PartialDateGql, { description: 'Ngày ký với độ chính xác như báo cáo nêu' }) signed!: PartialDateGql;
}

@ObjectType({ description: 'Sửa đổi giao ước được thông qua.' })
export class AgreementAmendment {
  @Field({ description: 'Nội dung được thông qua' }) note!: string;
  @Field(() => [String], { description: 'Các trường được sửa' }) changedFields!: string[];
}

@ObjectType({ description: 'Giao ước thi đua của năm.' })
export class Agreement {
  @Field(() => String, { nullable: true, description: 'Chủ đề (null khi báo cáo không nêu)' }) theme!: string | null;
  @Field(() => String, { nullable: true, description: 'Phương châm (null khi báo cáo không nêu)' }) motto!: string | null;
  @Field(() => [String], { nullable: true, description: 'Cam kết (null khi báo cáo không nêu)' }) commitments!: string[] | null;
  @Field(() => [String], { description: 'Căn cứ (số hiệu văn bản)' }) legalBases!: string[];
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày lễ ký kết, khi biết đến ngày (xem signingDate)' })
  ceremonyDate!: string | null;
  @Field(() => PartialDateGql, { nullable: true, description: 'Ngày lễ ký kết với độ chính xác như báo cáo nêu (null: không nêu)' })
  signingDate!: PartialDateGql | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị đăng cai (null khi báo cáo không nêu)' }) hostUnitId!: string | null;
  @Field(() => String, { nullable: true, description: 'Địa điểm (null khi báo cáo không nêu)' }) venue!: string | null;
  @Field(() => [AgreementAmendment]) amendments!: AgreementAmendment[];
  @Field(() => [Signature]) signatures!: Signature[];
  @Field(() => [ID], { description: 'Thành viên chưa ký' }) unsignedUnitIds!: string[];
  @Field({
    description: 'Có hiệu lực khi mọi thành viên đã ký (danh sách thành viên đầy đủ), hoặc khi một nguồn ghi nhận có hiệu lực',
  })
  inForce!: boolean;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày có hiệu lực, khi biết đến ngày (xem inForceFrom)' })
  inForceOn!: string | null;
  @Field(() => PartialDateGql, { nullable: true, description: 'Có hiệu lực từ, với độ chính xác như nguồn nêu' })
  inForceFrom!: PartialDateGql | null;
  @Field(() => String, { nullable: true, description: 'Nguồn ghi nhận giao ước có hiệu lực (null: hiệu lực do đủ chữ ký, hoặc chưa có)' })
  inForceSource!: string | null;
  /** The year it belongs to, for the sources cited for it. */
  clusterId!: string;
  year!: number;
  /** The log position the answer stands at, for the documents its legal bases name. */
  at!: At;
}

@ObjectType()
export class RegulationAmendment {
  @Field() summary!: string;
  @Field(() => [String]) articles!: string[];
}

@ObjectType({ description: 'Đăng ký danh hiệu thi đua.' })
export class TitleRegistration {
  @Field(() => ID) unitId!: string;
  @Field(() => ID) titleId!: string;
}

@ObjectType({ description: 'Đơn vị không đủ điều kiện bình xét trong năm.' })
export class Ineligibility {
  @Field(() => ID) unitId!: string;
  @Field() reason!: string;
}

@ObjectType()
export class CriteriaSetRef {
  @Field(() => ID) criteriaSetId!: string;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class Ballot {
  @Field(() => ID, { description: 'Đơn vị bỏ phiếu' }) voterUnitId!: string;
  @Field(() => [ID], { description: 'Các đơn vị được tán thành' }) approvedUnitIds!: string[];
}

@ObjectType('VoteTally', { description: 'Kết quả của một đơn vị được đề cử.' })
export class VoteTallyGql {
  @Field(() => ID) unitId!: string;
  @Field(() => Int) approvals!: number;
  @Field(() => Float, { description: 'Tỷ lệ tán thành trên tổng số thành viên, phần trăm' }) approvalPercent!: number;
}

@ObjectType({ description: 'Bình xét, bỏ phiếu.' })
export class Vote {
  @Field(() => ID) voteId!: string;
  @Field(() => ID) titleId!: string;
  @Field(() => [ID]) candidateUnitIds!: string[];
  @Field(() => [Ballot]) ballots!: Ballot[];
  @Field() closed!: boolean;
  @Field(() => Int, { nullable: true, description: 'Số thành viên khi kết thúc bỏ phiếu' }) eligibleVoters!: number | null;
  @Field(() => Int, { description: 'Số phiếu đã bỏ' }) ballotsCast!: number;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ tham gia bỏ phiếu, phần trăm' }) turnoutPercent!: number | null;
  @Field(() => [VoteTallyGql]) tallies!: VoteTallyGql[];
}

@ObjectType()
export class AwardDecision {
  @Field({ description: 'Số quyết định' }) decisionNumber!: string;
  @Field(() => LocalDateResolver) decisionDate!: string;
  @Field({ description: 'Người ký' }) signer!: string;
  at!: At;
}

@ObjectType()
export class AwardRevocation {
  @Field({ description: 'Căn cứ thu hồi' }) grounds!: string;
  @Field(() => LocalDateResolver) revokedOn!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Khen thưởng là điều kiện của khen thưởng này mà việc thu hồi kéo theo (Cờ thi đua theo danh hiệu Tập thể Lao động xuất sắc)',
  })
  withAwardId!: string | null;
}

@ObjectType({ description: 'Khen thưởng: đề nghị, quyết định, thu hồi.' })
export class Award {
  @Field(() => ID) awardId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID) titleId!: string;
  @Field(() => AwardStatusGql) status!: AwardStatusGql;
  @Field(() => AwardDecision, { nullable: true }) decision!: AwardDecision | null;
  @Field(() => AwardRevocation, { nullable: true }) revocation!: AwardRevocation | null;
  /** The year it belongs to and the position it was read at, for the sources cited for it. */
  clusterId!: string;
  year!: number;
  at!: At;
}

@ObjectType('YearReport', { description: 'Báo cáo tổng hợp năm thi đua đã được cấp số.' })
export class YearReportGql {
  @Field({ description: 'Số, ký hiệu như trong sổ văn bản, ví dụ "15/BC-CTĐ"' }) number!: string;
  @Field(() => LocalDateResolver, { description: 'Ngày ban hành' }) issuedOn!: string;
}
