import type ExcelJS from 'exceljs';

/**
 * exceljs loaded on the first sheet read or written: it is half a megabyte of modules (with its
 * zip and stream libraries) that most starts of the service, and most processes of its tools, never use.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
