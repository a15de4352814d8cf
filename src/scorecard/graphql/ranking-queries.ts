import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf } from '../../graphql/models-at';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import { RankingGql, ScoreSheet } from './ranking-types';
import { rankingAt, scoreSheetAt } from './scorecard-reads';

@Resolver()
export class RankingQueries {
  @Authorized()
  @Query(() => RankingGql, {
    nullable: true,
    description:
      'Bảng xếp hạng: tổng điểm từng giai đoạn, tổng được tính, xếp loại, thứ hạng. Null khi năm chưa mở hoặc chưa áp dụng bộ tiêu chí.',
  })
  rankings(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): RankingGql | null {
    return rankingAt(readAsOf(context, asOf), clusterId, year);
  }

  @Authorized()
  @Query(() => ScoreSheet, { nullable: true, description: 'Bảng điểm của một đơn vị: mọi tiêu chí với điểm từng giai đoạn.' })
  scoreSheet(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): ScoreSheet | null {
    return scoreSheetAt(readAsOf(context, asOf), clusterId, year, unitId);
  }
}
