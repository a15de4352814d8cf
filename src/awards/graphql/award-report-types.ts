import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { PartialDateGql } from '../../graphql/partial-date';
import { entryById } from '../../catalogue/domain/award-catalogue/catalogue';
import { DossierAwardGql, DossierDecisionGql, DossierPartyGql } from './dossier-types';
import type { AwardReportView, AwardSummaryView, AwardTally, IssuedDecisionView, UncheckedAwardView } from './award-report-reads';

export enum AwardKindGql {
  TITLE = 'TITLE',
  FORM = 'FORM',
}
registerEnumType(AwardKindGql, { name: 'AwardKind', description: 'Danh hiệu thi đua, hoặc hình thức khen thưởng.' });

@ObjectType('AwardReportEntry', {
  description: 'Một khen thưởng đã quyết định trong báo cáo: người hoặc tập thể được khen với tên của năm đó, và việc hủy bỏ nếu có.',
})
export class AwardReportEntryGql extends DossierAwardGql {
  @Field(() => AwardKindGql, { nullable: true }) kind!: AwardKindGql | null;
  @Field(() => Int, { description: 'Số suất: 1 cho khen thưởng có tên, số lượng cho mục chưa nêu tên' }) count!: number;
  @Field(() => String, { nullable: true, description: 'Tên đơn vị như năm khen thưởng, họ tên người; null khi chưa nêu tên' })
  candidateName!: string | null;
  @Field({ description: 'Đã bị hủy bỏ (thu hồi)' }) revoked!: boolean;
  @Field(() => PartialDateGql, { nullable: true }) revokedOn!: PartialDateGql | null;
  @Field(() => ID, { nullable: true, description: 'Cụm/Khối thi đua mà chuỗi hồ sơ bắt đầu từ đó' }) clusterId!: string | null;

  static of(view: AwardReportView): AwardReportEntryGql {
    return {
      ...DossierAwardGql.from(view),
      kind: view.kind as AwardKindGql | null,
      count: view.count,
      candidateName: view.candidateName,
      revoked: view.revoked !== null,
      revokedOn: PartialDateGql.of(view.revoked?.revokedOn ?? null),
      clusterId: view.clusterId,
    };
  }
}

@ObjectType('IssuedAwardDecision', { description: 'Một quyết định khen thưởng đã ban hành, với hồ sơ và số khen thưởng của nó.' })
export class IssuedAwardDecisionGql extends DossierDecisionGql {
  @Field(() => ID) dossierId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Số suất được khen thưởng theo quyết định' }) awardCount!: number;
  @Field(() => Int, { description: 'Trong đó đã bị hủy bỏ' }) revokedCount!: number;

  static of(view: IssuedDecisionView): IssuedAwardDecisionGql {
    return { ...view, decisionDate: PartialDateGql.of(view.decisionDate) };
  }
}

@ObjectType('AwardTally', {
  description:
    'Số suất: được đề nghị (đã gửi lên), được đồng ý (kết quả thẩm định gần nhất), được quyết định khen thưởng, và đã bị hủy bỏ.',
})
export class AwardTallyGql implements AwardTally {
  @Field(() => Int) proposed!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int) decided!: number;
  @Field(() => Int) revoked!: number;
}

@ObjectType('AwardSummaryEntry', { description: 'Số liệu của một danh hiệu, hình thức trong danh mục.' })
export class AwardSummaryEntryGql extends AwardTallyGql {
  @Field(() => ID) entryId!: string;
  @Field() entryName!: string;
  @Field(() => AwardKindGql) kind!: AwardKindGql;
}

@ObjectType('AwardSummary', { description: 'Tổng hợp khen thưởng của một năm: theo danh mục, và cộng theo cá nhân, tập thể.' })
export class AwardSummaryGql {
  @Field(() => Int) year!: number;
  @Field(() => [AwardSummaryEntryGql], { description: 'Mọi danh hiệu, hình thức của danh mục, theo thứ tự danh mục' })
  entries!: AwardSummaryEntryGql[];
  @Field(() => AwardTallyGql) persons!: AwardTallyGql;
  @Field(() => AwardTallyGql) collectives!: AwardTallyGql;
  @Field(() => AwardTallyGql, { description: 'Các mục chỉ có số lượng, chưa nêu tên' }) notNamed!: AwardTallyGql;

  static of(view: AwardSummaryView): AwardSummaryGql {
    return { ...view, entries: view.entries.map((entry) => ({ ...entry, kind: entry.kind as AwardKindGql })) };
  }
}

@ObjectType('UncheckedAward', {
  description:
    'Một khen thưởng đã quyết định mà có điều kiện không kiểm tra được vì bước cần thiết không có trong hồ sơ (quyết định chỉ biết kết quả, đăng ký không ghi nhận…).',
})
export class UncheckedAwardGql {
  @Field(() => ID) dossierId!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => Int) year!: number;
  @Field(() => ID) entryId!: string;
  @Field() entryName!: string;
  @Field(() => DossierPartyGql, { nullable: true, description: 'Null: nguồn chỉ nêu số lượng' }) candidate!: DossierPartyGql | null;
  @Field(() => Int) count!: number;
  @Field(() => String, { nullable: true }) decisionNumber!: string | null;
  @Field(() => [String], { description: 'REGISTRATION (đăng ký), PREREQUISITES (danh hiệu phải có trước), CAP (giới hạn tỷ lệ)' })
  unchecked!: string[];
  @Field(() => String, { nullable: true, description: 'Nguồn cho biết quyết định, khi chỉ biết kết quả' }) source!: string | null;

  static of(view: UncheckedAwardView): UncheckedAwardGql {
    return { ...view, entryName: entryById(view.entryId)?.name ?? view.entryId };
  }
}

export const AwardReportEntryConnection = Connection(AwardReportEntryGql, 'AwardReportEntry');
