import { DomainError } from '../../../kernel/domain-error';
import { canonicalPartialDate } from '../../../kernel/partial-date';
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

/** A date as the record gives it ("2020", "2020-02", "2020-02-14"), in canonical form; refuses one that cannot be. */
export function partialDate<T extends string | null>(text: T, what: string): T {
  if (text === null) return text;
  const canonical = canonicalPartialDate(text);
  if (canonical === null)
    throw new DomainError<ClusterYearErrorCode>(
      'DATE_INVALID',
      `Ngày ${what} "${text}" không hợp lệ: ghi năm ("2020"), năm và tháng ("2020-02") hoặc ngày đầy đủ ("2020-02-14").`,
    );
  return canonical as T;
}
