import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { At } from '../../../projections/history';
import type { DossierAwardView, DossierView, ItemView, StepView } from '../../../projections/awards/views';
import { PartialDateGql } from '../../graphql/partial-date';
import { entryById } from '../../catalogue/domain/award-catalogue/catalogue';
import { VerdictGql } from './dossier-enums';

export enum DossierStatusGql {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RECEIVED = 'RECEIVED',
  RETURNED = 'RETURNED',
  FORWARDED = 'FORWARDED',
  DECISION_DRAFTED = 'DECISION_DRAFTED',
  DECIDED = 'DECIDED',
}
registerEnumType(DossierStatusGql, {
  name: 'DossierStatus',
  description: 'Bước của hồ sơ đề nghị khen thưởng.',
  valuesConfig: {
    DRAFT: { description: 'Đang lập, ở bên đề nghị' },
    SUBMITTED: { description: 'Đã gửi lên, chờ tiếp nhận' },
    RECEIVED: { description: 'Đã tiếp nhận, đang thẩm định' },
    RETURNED: { description: 'Đã trả lại bên đề nghị (có lý do)' },
    FORWARDED: { description: 'Đã đề nghị lên cấp trên thành hồ sơ khác' },
    DECISION_DRAFTED: { description: 'Đã dự thảo quyết định' },
    DECIDED: { description: 'Đã có quyết định khen thưởng' },
  },
});

export enum RuleCheckGql {
  MET = 'MET',
  NOT_ON_RECORD = 'NOT_ON_RECORD',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(RuleCheckGql, {
  name: 'RuleCheck',
  description:
    'Điều kiện khi bước được thực hiện: đã kiểm tra và đạt; không kiểm tra được vì hồ sơ chưa ghi nhận bước cần thiết; hoặc không áp dụng.',
});

@ObjectType('DossierParty', { description: 'Bên đề nghị, nơi nhận, hoặc người/đơn vị được đề nghị: loại và mã.' })
export class DossierPartyGql {
  @Field() kind!: string;
  @Field(() => ID) id!: string;
}

@ObjectType('DossierMemo', { description: 'Tờ trình như văn bản ghi; phần không có là null.' })
export class DossierMemoGql {
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field(() => PartialDateGql, { nullable: true }) date!: PartialDateGql | null;
  @Field(() => String, { nullable: true }) signer!: string | null;
}

@ObjectType('DossierVote', { description: 'Kết quả biểu quyết về một mục.' })
export class DossierVoteGql {
  @Field(() => Int) approvals!: number;
  @Field(() => Int) eligibleVoters!: number;
}

@ObjectType('DossierItemAward', { description: 'Khen thưởng của một mục theo quyết định, và việc thu hồi nếu có.' })
export class DossierItemAwardGql {
  @Field(() => String, { nullable: true, description: 'Null khi nguồn không nêu số (quyết định chỉ biết kết quả)' }) decisionNumber!:
    string | null;
  @Field(() => PartialDateGql, { nullable: true, description: 'Null khi nguồn không nêu ngày' }) decisionDate!: PartialDateGql | null;
  @Field(() => String, { nullable: true }) signer!: string | null;
  @Field(() => RuleCheckGql, { description: 'Giới hạn tỷ lệ khi quyết định' }) cap!: RuleCheckGql;
  @Field(() => String, { nullable: true, description: 'Căn cứ hủy bỏ, thu hồi (null: còn hiệu lực)' }) revokedGrounds!: string | null;
  @Field(() => PartialDateGql, { nullable: true }) revokedOn!: PartialDateGql | null;
  @Field(() => ID, { nullable: true, description: 'Mục mà khen thưởng này phụ thuộc, khi bị thu hồi theo mục đó' }) revokedWithItemId!:
    string | null;
}

@ObjectType('DossierItem', { description: 'Một mục đề nghị: người hoặc đơn vị với danh hiệu, hình thức; hoặc chỉ số lượng.' })
export class DossierItemGql {
  @Field(() => ID) itemId!: string;
  @Field(() => ID, { description: 'Mã trong danh mục (awardCatalogue)' }) entryId!: string;
  @Field({ description: 'Tên danh hiệu, hình thức như danh mục ghi' }) entryName!: string;
  @Field(() => DossierPartyGql, { nullable: true, description: 'Null: mục chỉ có số lượng, chưa nêu tên' })
  candidate!: DossierPartyGql | null;
  @Field(() => Int) count!: number;
  @Field(() => String, { nullable: true }) achievements!: string | null;
  @Field(() => RuleCheckGql, { description: 'Đăng ký danh hiệu trong năm' }) registration!: RuleCheckGql;
  @Field(() => VerdictGql, { nullable: true }) verdict!: VerdictGql | null;
  @Field(() => String, { nullable: true }) verdictReason!: string | null;
  @Field(() => DossierVoteGql, { nullable: true }) vote!: DossierVoteGql | null;
  @Field(() => RuleCheckGql, { nullable: true, description: 'Danh hiệu, hình thức phải có trước' }) prerequisites!: RuleCheckGql | null;
  @Field(() => DossierItemAwardGql, { nullable: true }) award!: DossierItemAwardGql | null;
  @Field(() => ID, { nullable: true, description: 'Mục chỉ có số lượng mà mục này được nêu tên từ đó' }) resolvedFrom!: string | null;

  static from(view: ItemView): DossierItemGql {
    const { award, revoked } = view;
    return {
      ...view,
      entryName: entryById(view.entryId)?.name ?? view.entryId,
      registration: view.registration as RuleCheckGql,
      verdict: view.verdict as VerdictGql | null,
      prerequisites: view.prerequisites as RuleCheckGql | null,
      award: award && {
        ...award,
        decisionDate: PartialDateGql.of(award.decisionDate),
        cap: award.cap as RuleCheckGql,
        revokedGrounds: revoked?.grounds ?? null,
        revokedOn: PartialDateGql.of(revoked?.revokedOn ?? null),
        revokedWithItemId: revoked?.withItemId ?? null,
      },
    };
  }
}

@ObjectType('DossierStepActor', { description: 'Người thực hiện một bước, như token đã xác thực ghi nhận lúc đó.' })
export class DossierStepActorGql {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field() role!: string;
  @Field(() => ID, { nullable: true }) unitId!: string | null;
}

@ObjectType('DossierStep', { description: 'Một bước của quá trình xử lý hồ sơ: ai, khi nào, bước gì, lý do.' })
export class DossierStepGql {
  @Field({ description: 'Drafted, ItemAdded, Submitted, Received, Returned, ItemAppraised, Forwarded, Decided, AwardRevoked…' })
  step!: string;
  @Field(() => Int) position!: number;
  @Field() recordedAt!: string;
  @Field(() => DossierStepActorGql, { nullable: true }) actor!: DossierStepActorGql | null;
  @Field(() => String, { nullable: true, description: 'Lý do trả lại, lý do thẩm định, căn cứ thu hồi' }) reason!: string | null;
  @Field(() => ID, { nullable: true }) itemId!: string | null;

  static from(view: StepView): DossierStepGql {
    return { ...view, actor: view.actor && { ...view.actor, name: view.actor.name ?? null, unitId: view.actor.unitId ?? null } };
  }
}

@ObjectType('DossierDecision', { description: 'Quyết định khen thưởng: số, ngày, người ký, thẩm quyền.' })
export class DossierDecisionGql {
  @Field(() => String, { nullable: true, description: 'Null khi nguồn không nêu số (quyết định chỉ biết kết quả)' }) decisionNumber!:
    string | null;
  @Field(() => PartialDateGql, { nullable: true, description: 'Null khi nguồn không nêu ngày' }) decisionDate!: PartialDateGql | null;
  @Field(() => String, { nullable: true }) signer!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'UNIT_HEAD, PROVINCIAL_CHIEF, PROSECUTOR_GENERAL, PRIME_MINISTER hoặc PRESIDENT; null khi nguồn không nêu cấp',
  })
  authority!: string | null;
}

@ObjectType('Dossier', {
  description: 'Hồ sơ đề nghị khen thưởng: tờ trình, các mục, văn bản kèm theo, và toàn bộ quá trình xử lý (ai, khi nào, bước, lý do).',
})
export class DossierGql {
  @Field(() => ID) dossierId!: string;
  @Field(() => Int) year!: number;
  @Field(() => DossierPartyGql, { nullable: true, description: 'Null: quyết định chỉ biết kết quả, không ghi nhận bên đề nghị' })
  proposer!: DossierPartyGql | null;
  @Field(() => DossierPartyGql, { nullable: true, description: 'Nơi nhận; với quyết định chỉ biết kết quả, nơi quyết định khi nguồn nêu' })
  addressee!: DossierPartyGql | null;
  @Field(() => String, { nullable: true, description: 'Nguồn cho biết quyết định chỉ biết kết quả (văn bản, lưu trữ, bài báo)' }) source!:
    string | null;
  @Field(() => DossierMemoGql) memo!: DossierMemoGql;
  @Field(() => DossierStatusGql) status!: DossierStatusGql;
  @Field(() => ID, { nullable: true, description: 'Hồ sơ cấp dưới mà hồ sơ này đề nghị tiếp' }) forwardedFrom!: string | null;
  @Field(() => ID, { nullable: true, description: 'Hồ sơ cấp trên mà hồ sơ này được đề nghị tiếp thành' }) forwardedAs!: string | null;
  @Field(() => [DossierItemGql]) items!: DossierItemGql[];
  @Field(() => [ID], { description: 'Văn bản kèm theo (trong sổ văn bản)' }) documentIds!: readonly string[];
  @Field(() => String, { nullable: true }) draftDecisionNumber!: string | null;
  @Field(() => DossierDecisionGql, { nullable: true }) decision!: DossierDecisionGql | null;
  @Field(() => [DossierStepGql], { description: 'Quá trình xử lý, bước cũ nhất trước' }) history!: DossierStepGql[];
  at!: At;

  static from(view: DossierView, at: At): DossierGql {
    return {
      ...view,
      memo: { ...view.memo, date: PartialDateGql.of(view.memo.date) },
      status: view.status as DossierStatusGql,
      items: view.items.map((item) => DossierItemGql.from(item)),
      decision: view.decision && { ...view.decision, decisionDate: PartialDateGql.of(view.decision.decisionDate) },
      history: view.history.map((step) => DossierStepGql.from(step)),
      at,
    };
  }
}

@ObjectType('DossierAward', { description: 'Một khen thưởng đã quyết định, cho hồ sơ thành tích và các báo cáo.' })
export class DossierAwardGql {
  @Field(() => ID) dossierId!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => Int) year!: number;
  @Field(() => ID) entryId!: string;
  @Field() entryName!: string;
  @Field(() => DossierPartyGql, { nullable: true }) candidate!: DossierPartyGql | null;
  @Field(() => String, { nullable: true, description: 'Null khi nguồn không nêu số (quyết định chỉ biết kết quả)' }) decisionNumber!:
    string | null;
  @Field(() => PartialDateGql, { nullable: true, description: 'Null khi nguồn không nêu ngày' }) decisionDate!: PartialDateGql | null;
  @Field(() => String, { nullable: true }) signer!: string | null;
  @Field(() => String, { nullable: true, description: 'Căn cứ thu hồi (null: còn hiệu lực)' }) revokedGrounds!: string | null;

  static from(view: DossierAwardView): DossierAwardGql {
    return {
      ...view,
      entryName: entryById(view.entryId)?.name ?? view.entryId,
      decisionDate: PartialDateGql.of(view.decisionDate),
      revokedGrounds: view.revoked?.grounds ?? null,
    };
  }
}
