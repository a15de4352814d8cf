import { Authorized, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { AWARD_CATALOGUE } from '../domain/award-catalogue/entries';
import { citation } from '../domain/award-catalogue/catalogue';
import type { CatalogueEntry, LegalBasis } from '../domain/award-catalogue/entry';

@ObjectType('LegalProvision', {
  description: 'Một quy định mà danh mục viện dẫn, e.g. "khoản 1 Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15".',
})
export class LegalProvisionGql {
  @Field() citation!: string;
  @Field(() => String, { nullable: true, description: 'Khi chưa đối chiếu được với nguyên văn: vì sao, và số điều được suy ra thế nào' })
  unconfirmed!: string | null;

  static from(basis: LegalBasis): LegalProvisionGql {
    return { citation: citation(basis), unconfirmed: basis.unconfirmed ?? null };
  }
}

@ObjectType('AwardCatalogueEntry', {
  description: 'Một danh hiệu thi đua hoặc hình thức khen thưởng: cho ai, ai quyết định, căn cứ pháp lý, giới hạn tỷ lệ và điều kiện.',
})
export class AwardCatalogueEntryGql {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'TITLE (danh hiệu) hoặc FORM (hình thức)' }) kind!: string;
  @Field(() => [String], { description: 'PERSON (cá nhân), COLLECTIVE (tập thể)' }) recipients!: readonly string[];
  @Field(() => [String], { description: 'UNIT_HEAD, PROVINCIAL_CHIEF, PROSECUTOR_GENERAL, PRIME_MINISTER, PRESIDENT' })
  decidedBy!: readonly string[];
  @Field(() => [LegalProvisionGql]) basis!: LegalProvisionGql[];
  @Field(() => [ID], { description: 'Danh hiệu, hình thức phải có cùng năm' }) prerequisites!: string[];
  @Field(() => Int, { nullable: true, description: 'Tối đa bao nhiêu phần trăm số đạt capOf' }) capPercent!: number | null;
  @Field(() => ID, { nullable: true }) capOf!: string | null;
  @Field(() => Int, { nullable: true, description: 'Tỷ lệ phiếu đồng ý cần đạt (%)' }) approvalPercent!: number | null;

  static from(entry: CatalogueEntry): AwardCatalogueEntryGql {
    return {
      ...entry,
      basis: entry.basis.map((b) => LegalProvisionGql.from(b)),
      prerequisites: entry.prerequisites.map((p) => p.entryId),
      capPercent: entry.cap?.percent ?? null,
      capOf: entry.cap?.ofEntryId ?? null,
      approvalPercent: entry.approvalPercent?.percent ?? null,
    };
  }
}

@Resolver()
export class AwardCatalogueQueries {
  @Authorized()
  @Query(() => [AwardCatalogueEntryGql], {
    description: 'Danh mục danh hiệu thi đua và hình thức khen thưởng theo Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP.',
  })
  awardCatalogue(): AwardCatalogueEntryGql[] {
    return AWARD_CATALOGUE.map((entry) => AwardCatalogueEntryGql.from(entry));
  }
}
