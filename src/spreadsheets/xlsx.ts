import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs';
import type { Table } from './table';

const NUMBER_FORMATS = { points: '0.00', integer: '0', date: 'dd/mm/yyyy' } as const;

function cellValue(value: string | number | null, format: string | undefined): ExcelJS.CellValue {
  if (value === null) return null;
  if (format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value))
    return new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return value;
}

/** One sheet per table: a title row, a bold header row frozen in place, number and date formats. */
export async function toXlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Thi đua';
  workbook.created = new Date();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow([table.title]).font = { bold: true, size: 13 };
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const row of table.rows) sheet.addRow(row.map((value, i) => cellValue(value, table.columns[i].format)));
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = column.width ?? Math.min(60, Math.max(12, column.header.length + 2));
      if (column.format) col.numFmt = NUMBER_FORMATS[column.format];
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
