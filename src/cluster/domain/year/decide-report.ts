import { DomainError } from '../../../kernel/domain-error';
import { parsePartialDate, vietnameseWhen } from '../../../kernel/partial-date';
import type { IssueClusterYearReport } from './commands';
import type { ClusterYearErrorCode } from './errors';
import type { ClusterYearEvent } from './events';
import { requireOpen } from './guards';
import type { ClusterYearState } from './state';

/** "15/BC-CTĐ", "07a/BC-KTĐ2": a number, then the symbol after a slash, as the register writes them. */
const NUMBER_SYMBOL = /^\d+[\p{L}]?\/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*$/u;

/** Cấp số báo cáo tổng hợp năm: once, in the register's form, on a day of that year or later. */
export function issueReport(command: IssueClusterYearReport, state: ClusterYearState): ClusterYearEvent[] {
  requireOpen(state, command);
  const { clusterId, year, issuedOn } = command;
  const number = command.number.trim();
  if (state.reportNumber !== null)
    throw new DomainError<ClusterYearErrorCode>(
      'REPORT_ALREADY_ISSUED',
      `Báo cáo tổng hợp năm ${year} đã được cấp số ${state.reportNumber}; mỗi báo cáo chỉ cấp số một lần.`,
    );
  if (!NUMBER_SYMBOL.test(number))
    throw new DomainError<ClusterYearErrorCode>(
      'REPORT_NUMBER_INVALID',
      `Số, ký hiệu báo cáo "${command.number}" không hợp lệ: ghi số và ký hiệu như trong sổ văn bản, ví dụ "15/BC-CTĐ".`,
    );
  if (parsePartialDate(issuedOn)?.day == null)
    throw new DomainError<ClusterYearErrorCode>(
      'DATE_INVALID',
      `Ngày ban hành báo cáo "${issuedOn}" không hợp lệ: ghi ngày đầy đủ ("2023-01-15"), ngày văn thư cấp số.`,
    );
  if (Number(issuedOn.slice(0, 4)) < year)
    throw new DomainError<ClusterYearErrorCode>(
      'REPORT_ISSUED_BEFORE_YEAR',
      `Báo cáo tổng hợp năm ${year} không thể ban hành ${vietnameseWhen(issuedOn)}, trước năm thi đua: kiểm tra lại ngày ban hành.`,
    );
  return [{ type: 'ClusterYearReportIssued', data: { clusterId, year, number, issuedOn } }];
}
