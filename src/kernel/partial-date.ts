/** How much of a date a record states: "năm 2020", "tháng 02/2020" or "14/02/2020". */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/**
 * A date as a report tells it, to the year, the month or the day, never with an invented part.
 * Its text form is the ISO prefix ("2020", "2020-02", "2020-02-14"), so a full date stored before
 * partial dates existed reads as a partial date to the day, and the texts sort honestly: a date
 * known to the month sorts at that month, before the days within it.
 */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2020", "2020-02" or "2020-02-14" as a partial date; null for any other text or an impossible date. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = SHAPE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : null, match[3] ? Number(match[3]) : null];
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > new Date(Date.UTC(year, month!, 0)).getUTCDate())) return null;
  return { year, month, day };
}

export const precisionOf = (date: PartialDate): DatePrecision => (date.day !== null ? 'DAY' : date.month !== null ? 'MONTH' : 'YEAR');

const two = (n: number) => String(n).padStart(2, '0');

/** The ISO prefix: the form stored in events and compared. */
export function partialDateText(date: PartialDate): string {
  return [
    String(date.year).padStart(4, '0'),
    ...(date.month !== null ? [two(date.month)] : []),
    ...(date.day !== null ? [two(date.day)] : []),
  ].join('-');
}

/** As Vietnamese prints write it: "14/02/2020", "tháng 02/2020", "năm 2020". */
export function vietnamesePartialDate(date: PartialDate): string {
  if (date.month === null) return `năm ${date.year}`;
  if (date.day === null) return `tháng ${two(date.month)}/${date.year}`;
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

/** Earlier first; of two dates one of which contains the other ("2020-02" and "2020-02-14"), the less precise first. */
export const comparePartialDates = (a: PartialDate, b: PartialDate): number =>
  a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);

/** Whether two statements can be of the same day: each part both state is equal ("2022" fits "2022-12-27"). */
export const partialDatesFit = (a: PartialDate, b: PartialDate): boolean =>
  a.year === b.year &&
  (a.month === null || b.month === null || a.month === b.month) &&
  (a.day === null || b.day === null || a.day === b.day);

/** A partial date's text in its canonical form, or null when it is no partial date ("2020-13", "31/02/2020"). */
export function canonicalPartialDate(text: string): string | null {
  const date = parsePartialDate(text);
  return date ? partialDateText(date) : null;
}

/**
 * In running text: "ngày 14/02/2020", "tháng 02/2020", "năm 2020"; "" for a date not stated, so a
 * sentence can leave the date out rather than print an empty one.
 */
export function vietnameseWhen(text: string | null): string {
  const date = text === null ? null : parsePartialDate(text);
  if (!date) return '';
  return date.day !== null ? `ngày ${vietnamesePartialDate(date)}` : vietnamesePartialDate(date);
}

/**
 * The last day a partial date can be, for looking up the names in force then. Only lookups use it:
 * it is never stored or shown, so no day is invented in a record.
 */
export function lastDayOf(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  const month = date.month ?? 12;
  const day = date.day ?? new Date(Date.UTC(date.year, month, 0)).getUTCDate();
  return partialDateText({ year: date.year, month, day });
}
