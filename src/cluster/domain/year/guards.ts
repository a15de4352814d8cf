import { DomainError } from '../../../kernel/domain-error';
import type { ClusterYearErrorCode } from './errors';
import type { ClusterYearState } from './state';

type Year = { clusterId: string; year: number };

export function requireOpen(state: ClusterYearState, command: Year): void {
  if (!state.opened)
    throw new DomainError<ClusterYearErrorCode>(
      'YEAR_NOT_OPEN',
      `Năm thi đua ${command.year} của Cụm "${command.clusterId}" chưa được mở.`,
    );
}

/** The unit must be a member of the year; `code` says which rule the caller broke. */
export function requireMember(state: ClusterYearState, command: Year, unitId: string, code: ClusterYearErrorCode, doing: string): void {
  requireOpen(state, command);
  if (!state.members.has(unitId))
    throw new DomainError<ClusterYearErrorCode>(
      code,
      `Đơn vị "${unitId}" không phải thành viên của Cụm năm ${command.year}, nên không thể ${doing}.`,
      {
        unitId,
      },
    );
}

export function requireText(value: string, code: ClusterYearErrorCode, message: string): void {
  if (value.trim() === '') throw new DomainError<ClusterYearErrorCode>(code, message);
}
