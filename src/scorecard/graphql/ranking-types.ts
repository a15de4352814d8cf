import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/history';
import type { Ranking, scoreSheet } from '../../../projections/scorecard/rankings';
import { CriterionKind } from '../../catalogue/domain/criteria/criteria-set';
import type { StageTotal } from '../domain/rank';
import { ScoreStage } from '../domain/score-stage';
import { fromHundredths, fromHundredthsOrNull } from '../../kernel/points';
import { CriteriaSetRef } from '../../cluster/graphql/year-records-types';
import { globalId, idDescription } from '../../graphql/global-id';
import { Node } from '../../graphql/node';

/** How a ranking names a unit: as in its year, and today (as known at the same position). */
export type YearNames = (unitId: string) => { name: string; currentName: string };

const stageTotalOut = (t: StageTotal): StageTotalGql => ({
  ...t,
  total: fromHundredths(t.total),
  standard: fromHundredths(t.standard),
  bonus: fromHundredths(t.bonus),
  penalty: fromHundredths(t.penalty),
});

@ObjectType('StageTotal', { description: 'Tổng điểm của một giai đoạn.' })
export class StageTotalGql {
  @Field(() => ScoreStage) stage!: ScoreStage;
  @Field(() => Float, { description: 'Tổng = điểm tiêu chí + điểm thưởng − điểm trừ' }) total!: number;
  @Field(() => Float) standard!: number;
  @Field(() => Float) bonus!: number;
  @Field(() => Float) penalty!: number;
  @Field(() => Int, { description: 'Số tiêu chí của bộ tiêu chí mà giai đoạn này đã chấm' }) scoredCriteria!: number;
  @Field(() => Int, { description: 'Số tiêu chí của bộ tiêu chí' }) criteriaInSet!: number;
}

@ObjectType('RankedUnit', { description: 'Một dòng của bảng xếp hạng.' })
export class RankedUnitGql {
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Tên đơn vị trong năm thi đua này (ngày lễ ký kết, hoặc cuối năm)' }) unitName!: string;
  @Field({ description: 'Tên đơn vị hiện nay' }) currentUnitName!: string;
  @Field(() => Int, { nullable: true, description: 'Thứ hạng (null khi chưa có điểm)' }) rank!: number | null;
  @Field(() => [StageTotalGql]) totals!: StageTotalGql[];
  @Field(() => [StageTotalGql], {
    description:
      'Nguồn của tổng điểm được tính: mỗi giai đoạn với các tiêu chí mà nó là giai đoạn muộn nhất đã chấm, và điểm của các tiêu chí đó',
  })
  effectiveParts!: StageTotalGql[];
  @Field(() => ScoreStage, { nullable: true, description: 'Giai đoạn muộn nhất đã chấm ít nhất một tiêu chí' })
  effectiveStage!: ScoreStage | null;
  @Field(() => Float, { description: 'Tổng điểm được tính: mỗi tiêu chí lấy điểm của giai đoạn muộn nhất đã chấm tiêu chí đó' })
  effectiveTotal!: number;
  @Field(() => String, { nullable: true, description: 'Xếp loại' }) classification!: string | null;
  @Field(() => ID, { nullable: true, description: 'Danh hiệu mà xếp loại này đủ điều kiện' }) qualifiesForTitleId!: string | null;
}

@ObjectType('Ranking', { implements: Node, description: 'Bảng xếp hạng của một Cụm trong một năm.' })
export class RankingGql {
  @Field(() => ID, { name: 'id', description: idDescription('Ranking', { clusterId: 'ag-2', year: 2024 }) })
  globalId!: string;

  @Field(() => ID) clusterId!: string;
  @Field(() => Int) year!: number;
  @Field(() => CriteriaSetRef) criteriaSet!: CriteriaSetRef;
  @Field({ description: 'Điểm đã được chốt' }) finalized!: boolean;
  @Field(() => [RankedUnitGql]) units!: RankedUnitGql[];

  /** A cluster year's ranking read at `at`, points as decimals. */
  static from(result: Ranking, year: { clusterId: string; year: number }, names: YearNames, at: At): RankingGql {
    return {
      globalId: globalId('Ranking', year, at),
      ...year,
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
}

@ObjectType('ScoreSheetRow', { description: 'Một tiêu chí trong bảng điểm, với điểm từng giai đoạn.' })
export class ScoreSheetRowGql {
  @Field(() => ID) sectionId!: string;
  @Field() sectionName!: string;
  @Field(() => ID) criterionId!: string;
  @Field() criterionName!: string;
  @Field(() => CriterionKind) kind!: CriterionKind;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Float, { nullable: true, description: 'Tự chấm' }) self!: number | null;
  @Field(() => Float, { nullable: true, description: 'Cụm chấm' }) cluster!: number | null;
  @Field(() => Float, { nullable: true, description: 'Hội đồng duyệt' }) council!: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm được tính: của giai đoạn muộn nhất đã chấm tiêu chí' }) effectivePoints!:
    number | null;
  @Field(() => ScoreStage, { nullable: true, description: 'Giai đoạn của điểm được tính' }) effectiveStage!: ScoreStage | null;
}

@ObjectType({ description: 'Bảng điểm của một đơn vị trong năm.' })
export class ScoreSheet {
  @Field(() => ID) clusterId!: string;
  @Field(() => Int) year!: number;
  @Field(() => ID) unitId!: string;
  @Field(() => CriteriaSetRef) criteriaSet!: CriteriaSetRef;
  @Field(() => [ScoreSheetRowGql]) rows!: ScoreSheetRowGql[];

  /** One unit's sheet, points as decimals. */
  static from(sheet: NonNullable<ReturnType<typeof scoreSheet>>, of: { clusterId: string; year: number; unitId: string }): ScoreSheet {
    return {
      ...of,
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
}
