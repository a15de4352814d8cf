import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs';
import { boundedWorkbook } from './bounded-workbook';
import { csvRecords } from './csv-records';
import { cellTooLong, SHEET_LIMITS, SheetError, sheetTooLarge } from './sheet-limits';
import { inSlices } from './slices';

export type SheetFormat = 'xlsx' | 'csv';

type Value = string | number | null;

/** One data row: its row number in the file (as the officer sees it) and its cells by column title. */
export interface SheetRow {
  row: number;
  cells: Record<string, Value>;
}

function plain(value: ExcelJS.CellValue): Value {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'string') return typeof value === 'string' ? value.trim() || null : value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'result' in value) return plain(value.result);
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  return JSON.stringify(value);
}

async function whole(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The first sheet's rows, streamed: exceljs's streaming reader over the bounded parts of the workbook, a slice at a time (its XML parser works through each slice it is given at once). */
async function* xlsxRows(source: AsyncIterable<Buffer>): AsyncGenerator<[number, Value[]]> {
  const reader = new (await loadExcelJs()).stream.xlsx.WorkbookReader(Readable.from(inSlices(await boundedWorkbook(await whole(source)))), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(plain);
      const long = values.findIndex((value) => typeof value === 'string' && value.length > SHEET_LIMITS.cellCharacters);
      if (long >= 0) throw cellTooLong({ row: row.number, column: long + 1 });
      yield [row.number, values];
    }
    return;
  }
}

/** CSV records as they arrive; row numbers count records as a spreadsheet shows them. */
async function* csvRows(source: AsyncIterable<Buffer>): AsyncGenerator<[number, Value[]]> {
  let row = 0;
  for await (const record of csvRecords(source)) {
    row += 1;
    yield [row, record.map((cell) => cell.trim() || null)];
  }
}

/**
 * Reads the first sheet of an .xlsx or a .csv file as it arrives, within SHEET_LIMITS (rows,
 * cells, one cell's length, and for .xlsx the unpacked size), never holding the event loop for
 * more than a slice: the header is the first row that holds `requiredHeader` (the template puts a
 * title above it), and each later non-empty row is data. A sheet without the header or without any
 * data row is refused, not read as "nothing to record". `signal` stops it (with its reason).
 */
export async function readSheet(
  source: AsyncIterable<Buffer>,
  format: SheetFormat,
  requiredHeader: string,
  signal?: AbortSignal,
): Promise<SheetRow[]> {
  try {
    return await read(format === 'xlsx' ? xlsxRows(source) : csvRows(source), requiredHeader, signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof SheetError) throw error;
    throw new SheetError(
      'UNREADABLE_SHEET',
      `Không đọc được tệp: nội dung không đúng định dạng ${format === 'xlsx' ? '.xlsx' : 'CSV'}.`,
      400,
      {
        detail: (error as Error).message,
      },
    );
  }
}

async function read(rowsRead: AsyncIterable<[number, Value[]]>, requiredHeader: string, signal?: AbortSignal): Promise<SheetRow[]> {
  let headers: string[] | null = null;
  let cells = 0;
  const rows: SheetRow[] = [];
  for await (const [rowNumber, values] of rowsRead) {
    signal?.throwIfAborted();
    if (rowNumber > SHEET_LIMITS.rows) throw sheetTooLarge('rows');
    cells += values.length;
    if (cells > SHEET_LIMITS.cells) throw sheetTooLarge('cells');
    if (!headers) {
      if (values.some((v) => v === requiredHeader)) headers = values.map((v) => (v === null ? '' : String(v)));
      continue;
    }
    const entries = headers.map((h, i): [string, Value] => [h, values[i] ?? null]);
    if (entries.some(([, v]) => v !== null)) rows.push({ row: rowNumber, cells: Object.fromEntries(entries) });
  }
  if (!headers)
    throw new SheetError(
      'UNREADABLE_SHEET',
      `Không đọc được tệp: không tìm thấy dòng tiêu đề có cột "${requiredHeader}"; hãy dùng mẫu nhập điểm.`,
    );
  if (rows.length === 0) throw new SheetError('EMPTY_SHEET', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề; không có gì để ghi.');
  return rows;
}
