/** Points travel as decimals with at most two places and are kept as integer hundredths, so sums never drift. */
export const toHundredths = (points: number): number => Math.round(points * 100);
export const fromHundredths = (hundredths: number): number => hundredths / 100;
export const fromHundredthsOrNull = (hundredths: number | null | undefined): number | null =>
  hundredths === null || hundredths === undefined ? null : fromHundredths(hundredths);

/** class-validator options for a points input: a number with at most two decimal places. */
export const POINTS = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false } as const;
export const POINTS_MESSAGE = { message: '$property phải là số điểm có tối đa hai chữ số thập phân' };
