import type { At } from '../../projections/history';
import type { ReadModels } from '../../projections/read-models';
import { nameOn, yearNames } from '../../projections/cluster/names-by-year';
import { ClusterKind } from '../cluster/domain/cluster-kind';
import { rankingTable, scoreSheetTable } from '../spreadsheets/report-tables';
import type { Table } from '../spreadsheets/table';

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
  /** Số, ký hiệu: the number the clerk (văn thư) issued, or words saying none is issued yet; never a blank. */
  numberSymbol: string;
  /** Địa danh, ngày tháng năm, e.g. "Tân Châu, ngày 22 tháng 02 năm 2022". */
  placeDate: string;
  /** Tên loại văn bản, e.g. "BÁO CÁO". */
  kind: string;
  /** Trích yếu nội dung. */
  summary: string;
  /** Headings, paragraphs and tables (as in the spreadsheets, without their machine-key columns), in order. */
  body: Block[];
  signature: Signature;
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

export const withoutKeys = (table: Table): Table => {
  const keep = table.columns.map((c, i) => (c.key ? -1 : i)).filter((i) => i >= 0);
  return { ...table, columns: keep.map((i) => table.columns[i]), rows: table.rows.map((row) => keep.map((i) => row[i])) };
};

export interface Context {
  models: ReadModels;
  clusterId: string;
  year: number;
  at: At;
  /** The day the document is dated (ISO), the as-of date when one was asked for. */
  date: string;
}

/** How a document is issued: its number and symbol once the clerk gave one, and the day it bears. */
export interface Issue {
  number: string | null;
  issuedOn: string;
}

/** Người ký: the chair unit's recorded representative, or what of it is not on record, said so. */
export interface Signature {
  capacity: string;
  position: string;
  /** The representative's full name, or the words that say the office or its representative is not recorded. */
  signer: string;
  /** The representative's position and the chair unit's name, as of that year. */
  details: string[];
}

/** Who stood for a unit on `date`: the unit that absorbed it when it had merged by then (sáp nhập), as named on that day. */
export function issuingUnitName(models: ReadModels, unitId: string, date: string, at: At): string | null {
  let unit = models.directory.unit(unitId, at);
  for (let hops = 0; unit?.successorUnitId && unit.endedOn !== null && unit.endedOn <= date && hops < 20; hops++)
    unit = models.directory.unit(unit.successorUnitId, at) ?? unit;
  return unit ? nameOn(unit, date).name : null;
}

/** Signed for the cluster by its chair's recorded representative of that year, under the names of that year. */
function signatureOf(ctx: Context, group: string, clusterName: string, chairUnitId: string | null): Signature {
  const { models, clusterId, year, at } = ctx;
  const office = `${group} trưởng`;
  const head = { capacity: `TM. ${clusterName.toLocaleUpperCase('vi')}`, position: office.toLocaleUpperCase('vi') };
  if (chairUnitId === null) return { ...head, signer: '(chưa ghi nhận)', details: [`${office} năm ${year}: chưa ghi nhận`] };
  const chair = yearNames(models.directory, clusterId, year, at)(chairUnitId).name;
  const named = models.records.representativesOf(clusterId, year, at).find((r) => r.office === 'CHAIR');
  const person = named && models.records.person(named.personId, at);
  if (!named || !person) return { ...head, signer: '(chưa ghi nhận người đại diện)', details: [chair] };
  return { ...head, signer: person.fullName, details: [...(named.position ? [named.position] : []), chair] };
}

/**
 * What every report of a cluster year shares: issuer, place, date, signature, recipients. The issuer
 * is the organiser as it stands on the day of issue (its successor after a merger); the signature
 * and the contents keep the names of the year.
 */
export function frame(ctx: Context, kind: string, summary: string, symbol: string, issue: Issue = { number: null, issuedOn: ctx.date }) {
  const { models, clusterId, year, at } = ctx;
  const cluster = models.directory.cluster(clusterId, at);
  const members = models.directory.clusterYear(clusterId, year, at);
  if (!cluster || !members) return null;
  const group = cluster.kind === ClusterKind.BLOC ? 'Khối' : 'Cụm';
  const organizer = issuingUnitName(models, cluster.organizerUnitId, issue.issuedOn, at) ?? '';
  const chair = members.chairUnitId ? yearNames(models.directory, clusterId, year, at)(members.chairUnitId).name : null;
  const code = `${symbol}-${group === 'Khối' ? 'KTĐ' : 'CTĐ'}`;
  const head = {
    superior: organizer.toLocaleUpperCase('vi'),
    issuer: cluster.name.toLocaleUpperCase('vi'),
    numberSymbol: issue.number ? `Số: ${issue.number}` : `Số: (chưa cấp số)/${code}`,
    placeDate: placeAndDate(placeOf(chair ?? organizer), issue.issuedOn),
    kind,
    summary,
    signature: signatureOf(ctx, group, cluster.name, members.chairUnitId),
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
