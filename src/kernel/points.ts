/**
 * Points travel as decimals with at most two places (the API, spreadsheets, messages) and are kept
 * as integer hundredths in events and read models, so sums never drift. Every conversion goes
 * through here.
 */
export const toHundredths = (points: number): number => Math.round(points * 100);

export const fromHundredths = (hundredths: number): number => hundredths / 100;

export const fromHundredthsOrNull = (hundredths: number | null | undefined): number | null =>
  hundredths === null || hundredths === undefined ? null : fromHundredths(hundredths);

/** The hundredths of `points` when it has at most two decimal places; null for 12.345. */
export function exactHundredths(points: number): number | null {
  const hundredths = toHundredths(points);
  return Math.abs(hundredths - points * 100) < 1e-6 ? hundredths : null;
}
