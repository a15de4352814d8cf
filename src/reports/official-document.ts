import type { At } from '../../projections/history';
import type { ReadModels } from '../../projections/read-models';
import { PARTIAL_MEMBERSHIP_NOTE } from '../../projections/cluster/views';
import type { AgreementView } from '../../projections/cluster/year/views';
import { ClusterKind } from '../cluster/domain/cluster-kind';
import { clusterYearTables, rankingTable, scoreSheetTable } from '../spreadsheets/report-tables';
import type { Table } from '../spreadsheets/table';
import { vietnameseWhen } from '../kernel/partial-date';

/**
 * A report laid out as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * the issuing body under its superior, number and symbol, place and date, the kind and summary of
 * the document, its body, the signature block and the recipients. One model, printed as PDF and as
 * an HTML print page.
 */
export interface OfficialDocument {
  /** Cơ quan chủ quản, e.g. "VIỆN KIỂM SÁT NHÂN DÂN TỈNH AN GIANG". */
  superior: string;
  /** Cơ quan ban hành, e.g. "CỤM THI ĐUA SỐ 2". */
  issuer: string;
  /** Số, ký hiệu: the number is left for the clerk (văn thư) to fill in when the document is issued. */
  numberSymbol: string;
  /** Địa danh, ngày tháng năm, e.g. "Tân Châu, ngày 22 tháng 02 năm 2022". */
  placeDate: string;
  /** Tên loại văn bản, e.g. "BÁO CÁO". */
  kind: string;
  /** Trích yếu nội dung. */
  summary: string;
  /** Headings, paragraphs and tables (as in the spreadsheets, without their machine-key columns), in order. */
  body: Block[];
  signature: { capacity: string; position: string; signer: string | null; unit: string | null };
  recipients: string[];
  /** The name of the file, without extension. */
  filename: string;
}

export type Block = { heading: string } | { text: string } | { table: Table };

const VKSND = /^Viện kiểm sát nhân dân\s+/i;
const PLACE_PREFIX = /^(tỉnh|thành phố|huyện|quận|thị xã|khu vực|cấp cao tại)\s+/i;

/** The place a unit's documents are dated at: "Viện kiểm sát nhân dân thị xã Tân Châu" → "Tân Châu". */
export function placeOf(unitName: string): string {
  const rest = unitName.replace(VKSND, '');
  if (/^tối cao/i.test(rest)) return 'Hà Nội';
  return rest.replace(PLACE_PREFIX, '').replace(PLACE_PREFIX, '') || rest;
}

/** "…, ngày 05 tháng 02 năm 2022": days below 10 and months 1 and 2 take a leading zero. */
export function placeAndDate(place: string, isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const two = (n: number, pad: boolean) => (pad && n < 10 ? `0${n}` : String(n));
  return `${place}, ngày ${two(day, day < 10)} tháng ${two(month, month <= 2)} năm ${year}`;
}

const withoutKeys = (table: Table): Table => {
  const keep = table.columns.map((c, i) => (c.key ? -1 : i)).filter((i) => i >= 0);
  return { ...table, columns: keep.map((i) => table.columns[i]), rows: table.rows.map((row) => keep.map((i) => row[i])) };
};

interface Context {
  models: ReadModels;
  clusterId: string;
  year: number;
  at: At;
  /** The day the document is dated (ISO), the as-of date when one was asked for. */
  date: string;
}

/** What every report of a cluster year shares: issuer, place, date, signature, recipients. */
function frame(ctx: Context, kind: string, summary: string, symbol: string) {
  const { models, clusterId, year, at } = ctx;
  const cluster = models.directory.cluster(clusterId, at);
  const members = models.directory.clusterYear(clusterId, year, at);
  if (!cluster || !members) return null;
  const unitName = (id: string | null) => (id ? (models.directory.unit(id, at)?.name ?? null) : null);
  const group = cluster.kind === ClusterKind.BLOC ? 'Khối' : 'Cụm';
  const organizer = unitName(cluster.organizerUnitId) ?? '';
  const chair = unitName(members.chairUnitId);
  const chairSignature = models.yearRecords
    .records(clusterId, year, at)
    ?.agreement?.signatures.find((s) => s.unitId === members.chairUnitId);
  const head = {
    superior: organizer.toLocaleUpperCase('vi'),
    issuer: cluster.name.toLocaleUpperCase('vi'),
    numberSymbol: `Số:        /${symbol}-${group === 'Khối' ? 'KTĐ' : 'CTĐ'}`,
    placeDate: placeAndDate(placeOf(chair ?? organizer), ctx.date),
    kind,
    summary,
    signature: {
      capacity: `TM. ${cluster.name.toLocaleUpperCase('vi')}`,
      position: `${group} trưởng`.toLocaleUpperCase('vi'),
      signer: chairSignature?.signatoryName ?? null,
      unit: chair,
    },
    recipients: [`Hội đồng Thi đua – Khen thưởng ${organizer.replace(VKSND, 'VKSND ')}`, `Các đơn vị thành viên ${group}`, 'Lưu: VT'],
  };
  return { head, clusterName: cluster.name, group };
}

/** Báo cáo kết quả chấm điểm, xếp hạng thi đua of a cluster year; null when the year has no ranking. */
export function rankingDocument(ctx: Context): OfficialDocument | null {
  const table = rankingTable(ctx.models, ctx.clusterId, ctx.year, ctx.at);
  const framed = frame(ctx, 'BÁO CÁO', `Kết quả chấm điểm, xếp hạng thi đua năm ${ctx.year}`, 'BC');
  if (!table || !framed) return null;
  const { head, clusterName } = framed;
  const finalized = ctx.models.yearRecords.records(ctx.clusterId, ctx.year, ctx.at)?.finalized;
  return {
    ...head,
    summary: `${head.summary} của ${clusterName}`,
    body: [
      {
        text: `Căn cứ bộ tiêu chí chấm điểm thi đua áp dụng cho năm ${ctx.year} và kết quả chấm điểm các đơn vị thành viên, ${clusterName} báo cáo kết quả chấm điểm, xếp hạng thi đua năm ${ctx.year}${finalized ? ' (đã chốt điểm)' : ' (chưa chốt điểm)'} như sau:`,
      },
      { table: withoutKeys(table) },
    ],
    filename: `xep-hang-${ctx.clusterId}-${ctx.year}`,
  };
}

/** Bảng điểm thi đua of one unit in a cluster year; null when there is none. */
export function scoreSheetDocument(ctx: Context, unitId: string): OfficialDocument | null {
  const table = scoreSheetTable(ctx.models, ctx.clusterId, ctx.year, unitId, ctx.at);
  const unit = ctx.models.directory.unit(unitId, ctx.at);
  const framed = frame(ctx, 'BẢNG ĐIỂM', `Chấm điểm thi đua năm ${ctx.year}`, 'BĐ');
  if (!table || !unit || !framed) return null;
  const { head, clusterName } = framed;
  const adopted = ctx.models.yearRecords.records(ctx.clusterId, ctx.year, ctx.at)?.criteriaSet;
  const set = adopted && ctx.models.catalogue.criteriaSet(adopted.criteriaSetId, adopted.version, ctx.at);
  return {
    ...head,
    summary: `${head.summary} của ${unit.name}`,
    body: [
      {
        text: `Kết quả chấm điểm thi đua năm ${ctx.year} của ${unit.name}, đơn vị thành viên ${clusterName}, theo từng tiêu chí và từng giai đoạn chấm${set ? `, theo ${set.name} (${set.legalBasis}, phiên bản ${set.version})` : ''}:`,
      },
      { table: withoutKeys(table) },
    ],
    filename: `bang-diem-${unitId}-${ctx.year}`,
  };
}

/** In force by every member's signature, or as a source records it; never "every member signed" when some members are unknown. */
function inForceSentence(agreement: AgreementView, membershipComplete: boolean): string {
  if (agreement.inForceSource !== null)
    return `Giao ước có hiệu lực${agreement.inForceOn ? ` từ ${vietnameseWhen(agreement.inForceOn)}` : ''}, theo ${agreement.inForceSource}.`;
  if (agreement.inForce) return `Giao ước có hiệu lực từ ${vietnameseWhen(agreement.inForceOn)}, khi mọi đơn vị thành viên đã ký.`;
  return membershipComplete
    ? 'Giao ước chưa có hiệu lực: còn đơn vị thành viên chưa ký.'
    : 'Giao ước chưa ghi nhận hiệu lực: danh sách thành viên chưa đầy đủ, nên chưa thể xác định mọi đơn vị đã ký.';
}

/** Báo cáo tổng hợp năm thi đua: members and offices, the ceremony, signatures, registrations, ranking, votes, awards. */
export function clusterYearDocument(ctx: Context): OfficialDocument | null {
  const tables = clusterYearTables(ctx.models, ctx.clusterId, ctx.year, ctx.at);
  const membershipComplete = ctx.models.directory.clusterYear(ctx.clusterId, ctx.year, ctx.at)?.membershipComplete ?? true;
  const framed = frame(ctx, 'BÁO CÁO', `Tổng hợp năm thi đua ${ctx.year}`, 'BC');
  const records = ctx.models.yearRecords.records(ctx.clusterId, ctx.year, ctx.at);
  if (!tables || !framed || !records) return null;
  const { head, clusterName, group } = framed;
  const agreement = records.agreement;
  const host = agreement?.terms.hostUnitId ? ctx.models.directory.unit(agreement.terms.hostUnitId, ctx.at)?.name : null;
  const ceremony = agreement
    ? [
        `Lễ ký kết giao ước thi đua năm ${ctx.year} ${agreement.terms.ceremonyDate ? `được tổ chức ${vietnameseWhen(agreement.terms.ceremonyDate)}` : '(ngày tổ chức chưa ghi nhận)'}${host ? `, do ${host} đăng cai` : ''}${agreement.terms.venue ? `, tại ${agreement.terms.venue}` : ''}.`,
        `${agreement.terms.theme ? `Chủ đề: “${agreement.terms.theme}”.` : 'Chủ đề: chưa ghi nhận.'}${agreement.terms.motto ? ` Phương châm: “${agreement.terms.motto}”.` : ''}`,
        ...(agreement.terms.legalBases.length ? [`Căn cứ: ${agreement.terms.legalBases.join('; ')}.`] : []),
        inForceSentence(agreement, membershipComplete),
      ]
    : ['Năm thi đua chưa có giao ước thi đua.'];
  const headings: Record<string, string> = {
    'Thành viên': `Thành viên và chức danh ${group} trưởng, ${group} phó`,
    'Giao ước': 'Chữ ký giao ước thi đua',
    'Đăng ký danh hiệu': 'Đăng ký danh hiệu thi đua',
    'Xếp hạng': 'Kết quả chấm điểm, xếp hạng',
    'Bình xét': 'Bình xét, bỏ phiếu',
    'Khen thưởng': 'Khen thưởng',
  };
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
  return {
    ...head,
    summary: `${head.summary} của ${clusterName}`,
    body: [
      { text: `${clusterName} báo cáo tổng hợp năm thi đua ${ctx.year} như sau:` },
      { heading: 'I. Lễ ký kết giao ước thi đua' },
      ...ceremony.map((text) => ({ text })),
      ...tables.flatMap((t, i): Block[] => [
        { heading: `${roman[i + 1]}. ${headings[t.sheet] ?? t.title}` },
        t.rows.length ? { table: withoutKeys(t) } : { text: 'Không có.' },
        ...(t.sheet === 'Thành viên' && !membershipComplete ? [{ text: `(${PARTIAL_MEMBERSHIP_NOTE})` }] : []),
      ]),
    ],
    filename: `tong-hop-${ctx.clusterId}-${ctx.year}`,
  };
}
