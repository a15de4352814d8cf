import type { ScoreCorrected, ScoreRecorded } from '../../src/scorecard/domain/events';
import { ScoreStage } from '../../src/scorecard/domain/score-stage';
import { ScoresProjection } from '../../projections/scorecard/scores-projection';
import { specificationOf } from '../support/projection-specification';

const given = specificationOf(() => new ScoresProjection());
const key = { clusterId: 'ag-2', year: 2022, criteriaSetId: 'qd-424', criteriaSetVersion: 1 };

const scored = (unitId: string, criterionId: string, stage: ScoreStage, points: number, year = 2022): ScoreRecorded => ({
  type: 'ScoreRecorded',
  data: { ...key, year, unitId, criterionId, stage, points, evidence: null },
});
const corrected = (unitId: string, criterionId: string, stage: ScoreStage, previousPoints: number, points: number): ScoreCorrected => ({
  type: 'ScoreCorrected',
  data: { ...key, unitId, criterionId, stage, previousPoints, points, reason: 'Cộng nhầm chỉ tiêu', evidence: 'BB-12' },
});

describe('ScoresProjection', () => {
  it('keeps each stage apart: a cluster score sits beside the self-assessment, not over it', () =>
    given(scored('tan-chau', 'c1', ScoreStage.SELF, 3500), scored('tan-chau', 'c1', ScoreStage.CLUSTER, 3200)).then((scores) => {
      const card = scores.card('ag-2', 2022, 'tan-chau');
      expect(card.get(ScoreStage.SELF)?.get('c1')).toBe(3500);
      expect(card.get(ScoreStage.CLUSTER)?.get('c1')).toBe(3200);
    }));

  it('a correction replaces the earlier points at that stage and keeps the history', () =>
    given(scored('tan-chau', 'c1', ScoreStage.SELF, 3500), corrected('tan-chau', 'c1', ScoreStage.SELF, 3500, 3800)).then((scores) => {
      expect(scores.card('ag-2', 2022, 'tan-chau').get(ScoreStage.SELF)?.get('c1')).toBe(3800);
      expect(scores.card('ag-2', 2022, 'tan-chau', 1).get(ScoreStage.SELF)?.get('c1')).toBe(3500);
      expect(scores.history('ag-2', 2022, 'tan-chau', 'c1')).toEqual([1, 2]);
      expect(scores.history('ag-2', 2022, 'tan-chau', 'c1', 1)).toEqual([1]);
    }));

  it('answers as of a position between events, and with nothing before the first score', () =>
    given(
      scored('tan-chau', 'c1', ScoreStage.SELF, 3500),
      scored('tan-chau', 'c2', ScoreStage.SELF, 3000),
      corrected('tan-chau', 'c1', ScoreStage.SELF, 3500, 3900),
    ).then((scores) => {
      expect(scores.card('ag-2', 2022, 'tan-chau', 0).size).toBe(0);
      expect([...scores.card('ag-2', 2022, 'tan-chau', 2).get(ScoreStage.SELF)!]).toEqual([
        ['c1', 3500],
        ['c2', 3000],
      ]);
      expect(scores.changesIn('ag-2', 2022, 2)).toEqual([1, 2]);
    }));

  it("keeps units and years apart: one unit's score is not another's, nor another year's", () =>
    given(
      scored('tan-chau', 'c1', ScoreStage.SELF, 3500),
      scored('tri-ton', 'c1', ScoreStage.SELF, 2000),
      scored('tan-chau', 'c1', ScoreStage.SELF, 1000, 2023),
      { type: 'ClusterYearOpened', data: { clusterId: 'ag-2', year: 2024, memberUnitIds: ['tan-chau'] } },
    ).then((scores) => {
      expect(scores.card('ag-2', 2022, 'tan-chau').get(ScoreStage.SELF)?.get('c1')).toBe(3500);
      expect(scores.card('ag-2', 2022, 'tri-ton').get(ScoreStage.SELF)?.get('c1')).toBe(2000);
      expect(scores.changesIn('ag-2', 2022)).toEqual([1, 2]);
      expect(scores.changesIn('ag-2', 2023)).toEqual([3]);
      expect(scores.changesIn('ag-2', 2024)).toEqual([]);
    }));
});
