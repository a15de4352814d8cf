import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Page } from '../../graphql/connection';
import { MAX_YEAR, MIN_YEAR, YEAR, id } from '../../graphql/validation';
import { PageArgs } from '../../graphql/page-args';
import { paginate } from '../../graphql/pagination';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf } from '../../graphql/models-at';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import { awardReport, awardSummary, decisionsIssued, uncheckedAwards, type AwardReportFilter } from './award-report-reads';
import { CandidateKindGql } from './dossier-enums';
import {
  AwardKindGql,
  AwardReportEntryConnection,
  AwardReportEntryGql,
  AwardSummaryGql,
  IssuedAwardDecisionGql,
  UncheckedAwardGql,
} from './award-report-types';

@ArgsType()
class AwardFilterArgs {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(YEAR) @Min(MIN_YEAR, YEAR) @Max(MAX_YEAR, YEAR) year?: number | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @id() entryId?: string | null;
  @Field(() => CandidateKindGql, { nullable: true }) @IsOptional() @IsEnum(CandidateKindGql) candidateKind?: CandidateKindGql | null;
  @Field(() => ID, { nullable: true, description: 'Cụm/Khối mà hồ sơ bắt đầu từ đó' }) @IsOptional() @id() clusterId?: string | null;
  @Field(() => AwardKindGql, { nullable: true }) @IsOptional() @IsEnum(AwardKindGql) kind?: AwardKindGql | null;
}

/** The filters given, without those left out or null. */
const filterOf = (args: AwardFilterArgs): AwardReportFilter =>
  Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null && value !== undefined));

@Resolver()
export class AwardReportQueries {
  @Authorized()
  @Query(() => [AwardReportEntryGql], {
    description:
      'Báo cáo khen thưởng đã quyết định, kể cả đã hủy bỏ (có đánh dấu): theo năm, danh hiệu/hình thức, cá nhân hay tập thể, và Cụm/Khối mà hồ sơ bắt đầu từ đó; cũ trước, không phân trang (danh sách dài dùng awardsConnection).',
  })
  awards(
    @Args() filter: AwardFilterArgs,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): AwardReportEntryGql[] {
    const { models, at } = readAsOf(context, asOf);
    return awardReport(models, filterOf(filter), at).map((view) => AwardReportEntryGql.of(view));
  }

  @Authorized()
  @Query(() => AwardReportEntryConnection, { description: 'Báo cáo khen thưởng đã quyết định như awards, từng trang (Relay).' })
  awardsConnection(
    @Args() filter: AwardFilterArgs,
    @Args() page: PageArgs,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Page<AwardReportEntryGql> {
    const { models, at } = readAsOf(context, asOf);
    const entries = awardReport(models, filterOf(filter), at).map((view) => AwardReportEntryGql.of(view));
    return paginate(entries, (entry) => `${entry.dossierId}/${entry.itemId}`, page);
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
