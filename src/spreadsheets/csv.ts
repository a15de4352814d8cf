import { cellText, type Table } from './table';

const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark so Excel shows Vietnamese correctly. Several tables
 * are written one after another, each under its title, separated by an empty line.
 */
export function toCsv(tables: Table[]): string {
  const blocks = tables.map((table) =>
    [
      ...(tables.length > 1 ? [quote(table.title)] : []),
      table.columns.map((c) => quote(c.header)).join(','),
      ...table.rows.map((row) => row.map((value, i) => quote(cellText(value, table.columns[i].format))).join(',')),
    ].join('\r\n'),
  );
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}
