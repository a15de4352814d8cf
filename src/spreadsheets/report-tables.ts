import type { At } from '../../projections/history';
import { yearNames } from '../../projections/cluster/names-by-year';
import { ranking, scoreSheet } from '../../projections/scorecard/rankings';
import type { ReadModels } from '../../projections/read-models';
import { PARTIAL_MEMBERSHIP_NOTE, type ClusterYearView } from '../../projections/cluster/views';
import type { YearRecordsView } from '../../projections/cluster/year/views';
import { wordsFor } from '../cluster/domain/cluster-kind';
import { ScoreStage } from '../scorecard/domain/score-stage';
import { fromHundredthsOrNull } from '../kernel/points';
import type { Table } from './table';
import { vietnameseWhen } from '../kernel/partial-date';

const STAGE_NAMES: Record<ScoreStage, string> = { SELF: 'Tự chấm', CLUSTER: 'Cụm chấm', COUNCIL: 'Hội đồng duyệt' };
const KIND_NAMES: Record<string, string> = { STANDARD: 'Tiêu chí', BONUS: 'Điểm thưởng', PENALTY: 'Điểm trừ' };
const AWARD_STATUS: Record<string, string> = { PROPOSED: 'Đã đề nghị', DECIDED: 'Đã quyết định', REVOKED: 'Đã thu hồi' };

/** Names for the tables of one cluster year: each unit as named in that year, and today. */
function names(models: ReadModels, clusterId: string, year: number, at: At) {
  const ofYear = yearNames(models.directory, clusterId, year, at);
  return {
    unit: (id: string | null) => (id ? ofYear(id).name : ''),
    currentUnit: (id: string) => ofYear(id).currentName,
    cluster: (id: string) => models.directory.cluster(id, at)?.name ?? id,
    title: (id: string | null) => (id ? (models.catalogue.title(id, at)?.name ?? id) : ''),
  };
}

/** Bảng xếp hạng; null when the year is not open or has no criteria set. */
export function rankingTable(models: ReadModels, clusterId: string, year: number, at: At): Table | null {
  const result = ranking(models, clusterId, year, at);
  if (!result) return null;
  const n = names(models, clusterId, year, at);
  const total = (stages: { stage: string; total: number }[], stage: ScoreStage) =>
    fromHundredthsOrNull(stages.find((t) => t.stage === stage)?.total);
  return {
    sheet: 'Xếp hạng',
    title: `Bảng xếp hạng thi đua năm ${year} – ${n.cluster(clusterId)}${result.finalized ? ' (đã chốt điểm)' : ''}`,
    columns: [
      { header: 'Hạng', format: 'integer', width: 8 },
      { header: 'Mã đơn vị', width: 20, key: true },
      { header: 'Đơn vị', width: 48 },
      { header: 'Tự chấm', format: 'points' },
      { header: 'Cụm chấm', format: 'points' },
      { header: 'Hội đồng duyệt', format: 'points' },
      { header: 'Tổng điểm tính', format: 'points' },
      { header: 'Nguồn điểm tính (giai đoạn: số tiêu chí)', width: 36 },
      { header: 'Xếp loại', width: 16 },
      { header: 'Tên hiện nay', width: 48 },
    ],
    rows: result.units.map((u) => [
      u.rank,
      u.unitId,
      n.unit(u.unitId),
      total(u.totals, ScoreStage.SELF),
      total(u.totals, ScoreStage.CLUSTER),
      total(u.totals, ScoreStage.COUNCIL),
      u.effectiveStage ? fromHundredthsOrNull(u.effectiveTotal) : null,
      u.effectiveParts.map((part) => `${STAGE_NAMES[part.stage]}: ${part.scoredCriteria}/${part.criteriaInSet}`).join('; '),
      u.classification ?? '',
      n.currentUnit(u.unitId),
    ]),
  };
}

/** Bảng điểm of one unit: every criterion with its points per stage. */
export function scoreSheetTable(models: ReadModels, clusterId: string, year: number, unitId: string, at: At): Table | null {
  const sheet = scoreSheet(models, clusterId, year, unitId, at);
  if (!sheet) return null;
  const n = names(models, clusterId, year, at);
  return {
    sheet: 'Bảng điểm',
    title: `Bảng điểm năm ${year} – ${n.unit(unitId)} – ${n.cluster(clusterId)} (bộ tiêu chí ${sheet.criteriaSet.legalBasis}, phiên bản ${sheet.criteriaSet.version})`,
    columns: [
      { header: 'Mục', width: 30 },
      { header: 'Mã tiêu chí', width: 14, key: true },
      { header: 'Tiêu chí', width: 48 },
      { header: 'Loại', width: 14 },
      { header: 'Điểm tối đa', format: 'points' },
      { header: 'Tự chấm', format: 'points' },
      { header: 'Cụm chấm', format: 'points' },
      { header: 'Hội đồng duyệt', format: 'points' },
      { header: 'Điểm tính', format: 'points' },
      { header: 'Giai đoạn tính', width: 16 },
    ],
    rows: sheet.rows.map((r) => [
      r.sectionName,
      r.criterionId,
      r.criterionName,
      KIND_NAMES[r.kind],
      fromHundredthsOrNull(r.maxPoints),
      fromHundredthsOrNull(r.self),
      fromHundredthsOrNull(r.cluster),
      fromHundredthsOrNull(r.council),
      fromHundredthsOrNull(r.effectivePoints),
      r.effectiveStage ? STAGE_NAMES[r.effectiveStage] : '',
    ]),
  };
}

/** What each sheet of a cluster year's summary is written from. */
interface YearSheets {
  year: number;
  members: ClusterYearView;
  records: YearRecordsView;
  n: ReturnType<typeof names>;
  words: ReturnType<typeof wordsFor>;
}

function membersTable({ year, members, n, words }: YearSheets, clusterId: string): Table {
  const role = (id: string) => (id === members.chairUnitId ? words.chair : id === members.viceChairUnitId ? words.viceChair : 'Thành viên');
  const officeHolder = (id: string | null) => (id ? n.unit(id) : 'chưa ghi nhận');
  return {
    sheet: 'Thành viên',
    title: `${n.cluster(clusterId)} – năm thi đua ${year} – ${words.chair}: ${officeHolder(members.chairUnitId)}; ${words.viceChair}: ${officeHolder(members.viceChairUnitId)}${members.membershipComplete ? '' : ` – thành viên: các đơn vị dưới đây ${PARTIAL_MEMBERSHIP_NOTE}`}`,
    columns: [
      { header: 'Mã đơn vị', width: 20, key: true },
      { header: 'Đơn vị', width: 48 },
      { header: 'Vai trò', width: 14 },
      { header: 'Tên hiện nay', width: 48 },
    ],
    rows: members.memberUnitIds.map((id) => [id, n.unit(id), role(id), n.currentUnit(id)]),
  };
}

function agreementTable({ records, n, members }: YearSheets): Table {
  const agreement = records.agreement;
  const notInForce = members.membershipComplete ? ' – chưa đủ chữ ký' : ' – chưa ghi nhận hiệu lực (danh sách thành viên chưa đầy đủ)';
  return {
    sheet: 'Giao ước',
    title: agreement
      ? `Giao ước thi đua${agreement.terms.theme ? `: "${agreement.terms.theme}"` : ' (chủ đề chưa ghi nhận)'} – ký ${vietnameseWhen(agreement.terms.ceremonyDate) || '(ngày chưa ghi nhận)'}${agreement.terms.hostUnitId ? ` tại ${n.unit(agreement.terms.hostUnitId)}` : ''}${agreement.inForce ? ' – có hiệu lực' : notInForce}`
      : 'Chưa có giao ước thi đua',
    columns: [
      { header: 'Đơn vị', width: 48 },
      { header: 'Người ký', width: 28 },
      { header: 'Chức vụ', width: 20 },
      { header: 'Ngày ký', format: 'date', width: 14 },
    ],
    rows: (agreement?.signatures ?? []).map((s) => [n.unit(s.unitId), s.signatoryName, s.signatoryPosition, s.signedOn]),
  };
}

function registrationsTable({ year, records, n }: YearSheets): Table {
  return {
    sheet: 'Đăng ký danh hiệu',
    title: `Đăng ký danh hiệu thi đua năm ${year}`,
    columns: [
      { header: 'Đơn vị', width: 48 },
      { header: 'Danh hiệu', width: 40 },
    ],
    rows: records.registrations.map((r) => [n.unit(r.unitId), n.title(r.titleId)]),
  };
}

function votesTable({ year, members, records, n }: YearSheets): Table {
  return {
    sheet: 'Bình xét',
    title: `Bình xét, bỏ phiếu năm ${year}`,
    columns: [
      { header: 'Danh hiệu', width: 40 },
      { header: 'Đơn vị được đề cử', width: 48 },
      { header: 'Phiếu tán thành', format: 'integer', width: 12 },
      { header: 'Số thành viên bỏ phiếu', format: 'integer', width: 12 },
      { header: 'Tình trạng', width: 16 },
    ],
    rows: records.votes.flatMap((v) =>
      v.candidateUnitIds.map((unitId) => [
        n.title(v.titleId),
        n.unit(unitId),
        v.closed
          ? (v.tallies.find((t) => t.unitId === unitId)?.approvals ?? 0)
          : v.ballots.filter((b) => b.approvedUnitIds.includes(unitId)).length,
        v.eligibleVoters ?? members.memberUnitIds.length,
        v.closed ? 'Đã kết thúc' : 'Đang bỏ phiếu',
      ]),
    ),
  };
}

function awardsTable({ year, records, n }: YearSheets): Table {
  return {
    sheet: 'Khen thưởng',
    title: `Khen thưởng năm ${year}`,
    columns: [
      { header: 'Đơn vị', width: 48 },
      { header: 'Danh hiệu', width: 40 },
      { header: 'Trạng thái', width: 16 },
      { header: 'Số quyết định', width: 18 },
      { header: 'Ngày quyết định', format: 'date', width: 14 },
      { header: 'Người ký', width: 28 },
      { header: 'Căn cứ thu hồi', width: 40 },
    ],
    rows: records.awards.map((a) => [
      n.unit(a.unitId),
      n.title(a.titleId),
      AWARD_STATUS[a.status],
      a.decision?.decisionNumber ?? null,
      a.decision?.decisionDate ?? null,
      a.decision?.signer ?? null,
      a.revocation
        ? `${a.revocation.grounds}${a.revocation.withAwardId ? ` (thu hồi theo khen thưởng ${a.revocation.withAwardId})` : ''}`
        : null,
    ]),
  };
}

/** The summary of a cluster year: members and offices, the agreement's signatories, registrations, ranking, awards. */
export function clusterYearTables(models: ReadModels, clusterId: string, year: number, at: At): Table[] | null {
  const members = models.directory.clusterYear(clusterId, year, at);
  const records = models.yearRecords.records(clusterId, year, at);
  if (!members || !records) return null;
  const sheets: YearSheets = {
    year,
    members,
    records,
    n: names(models, clusterId, year, at),
    words: wordsFor(models.directory.cluster(clusterId, at)?.kind),
  };
  const ranked = rankingTable(models, clusterId, year, at);
  return [
    membersTable(sheets, clusterId),
    agreementTable(sheets),
    registrationsTable(sheets),
    ...(ranked ? [ranked] : []),
    votesTable(sheets),
    awardsTable(sheets),
  ];
}

/** The score sheet template: one row per member and criterion; the officer fills Giai đoạn, Điểm and, for a correction, Lý do sửa. */
export function scoreImportTemplate(models: ReadModels, clusterId: string, year: number): Table | null {
  const members = models.directory.clusterYear(clusterId, year);
  const adopted = models.yearRecords.records(clusterId, year)?.criteriaSet;
  const set = adopted && models.catalogue.criteriaSet(adopted.criteriaSetId, adopted.version);
  if (!members || !set) return null;
  const n = names(models, clusterId, year, 'current');
  return {
    sheet: 'Nhập điểm',
    title: `Mẫu nhập điểm năm ${year} – ${n.cluster(clusterId)}: điền Giai đoạn (Tự chấm, Cụm chấm, Hội đồng duyệt) và Điểm; sửa điểm đã có thì ghi Lý do sửa`,
    columns: [
      { header: 'Mã đơn vị', width: 20, key: true },
      { header: 'Đơn vị', width: 40 },
      { header: 'Mã tiêu chí', width: 14, key: true },
      { header: 'Tiêu chí', width: 40 },
      { header: 'Điểm tối đa', format: 'points' },
      { header: 'Giai đoạn', width: 16 },
      { header: 'Điểm', format: 'points' },
      { header: 'Minh chứng', width: 30 },
      { header: 'Lý do sửa', width: 30 },
    ],
    rows: members.memberUnitIds.flatMap((unitId) =>
      set.sections.flatMap((section) =>
        section.criteria.map((c) => [
          unitId,
          n.unit(unitId),
          c.criterionId,
          c.name,
          fromHundredthsOrNull(c.maxPoints),
          null,
          null,
          null,
          null,
        ]),
      ),
    ),
  };
}
