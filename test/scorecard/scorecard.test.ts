import type { RecordScore } from '../../src/scorecard/domain/commands';
import { scorecardDecider } from '../../src/scorecard/domain/decider';
import type { ScorecardEvent } from '../../src/scorecard/domain/events';
import { ScoreStage } from '../../src/scorecard/domain/score-stage';
import { specification } from '../support/decider-specification';
import { criteriaSet, y } from '../support/domain-fixtures';

const given = specification(scorecardDecider);
const facts = { member: true, criteriaSet, finalized: false };
const record: RecordScore = {
  type: 'RecordScore',
  ...y,
  unitId: 'tan-chau',
  criterionId: 'c1',
  stage: ScoreStage.SELF,
  points: 3850,
  evidence: 'Báo cáo tổng kết',
  facts,
};
const key = { ...y, unitId: 'tan-chau', criterionId: 'c1', stage: ScoreStage.SELF, criteriaSetId: 'qd-424', criteriaSetVersion: 1 };
const recorded: ScorecardEvent = { type: 'ScoreRecorded', data: { ...key, points: 3850, evidence: 'Báo cáo tổng kết' } };
const correct = { ...record, type: 'CorrectScore' as const, points: 3700, reason: 'Thẩm định lại chỉ tiêu', evidence: null };

describe('scorecard: RecordScore', () => {
  it('records points in hundredths with the criteria set version', () => given([]).when(record).then([recorded]));
  it('records the same criterion at another stage', () =>
    given([recorded])
      .when({ ...record, stage: ScoreStage.CLUSTER })
      .then([{ type: 'ScoreRecorded', data: { ...key, stage: ScoreStage.CLUSTER, points: 3850, evidence: 'Báo cáo tổng kết' } }]));
  it('accepts the maximum and zero', () => {
    given([])
      .when({ ...record, points: 4000 })
      .then([{ ...recorded, data: { ...recorded.data, points: 4000 } }]);
    given([])
      .when({ ...record, points: 0 })
      .then([{ ...recorded, data: { ...recorded.data, points: 0 } }]);
  });
  it.each([[-1], [4001], [12.5]])('refuses %p hundredths: POINTS_OUT_OF_RANGE', (points) =>
    given([])
      .when({ ...record, points })
      .thenThrows('POINTS_OUT_OF_RANGE'),
  );
  it('bounds a penalty by its own maximum: POINTS_OUT_OF_RANGE', () =>
    given([])
      .when({ ...record, criterionId: 'p1', points: 1001 })
      .thenThrows('POINTS_OUT_OF_RANGE'));
  it('scores members only: SCORED_UNIT_NOT_MEMBER', () =>
    given([])
      .when({ ...record, facts: { ...facts, member: false } })
      .thenThrows('SCORED_UNIT_NOT_MEMBER'));
  it('needs the year to have a criteria set: NO_CRITERIA_SET', () =>
    given([])
      .when({ ...record, facts: { ...facts, criteriaSet: null } })
      .thenThrows('NO_CRITERIA_SET'));
  it("takes criteria of the year's set only: CRITERION_NOT_IN_SET", () =>
    given([])
      .when({ ...record, criterionId: 'c9' })
      .thenThrows('CRITERION_NOT_IN_SET'));
  it('refuses changes once finalized: SCORES_FINALIZED', () =>
    given([])
      .when({ ...record, facts: { ...facts, finalized: true } })
      .thenThrows('SCORES_FINALIZED'));
  it('records a score once; a change is a correction: SCORE_ALREADY_RECORDED', () =>
    given([recorded]).when(record).thenThrows('SCORE_ALREADY_RECORDED'));
});

describe('scorecard: CorrectScore', () => {
  it('corrects with the previous value and the reason', () =>
    given([recorded])
      .when(correct)
      .then([
        { type: 'ScoreCorrected', data: { ...key, previousPoints: 3850, points: 3700, reason: 'Thẩm định lại chỉ tiêu', evidence: null } },
      ]));
  it('needs a recorded score: SCORE_NOT_RECORDED', () => given([]).when(correct).thenThrows('SCORE_NOT_RECORDED'));
  it('needs a reason: REASON_REQUIRED', () =>
    given([recorded])
      .when({ ...correct, reason: '  ' })
      .thenThrows('REASON_REQUIRED'));
  it('changes the value: SCORE_UNCHANGED', () =>
    given([recorded])
      .when({ ...correct, points: 3850 })
      .thenThrows('SCORE_UNCHANGED'));
  it('refuses corrections once finalized: SCORES_FINALIZED', () =>
    given([recorded])
      .when({ ...correct, facts: { ...facts, finalized: true } })
      .thenThrows('SCORES_FINALIZED'));
  it('keeps corrections within bounds: POINTS_OUT_OF_RANGE', () =>
    given([recorded])
      .when({ ...correct, points: 5000 })
      .thenThrows('POINTS_OUT_OF_RANGE'));
});
