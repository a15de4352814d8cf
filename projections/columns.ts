/**
 * Typed columns for read models that hold millions of numbers: 4 bytes a log position instead of the
 * 8 (and up to half again of slack) of a JavaScript array. Log positions fit in 32 bits unsigned (4
 * billion events). Kept as plain typed arrays and objects, so a snapshot (v8 serialization) keeps
 * them as they are.
 */

/** The column itself when it has room for `needed` values, else a copy twice as long: copying stays rare. */
export function grown<T extends Uint32Array | Int32Array | Uint8Array>(column: T, needed: number): T {
  if (needed <= column.length) return column;
  const next = new (column.constructor as new (length: number) => T)(Math.max(needed, column.length * 2));
  next.set(column);
  return next;
}

/** Log positions in ascending order: the first `length` values of `positions`. */
export interface PositionList {
  positions: Uint32Array;
  length: number;
}

export const positionList = (): PositionList => ({ positions: new Uint32Array(8), length: 0 });

export function appendPosition(list: PositionList, position: number): void {
  list.positions = grown(list.positions, list.length + 1);
  list.positions[list.length++] = position;
}

/** First index in the list whose position is ≥ value. */
export function lowerBound(list: PositionList, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list.positions[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Adds the positions of `other` to `list`: both ascending, the result ascending and without repeats. */
export function mergePositions(list: PositionList, other: PositionList): void {
  const merged = new Uint32Array(Math.max(8, list.length + other.length));
  let i = 0;
  let j = 0;
  let length = 0;
  while (i < list.length || j < other.length) {
    const next =
      j >= other.length || (i < list.length && list.positions[i] <= other.positions[j]) ? list.positions[i++] : other.positions[j++];
    if (length === 0 || merged[length - 1] !== next) merged[length++] = next;
  }
  list.positions = merged;
  list.length = length;
}
