import { viDate } from '../kernel/vietnamese-date';
import { parsePartialDate, vietnamesePartialDate } from '../kernel/partial-date';

/** A table as officers see it in Excel: Vietnamese column titles, typed cells. */
export type Cell = string | number | null;

export interface Column {
  header: string;
  /** `points` shows two decimals, `date` shows dd/mm/yyyy, `integer` shows whole numbers. */
  format?: 'points' | 'date' | 'integer';
  width?: number;
  /** A machine key (an id) for re-import and lookups: printed documents leave it out. */
  key?: boolean;
}

export interface Table {
  /** Sheet name (≤ 31 characters, as Excel requires). */
  sheet: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
}

/**
 * 2022-02-22 → 22/02/2022, the way dates are written in official documents; a date known only to
 * the month or year as "tháng 02/2022" or "năm 2022", never with an invented day; empty for none.
 */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const partial = parsePartialDate(iso);
  return partial && partial.day === null ? vietnamesePartialDate(partial) : viDate(iso);
}

/** A cell as text: points with two decimals, dates as dd/mm/yyyy, empty for none. */
export function cellText(value: Cell, format: Column['format']): string {
  if (value === null) return '';
  if (format === 'date' && typeof value === 'string') return formatDate(value);
  if (format === 'points' && typeof value === 'number') return value.toFixed(2);
  return String(value);
}
