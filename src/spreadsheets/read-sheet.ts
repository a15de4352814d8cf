import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export type SheetFormat = 'xlsx' | 'csv';

/** One data row: its row number in the file (as the officer sees it) and its cells by column title. */
export interface SheetRow {
  row: number;
  cells: Record<string, string | number | null>;
}

function plain(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'string') return typeof value === 'string' ? value.trim() : value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'result' in value) return plain(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('').trim();
  return String(value);
}

/**
 * Reads the first sheet of an .xlsx or a .csv file with exceljs: the header is the first row that
 * holds `requiredHeader` (the template puts a title above it), and each later non-empty row is data.
 */
export async function readSheet(buffer: Buffer, format: SheetFormat, requiredHeader: string): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet =
    format === 'xlsx'
      ? (await workbook.xlsx.load(buffer as unknown as ArrayBuffer), workbook.worksheets[0])
      : await workbook.csv.read(Readable.from(buffer.toString('utf8').replace(/^\uFEFF/, '')), { parserOptions: { delimiter: ',' } });
  if (!sheet) return [];
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(plain);
    if (!headers) {
      if (values.some((v) => v === requiredHeader)) headers = values.map((v) => (v === null ? '' : String(v)));
      return;
    }
    const cells = Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null]));
    if (Object.values(cells).some((v) => v !== null)) rows.push({ row: rowNumber, cells });
  });
  if (!headers) throw new Error(`không tìm thấy dòng tiêu đề có cột "${requiredHeader}"`);
  return rows;
}
