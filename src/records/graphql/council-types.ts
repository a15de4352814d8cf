import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { At } from '../../../projections/history';
import type { CouncilView, MembershipView } from '../../../projections/records/views';
import { CAPACITY_LABELS, CouncilCapacity } from '../domain/council/council-capacity';
import { CouncilLevel } from '../domain/document/document-issuer';
import { PartialDateGql } from '../../graphql/partial-date';

registerEnumType(CouncilCapacity, {
  name: 'CouncilCapacity',
  description: 'Cương vị trong Hội đồng Thi đua – Khen thưởng.',
  valuesConfig: {
    CHAIR: { description: 'Chủ tịch' },
    VICE_CHAIR: { description: 'Phó Chủ tịch' },
    STANDING: { description: 'Thường trực' },
    MEMBER: { description: 'Ủy viên' },
  },
});

@ObjectType('CouncilMembership', {
  description: 'Một lần làm thành viên Hội đồng: người, cương vị, từ ngày đến ngày (như hồ sơ nêu), văn bản kiện toàn.',
})
export class CouncilMembershipGql {
  @Field(() => ID, { description: 'Mã của lần bổ nhiệm này trong Hội đồng' }) membershipId!: string;
  @Field(() => ID) councilId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => CouncilCapacity) capacity!: CouncilCapacity;
  @Field({ description: 'Cương vị như bản in ghi: "Chủ tịch", "Phó Chủ tịch", "Thường trực", "Ủy viên"' }) capacityLabel!: string;
  @Field(() => PartialDateGql, { description: 'Từ ngày, đến năm, tháng hoặc ngày như hồ sơ nêu' }) from!: PartialDateGql;
  @Field(() => PartialDateGql, { nullable: true, description: 'Ngày thôi làm thành viên (null: chưa ghi nhận việc thôi)' })
  to!: PartialDateGql | null;
  @Field(() => ID, { nullable: true, description: 'Văn bản kiện toàn, bổ nhiệm (trong sổ văn bản)' }) appointingDocumentId!: string | null;
  @Field(() => String, { nullable: true, description: 'Lý do thôi, khi đã thôi' }) endReason!: string | null;
  at!: At;

  static from(councilId: string, view: MembershipView, at: At): CouncilMembershipGql {
    return {
      ...view,
      councilId,
      capacityLabel: CAPACITY_LABELS[view.capacity],
      from: PartialDateGql.of(view.from)!,
      to: PartialDateGql.of(view.to),
      at,
    };
  }
}

@ObjectType('Council', {
  description: 'Hội đồng Thi đua – Khen thưởng: của ngành, của VKSND cấp tỉnh, hoặc của một đơn vị; có thành viên theo từng thời kỳ.',
})
export class CouncilGql {
  @Field(() => ID) councilId!: string;
  @Field({ description: 'Tên như văn bản ghi' }) name!: string;
  @Field(() => CouncilLevel) level!: CouncilLevel;
  @Field(() => ID, { nullable: true, description: 'Đơn vị của Hội đồng (Hội đồng ngành có thể không nêu)' }) unitId!: string | null;
  members!: readonly MembershipView[];
  at!: At;

  static from(view: CouncilView, at: At): CouncilGql {
    return { ...view, at };
  }
}
