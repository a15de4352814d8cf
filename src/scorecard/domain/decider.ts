import { CriterionKind, findCriterion } from '../../catalogue/domain/criteria/criteria-set';
import type { Decider } from '../../kernel/decider';
import { DomainError } from '../../kernel/domain-error';
import { fromHundredths } from '../../kernel/points';
import type { ScorecardCommand } from './commands';
import type { ScorecardEvent } from './events';
import type { ScoreStage } from './score-stage';
import type { ScorecardErrorCode } from './errors';

export interface ScorecardState {
  /** Current points (hundredths) by stage, then criterion. */
  points: ReadonlyMap<ScoreStage, ReadonlyMap<string, number>>;
}

const show = (hundredths: number) => fromHundredths(hundredths).toFixed(2);

function check(command: ScorecardCommand) {
  const { facts, year, unitId, criterionId, points } = command;
  if (!facts.member)
    throw new DomainError<ScorecardErrorCode>(
      'SCORED_UNIT_NOT_MEMBER',
      `Đơn vị "${unitId}" không phải thành viên của Cụm năm ${year}, nên không thể chấm điểm.`,
    );
  if (!facts.criteriaSet) throw new DomainError<ScorecardErrorCode>('NO_CRITERIA_SET', `Cụm chưa áp dụng bộ tiêu chí nào cho năm ${year}.`);
  if (facts.finalized)
    throw new DomainError<ScorecardErrorCode>(
      'SCORES_FINALIZED',
      `Điểm năm ${year} đã được chốt; chỉ có thể thay đổi sau khi Hội đồng mở lại (có nêu lý do).`,
    );
  const criterion = findCriterion(facts.criteriaSet, criterionId);
  if (!criterion)
    throw new DomainError<ScorecardErrorCode>(
      'CRITERION_NOT_IN_SET',
      `Tiêu chí "${criterionId}" không có trong bộ tiêu chí ${facts.criteriaSet.criteriaSetId} phiên bản ${facts.criteriaSet.version}.`,
    );
  if (!Number.isInteger(points) || points < 0 || points > criterion.maxPoints)
    throw new DomainError<ScorecardErrorCode>(
      'POINTS_OUT_OF_RANGE',
      `${criterion.kind === CriterionKind.PENALTY ? 'Điểm trừ' : 'Điểm'} của tiêu chí "${criterionId}" phải từ 0 đến ${show(criterion.maxPoints)}, nhận được ${show(points)}.`,
      { min: 0, max: fromHundredths(criterion.maxPoints) },
    );
  return { criteriaSetId: facts.criteriaSet.criteriaSetId, criteriaSetVersion: facts.criteriaSet.version };
}

export const scorecardDecider: Decider<ScorecardCommand, ScorecardState, ScorecardEvent> = {
  initialState: () => ({ points: new Map() }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'ScoreRecorded':
      case 'ScoreCorrected': {
        const { stage, criterionId } = event.data;
        const points = new Map(state.points);
        points.set(stage, new Map(state.points.get(stage)).set(criterionId, event.data.points));
        return { points };
      }
      default:
        return state;
    }
  },

  decide: (command, state) => {
    const set = check(command);
    const { clusterId, year, unitId, criterionId, stage, points, evidence } = command;
    const current = state.points.get(stage)?.get(criterionId);
    const key = { clusterId, year, unitId, criterionId, stage, ...set };
    switch (command.type) {
      case 'RecordScore':
        if (current !== undefined)
          throw new DomainError<ScorecardErrorCode>(
            'SCORE_ALREADY_RECORDED',
            `Tiêu chí "${criterionId}" ở giai đoạn ${stage} đã có điểm ${show(current)}; dùng chức năng sửa điểm (kèm lý do).`,
          );
        return [{ type: 'ScoreRecorded', data: { ...key, points, evidence } }];
      case 'CorrectScore':
        if (current === undefined)
          throw new DomainError<ScorecardErrorCode>(
            'SCORE_NOT_RECORDED',
            `Tiêu chí "${criterionId}" ở giai đoạn ${stage} chưa có điểm để sửa.`,
          );
        if (command.reason.trim() === '') throw new DomainError<ScorecardErrorCode>('REASON_REQUIRED', 'Sửa điểm phải nêu lý do.');
        if (current === points)
          throw new DomainError<ScorecardErrorCode>('SCORE_UNCHANGED', `Điểm của tiêu chí "${criterionId}" đã là ${show(points)}.`);
        return [{ type: 'ScoreCorrected', data: { ...key, previousPoints: current, points, reason: command.reason, evidence } }];
    }
  },
};
