import { DateTimeResolver, JSONResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AuditActor } from '../audit/graphql/audit-actor';

export enum ClusterYearTopic {
  MEMBERS = 'MEMBERS',
  OFFICES = 'OFFICES',
  AGREEMENT = 'AGREEMENT',
  SIGNATURES = 'SIGNATURES',
  REGISTRATIONS = 'REGISTRATIONS',
  SCORES = 'SCORES',
  VOTES = 'VOTES',
  AWARDS = 'AWARDS',
  OTHER = 'OTHER',
}
registerEnumType(ClusterYearTopic, {
  name: 'ClusterYearTopic',
  description: 'Điều đã thay đổi trong năm của Cụm',
  valuesConfig: {
    MEMBERS: { description: 'Thành viên, đơn vị không đủ điều kiện' },
    OFFICES: { description: 'Cụm trưởng, Cụm phó' },
    AGREEMENT: { description: 'Dự thảo, sửa đổi giao ước và quy chế' },
    SIGNATURES: { description: 'Chữ ký giao ước, giao ước có hiệu lực' },
    REGISTRATIONS: { description: 'Đăng ký danh hiệu' },
    SCORES: { description: 'Bộ tiêu chí, điểm, chốt và mở lại điểm (bảng xếp hạng đổi theo)' },
    VOTES: { description: 'Bình xét, bỏ phiếu' },
    AWARDS: { description: 'Đề nghị, quyết định, thu hồi khen thưởng' },
    OTHER: { description: 'Sự kiện khác của năm' },
  },
});

@ObjectType({
  description:
    'Một thay đổi của năm thi đua: sự kiện (vị trí, loại, dữ liệu) và trạng thái của năm khi gửi đi. `clusterYear` và `ranking` là trạng thái hiện tại (id không kèm @vị trí), nên cập nhật thẳng bộ nhớ đệm của client.',
})
export class ClusterYearChange {
  @Field(() => SafeIntResolver, { description: 'Vị trí nhật ký của sự kiện' }) position!: number;
  @Field({ description: 'Loại sự kiện, ví dụ AgreementSigned' }) type!: string;
  @Field(() => ClusterYearTopic) topic!: ClusterYearTopic;
  @Field(() => DateTimeResolver) recordedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'Đơn vị mà sự kiện nói tới, nếu có' }) unitId!: string | null;
  @Field(() => AuditActor, { nullable: true }) actor!: AuditActor | null;
  @Field(() => JSONResolver, { description: 'Dữ liệu của sự kiện; điểm là số thập phân' }) data!: unknown;
  clusterId!: string;
  year!: number;
}

@ObjectType({ description: 'Vị trí mới nhất của nhật ký mà dữ liệu đọc đã bao gồm.' })
export class HeadPosition {
  @Field(() => SafeIntResolver) position!: number;
  @Field(() => DateTimeResolver) recordedAt!: Date;
  @Field({ description: 'Mã băm chuỗi kiểm toán tại vị trí này' }) hash!: string;
}
