import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf } from '../../graphql/models-at';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import { awardReport, awardSummary, decisionsIssued, uncheckedAwards, type AwardReportFilter } from './award-report-reads';
import { CandidateKindGql } from './dossier-enums';
import { AwardKindGql, AwardReportEntryGql, AwardSummaryGql, IssuedAwardDecisionGql, UncheckedAwardGql } from './award-report-types';

@Resolver()
export class AwardReportQueries {
  @Authorized()
  @Query(() => [AwardReportEntryGql], {
    description:
      'Báo cáo khen thưởng đã quyết định, kể cả đã hủy bỏ (có đánh dấu): theo năm, danh hiệu/hình thức, cá nhân hay tập thể, và Cụm/Khối mà hồ sơ bắt đầu từ đó; cũ trước.',
  })
  awards(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('entryId', () => ID, { nullable: true }) entryId: string | null,
    @Arg('candidateKind', () => CandidateKindGql, { nullable: true }) candidateKind: CandidateKindGql | null,
    @Arg('clusterId', () => ID, { nullable: true }) clusterId: string | null,
    @Arg('kind', () => AwardKindGql, { nullable: true }) kind: AwardKindGql | null,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): AwardReportEntryGql[] {
    const { models, at } = readAsOf(context, asOf);
    const filter = { year, entryId, candidateKind, clusterId, kind };
    const given = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== null)) as AwardReportFilter;
    return awardReport(models, given, at).map((view) => AwardReportEntryGql.of(view));
  }

  @Authorized()
  @Query(() => [IssuedAwardDecisionGql], { description: 'Các quyết định khen thưởng đã ban hành (của một năm, nếu nêu), sớm trước.' })
  awardDecisions(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): IssuedAwardDecisionGql[] {
    const { models, at } = readAsOf(context, asOf);
    return decisionsIssued(models, year ?? undefined, at).map((view) => IssuedAwardDecisionGql.of(view));
  }

  @Authorized()
  @Query(() => AwardSummaryGql, { description: 'Tổng hợp khen thưởng của một năm: đề nghị, đồng ý, quyết định, hủy bỏ.' })
  awardSummary(
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): AwardSummaryGql {
    const { models, at } = readAsOf(context, asOf);
    return AwardSummaryGql.of(awardSummary(models, year, at));
  }

  @Authorized()
  @Query(() => [UncheckedAwardGql], {
    description: 'Các khen thưởng đã quyết định mà có điều kiện không kiểm tra được vì bước cần thiết không có trong hồ sơ; năm cũ trước.',
  })
  uncheckedAwards(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): UncheckedAwardGql[] {
    const { models, at } = readAsOf(context, asOf);
    return uncheckedAwards(models, year ?? undefined, at).map((view) => UncheckedAwardGql.of(view));
  }
}
