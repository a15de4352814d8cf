import { parsePartialDate, type PartialDate } from '../../../kernel/partial-date';

/**
 * A membership's period, from (inclusive) to (exclusive: the day it ended), each a partial date's
 * text; `to` null while no end is recorded. A date known to the month or year spans that month or
 * year, so each question below asks what is certain whatever day the record left out.
 */
export interface Period {
  from: string;
  to: string | null;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The first day a partial date can be, as ISO text. */
export function earliestDay(text: string): string {
  const { year, month, day } = parsePartialDate(text) as PartialDate;
  return `${year}-${two(month ?? 1)}-${two(day ?? 1)}`;
}

/** The last day a partial date can be, as ISO text. */
export function latestDay(text: string): string {
  const { year, month, day } = parsePartialDate(text) as PartialDate;
  const lastMonth = month ?? 12;
  return `${year}-${two(lastMonth)}-${two(day ?? new Date(Date.UTC(year, lastMonth, 0)).getUTCDate())}`;
}

/** Whether the end cannot fall after the start: "2020" to "2020" may be March to November, and is let be. */
export const endsBeforeStart = (period: Period): boolean => period.to !== null && latestDay(period.to) <= earliestDay(period.from);

/** Whether some day certainly lies in both periods. */
export function certainlyOverlap(a: Period, b: Period): boolean {
  const start = [latestDay(a.from), latestDay(b.from)].sort()[1];
  return [a.to, b.to].every((to) => to === null || start < earliestDay(to));
}

/** Whether the period certainly holds on `date` (a partial date's text): started by its first possible day, not ended by its last. */
export const holdsOn = (period: Period, date: string): boolean =>
  latestDay(period.from) <= earliestDay(date) && (period.to === null || latestDay(date) < earliestDay(period.to));
