import { DomainError } from '../../../kernel/domain-error';
import { viDate } from '../../../kernel/vietnamese-date';
import type { AdoptCriteriaSet, FinalizeScores, ReopenScores } from './commands';
import type { ClusterYearEvent } from './events';
import { requireOpen, requireText } from './guards';
import type { ClusterYearState } from './state';
import type { ClusterYearErrorCode } from './errors';

export function adoptCriteriaSet(command: AdoptCriteriaSet, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, criteriaSetId, criteriaSet } = command;
  requireOpen(state, command);
  if (state.criteriaSet)
    throw new DomainError<ClusterYearErrorCode>(
      'CRITERIA_SET_ALREADY_ADOPTED',
      `Năm ${year} đã áp dụng bộ tiêu chí ${state.criteriaSet.criteriaSetId} phiên bản ${state.criteriaSet.version}.`,
    );
  if (!criteriaSet)
    throw new DomainError<ClusterYearErrorCode>(
      'CRITERIA_SET_NOT_FOUND',
      `Không tìm thấy bộ tiêu chí "${criteriaSetId}" (hoặc phiên bản yêu cầu).`,
    );
  if (criteriaSet.effectiveFrom > `${year}-12-31`)
    throw new DomainError<ClusterYearErrorCode>(
      'CRITERIA_SET_NOT_IN_FORCE',
      `Bộ tiêu chí ${criteriaSetId} phiên bản ${criteriaSet.version} chỉ có hiệu lực từ ${viDate(criteriaSet.effectiveFrom)}, sau năm ${year}.`,
    );
  return [{ type: 'CriteriaSetAdopted', data: { clusterId, year, criteriaSetId, version: criteriaSet.version } }];
}

export function finalize(command: FinalizeScores, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year } = command;
  requireOpen(state, command);
  if (!state.criteriaSet)
    throw new DomainError<ClusterYearErrorCode>('NO_CRITERIA_SET', `Cụm chưa áp dụng bộ tiêu chí nào cho năm ${year}.`);
  if (state.finalized) throw new DomainError<ClusterYearErrorCode>('ALREADY_FINALIZED', `Điểm năm ${year} đã được chốt.`);
  return [{ type: 'ScoresFinalized', data: { clusterId, year } }];
}

export function reopen(command: ReopenScores, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, reason } = command;
  requireOpen(state, command);
  if (!state.finalized)
    throw new DomainError<ClusterYearErrorCode>('NOT_FINALIZED', `Điểm năm ${year} chưa được chốt nên không cần mở lại.`);
  requireText(reason, 'REASON_REQUIRED', 'Mở lại điểm đã chốt phải nêu lý do.');
  return [{ type: 'ScoresReopened', data: { clusterId, year, reason } }];
}
