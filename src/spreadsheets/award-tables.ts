import type { At } from '../../projections/history';
import type { ReadModels } from '../../projections/read-models';
import { awardReport, awardSummary, type AwardReportView, type AwardTally } from '../awards/graphql/award-report-reads';
import type { AwardKind } from '../catalogue/domain/award-catalogue/entry';
import { entryById } from '../catalogue/domain/award-catalogue/catalogue';
import { formatDate, type Cell, type Table } from './table';

const KIND_NAMES: Record<AwardKind, string> = { TITLE: 'Danh hiệu', FORM: 'Hình thức' };

/** A count-only award names no one: the sheet says how many it was for. */
const recipient = (award: AwardReportView) => award.candidateName ?? `${award.count} suất chưa nêu tên`;

const revocation = ({ revoked }: AwardReportView) => (revoked ? `Hủy bỏ ${formatDate(revoked.revokedOn)}: ${revoked.grounds}` : null);

/** Danh sách khen thưởng of a year: every decided award, the revoked ones marked in the last column. */
export function awardsTable(models: ReadModels, year: number, at: At): Table {
  return {
    sheet: 'Khen thưởng',
    title: `Danh sách khen thưởng năm ${year}`,
    columns: [
      { header: 'Năm', format: 'integer', width: 8 },
      { header: 'Tên tập thể/cá nhân', width: 48 },
      { header: 'Danh hiệu/hình thức', width: 44 },
      { header: 'Số quyết định', width: 18 },
      { header: 'Ngày quyết định', format: 'date', width: 16 },
      { header: 'Người ký', width: 28 },
      { header: 'Hủy bỏ', width: 48 },
    ],
    rows: awardReport(models, { year }, at).map((award) => [
      award.year,
      recipient(award),
      entryById(award.entryId)?.name ?? award.entryId,
      award.decisionNumber,
      award.decisionDate,
      award.signer,
      revocation(award),
    ]),
  };
}

const tallyCells = (tally: AwardTally): Cell[] => [tally.proposed, tally.approved, tally.decided, tally.revoked];

/** Tổng hợp khen thưởng of a year: one row per catalogue entry, then the totals for persons, collectives and unnamed ones. */
export function awardSummaryTable(models: ReadModels, year: number, at: At): Table {
  const summary = awardSummary(models, year, at);
  const total = (label: string, tally: AwardTally): Cell[] => [null, label, null, ...tallyCells(tally)];
  return {
    sheet: 'Tổng hợp khen thưởng',
    title: `Tổng hợp khen thưởng năm ${year} (số suất)`,
    columns: [
      { header: 'Mã', width: 30, key: true },
      { header: 'Danh hiệu/hình thức', width: 48 },
      { header: 'Loại', width: 12 },
      { header: 'Đề nghị', format: 'integer', width: 10 },
      { header: 'Đồng ý', format: 'integer', width: 10 },
      { header: 'Quyết định', format: 'integer', width: 10 },
      { header: 'Hủy bỏ', format: 'integer', width: 10 },
    ],
    rows: [
      ...summary.entries.map((entry) => [entry.entryId, entry.entryName, KIND_NAMES[entry.kind], ...tallyCells(entry)]),
      total('Cộng cá nhân', summary.persons),
      total('Cộng tập thể', summary.collectives),
      total('Cộng suất chưa nêu tên', summary.notNamed),
    ],
  };
}
