import { createReadModels } from '../../projections/read-models';
import { ranking, scoreSheet } from '../../projections/scorecard/rankings';
import type { ScorecardEvent } from '../../src/scorecard/domain/events';
import { ScoreStage } from '../../src/scorecard/domain/score-stage';
import { criteriaSet, y } from '../support/domain-fixtures';
import { projectionSpecification, type Given } from '../support/projection-specification';

const given = projectionSpecification(() => {
  const { models, projections } = createReadModels();
  return { model: models, projections };
});
const set = { criteriaSetId: 'qd-424', criteriaSetVersion: 1 };
const self = (unitId: string, criterionId: string, points: number): ScorecardEvent => ({
  type: 'ScoreRecorded',
  data: { ...y, ...set, unitId, criterionId, stage: ScoreStage.SELF, points, evidence: null },
});
const year: Given[] = [
  { type: 'CriteriaSetPublished', data: criteriaSet },
  { type: 'ClusterYearOpened', data: { ...y, memberUnitIds: ['tan-chau', 'tri-ton'] } },
  { type: 'CriteriaSetAdopted', data: { ...y, criteriaSetId: 'qd-424', version: 1 } },
  self('tan-chau', 'c1', 3500),
  self('tri-ton', 'c1', 3800),
];
const order = (r: ReturnType<typeof ranking>) => r?.units.map((u) => [u.unitId, u.effectiveTotal]);

describe('ranking and score sheet', () => {
  it('is absent until the year has members and an adopted criteria set', () =>
    given(...year).then((models) => {
      expect(ranking(models, 'ag-2', 2022, 2)).toBeNull();
      expect(order(ranking(models, 'ag-2', 2022))).toEqual([
        ['tri-ton', 3800],
        ['tan-chau', 3500],
      ]);
    }));

  it('a cluster correction outranks the self-assessment for that criterion', () =>
    given(...year, {
      type: 'ScoreRecorded',
      data: { ...y, ...set, unitId: 'tri-ton', criterionId: 'c1', stage: ScoreStage.CLUSTER, points: 3000, evidence: null },
    }).then((models) => {
      expect(order(ranking(models, 'ag-2', 2022))).toEqual([
        ['tan-chau', 3500],
        ['tri-ton', 3000],
      ]);
      expect(scoreSheet(models, 'ag-2', 2022, 'tri-ton')?.rows[0]).toMatchObject({
        self: 3800,
        cluster: 3000,
        effectivePoints: 3000,
        effectiveStage: ScoreStage.CLUSTER,
      });
    }));

  it('a finalization freezes the ranking: reopened and corrected later, the ranking as of the finalization is unchanged', () =>
    given(
      ...year,
      { type: 'ScoresFinalized', data: y },
      { type: 'ScoresReopened', data: { ...y, reason: 'Khiếu nại' } },
      {
        type: 'ScoreCorrected',
        data: {
          ...y,
          ...set,
          unitId: 'tan-chau',
          criterionId: 'c1',
          stage: ScoreStage.SELF,
          previousPoints: 3500,
          points: 4000,
          reason: 'Khiếu nại được chấp nhận',
          evidence: null,
        },
      },
    ).then((models) => {
      const frozen = ranking(models, 'ag-2', 2022, 6);
      expect(frozen?.finalized).toBe(true);
      expect(order(frozen)).toEqual([
        ['tri-ton', 3800],
        ['tan-chau', 3500],
      ]);
      expect(ranking(models, 'ag-2', 2022)?.finalized).toBe(false);
      expect(order(ranking(models, 'ag-2', 2022))).toEqual([
        ['tan-chau', 4000],
        ['tri-ton', 3800],
      ]);
    }));

  it("a withdrawn member leaves the ranking from the withdrawal's position", () =>
    given(...year, { type: 'MemberWithdrawn', data: { ...y, unitId: 'tri-ton' } }).then((models) => {
      expect(order(ranking(models, 'ag-2', 2022))).toEqual([['tan-chau', 3500]]);
      expect(ranking(models, 'ag-2', 2022, 5)?.units).toHaveLength(2);
    }));
});
