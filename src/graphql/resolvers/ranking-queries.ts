import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { yearNames } from '../../../projections/directory/names-by-year';
import { ranking, scoreSheet } from '../../../projections/rankings';
import type { CriteriaSetVersion } from '../../domain/criteria/criteria-set';
import type { At } from '../../../projections/history';
import type { App } from '../../app';
import type { StageTotal } from '../../domain/ranking/rank';
import { resolveAt } from '../as-of';
import { globalId } from '../global-id';
import type { GraphQLContext } from '../context';
import { AS_OF, AsOfScalar, type AsOfValue } from '../scalars/as-of';
import { fromHundredths, fromHundredthsOrNull } from '../../domain/shared/points';
import { CriteriaSetVersionGql, Title } from '../types/catalogue';
import { RankingGql, ScoreSheet } from '../types/ranking';

function criteriaSetOut(set: CriteriaSetVersion): CriteriaSetVersionGql {
  return {
    ...set,
    sections: set.sections.map((s) => ({
      ...s,
      criteria: s.criteria.map((c) => ({ ...c, maxPoints: fromHundredths(c.maxPoints) })),
    })),
    thresholds: set.thresholds.map((t) => ({ ...t, minPoints: fromHundredths(t.minPoints) })),
  };
}

function stageTotalOut(t: StageTotal) {
  return {
    ...t,
    total: fromHundredths(t.total),
    standard: fromHundredths(t.standard),
    bonus: fromHundredths(t.bonus),
    penalty: fromHundredths(t.penalty),
  };
}

/** The ranking of a cluster year at `at`, points as decimals; null before the year has a criteria set. */
export function rankingOut(app: Pick<App, 'models'>, clusterId: string, year: number, at: At): RankingGql | null {
  const result = ranking(app.models, clusterId, year, at);
  if (!result) return null;
  const names = yearNames(app.models.directory, clusterId, year, at);
  return {
    globalId: globalId('Ranking', { clusterId, year }, at),
    clusterId,
    year,
    criteriaSet: { criteriaSetId: result.criteriaSet.criteriaSetId, version: result.criteriaSet.version },
    finalized: result.finalized,
    units: result.units.map((u) => ({
      ...u,
      unitName: names(u.unitId).name,
      currentUnitName: names(u.unitId).currentName,
      effectiveTotal: fromHundredths(u.effectiveTotal),
      totals: u.totals.map(stageTotalOut),
      effectiveParts: u.effectiveParts.map(stageTotalOut),
    })),
  };
}

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
    @Ctx() { app }: GraphQLContext,
  ): RankingGql | null {
    return rankingOut(app, clusterId, year, resolveAt(app, asOf));
  }

  @Authorized()
  @Query(() => ScoreSheet, { nullable: true, description: 'Bảng điểm của một đơn vị: mọi tiêu chí với điểm từng giai đoạn.' })
  scoreSheet(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): ScoreSheet | null {
    const sheet = scoreSheet(app.models, clusterId, year, unitId, resolveAt(app, asOf));
    if (!sheet) return null;
    return {
      clusterId,
      year,
      unitId,
      criteriaSet: { criteriaSetId: sheet.criteriaSet.criteriaSetId, version: sheet.criteriaSet.version },
      rows: sheet.rows.map((row) => ({
        ...row,
        maxPoints: fromHundredths(row.maxPoints),
        self: fromHundredthsOrNull(row.self),
        cluster: fromHundredthsOrNull(row.cluster),
        council: fromHundredthsOrNull(row.council),
        effectivePoints: fromHundredthsOrNull(row.effectivePoints),
      })),
    };
  }

  @Authorized()
  @Query(() => [Title], { description: 'Danh mục danh hiệu thi đua.' })
  titles(@Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null, @Ctx() { app }: GraphQLContext): Title[] {
    return app.models.catalogue.allTitles(resolveAt(app, asOf));
  }

  @Authorized()
  @Query(() => [CriteriaSetVersionGql], { description: 'Các phiên bản của một bộ tiêu chí, cũ nhất trước.' })
  criteriaSet(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() { app }: GraphQLContext,
  ): CriteriaSetVersionGql[] {
    return app.models.catalogue.criteriaSetVersions(id, resolveAt(app, asOf)).map(criteriaSetOut);
  }
}
