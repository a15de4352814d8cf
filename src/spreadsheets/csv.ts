import { cellText, type Cell, type Column, type Table } from './table';

const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A text cell Excel or LibreOffice would run as a formula (=, +, -, @, tab, CR first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * OWASP's CSV injection defence for text: such a cell gets a leading single quote and is always
 * quoted, so the spreadsheet shows it as text. Numbers (a penalty's -5.00) stay numbers.
 */
function field(value: Cell, format?: Column['format']): string {
  const written = cellText(value, format);
  return typeof value === 'string' && FORMULA_START.test(written) ? `"'${written.replace(/"/g, '""')}"` : quote(written);
}

/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark so Excel shows Vietnamese correctly; text that would
 * run as a formula is neutralised. Several tables are written one after another, each under its
 * title, separated by an empty line.
 */
export function toCsv(tables: Table[]): string {
  const blocks = tables.map((table) =>
    [
      ...(tables.length > 1 ? [field(table.title)] : []),
      table.columns.map((c) => field(c.header)).join(','),
      ...table.rows.map((row) => row.map((value, i) => field(value, table.columns[i].format)).join(',')),
    ].join('\r\n'),
  );
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}
