import { DomainError } from '../../kernel/domain-error';
import { viDate } from '../../kernel/vietnamese-date';
import type { UnitErrorCode } from './errors';
import type { Lifespan } from './lifespan';
import { LEVEL_NAMES, UnitLevel } from './unit-level';

/**
 * The level a unit's parent must have (null: a unit of that level has no parent). The dates of the
 * reform of 1/7/2025 are the child's level's own (LEVEL_PERIODS): a district procuracy sits under its
 * province until 30/6/2025, a regional one from 1/7/2025, a high-level one under the Supreme
 * Procuracy until 30/6/2025, so no pair needs a period beyond its child's level.
 */
export const PARENT_LEVEL: Readonly<Record<UnitLevel, UnitLevel | null>> = {
  [UnitLevel.SUPREME]: null,
  [UnitLevel.SUPREME_DEPARTMENT]: UnitLevel.SUPREME,
  [UnitLevel.HIGH]: UnitLevel.SUPREME,
  [UnitLevel.PROVINCIAL]: UnitLevel.SUPREME,
  [UnitLevel.PROVINCIAL_DEPARTMENT]: UnitLevel.PROVINCIAL,
  [UnitLevel.DISTRICT]: UnitLevel.PROVINCIAL,
  [UnitLevel.REGIONAL]: UnitLevel.PROVINCIAL,
};

const level = (l: UnitLevel) => `cấp ${LEVEL_NAMES[l]}`;

/** The parent must bear the level its child's level sits under: UNIT_LEVEL_PARENT_MISMATCH names both. */
function requireParentLevel(child: UnitLevel, parentUnitId: string, parent: UnitLevel): void {
  const expected = PARENT_LEVEL[child];
  if (expected === parent) return;
  const advice = expected
    ? `đơn vị ${level(child)} chỉ trực thuộc đơn vị ${level(expected)}: hãy chọn đúng đơn vị cấp trên, hoặc đúng cấp của đơn vị`
    : `đơn vị ${level(child)} không có đơn vị cấp trên: hãy bỏ đơn vị cấp trên, hoặc chọn đúng cấp của đơn vị`;
  throw new DomainError<UnitErrorCode>(
    'UNIT_LEVEL_PARENT_MISMATCH',
    `Đơn vị ${level(child)} không thể trực thuộc "${parentUnitId}" (${level(parent)}): ${advice}.`,
    { level: child, parentLevel: parent, parentUnitId },
  );
}

/**
 * The parent must exist on the day its child starts (its establishment, or its level's own start);
 * when that day is unknown, at some time the child existed. PARENT_UNIT_NOT_IN_FORCE names both levels
 * and both dates, so an officer picks the parent of that time (before a merger, or its successor).
 */
function requireParentInTime(child: Lifespan, parentUnitId: string, parent: Lifespan): void {
  const day = child.from;
  const covers =
    day !== null
      ? (parent.from === null || parent.from <= day) && (parent.until === null || parent.until > day)
      : parent.from === null || child.until === null || parent.from < child.until;
  if (covers) return;
  const parentSpan = [parent.from && `từ ${viDate(parent.from)}`, parent.until && `đến trước ${viDate(parent.until)}`].filter(Boolean);
  const childStart = day ? `bắt đầu từ ${viDate(day)}` : `chỉ có đến trước ${viDate(child.until!)}`;
  throw new DomainError<UnitErrorCode>(
    'PARENT_UNIT_NOT_IN_FORCE',
    `Đơn vị cấp trên "${parentUnitId}" (${level(parent.level)}) chỉ tồn tại ${parentSpan.join(' ')}, còn đơn vị ${level(child.level)} ${childStart}: hãy chọn đơn vị cấp trên tồn tại vào ngày đó (đơn vị kế thừa sau sáp nhập, hoặc đơn vị trước đó), hoặc ghi đúng ngày thành lập.`,
    { level: child.level, parentLevel: parent.level, parentUnitId },
  );
}

/** A unit's level, the level of its parent (when it has one) and their dates must fit together. */
export function requireFitsParent(child: Lifespan, parentUnitId: string | null, parent: Lifespan | null): void {
  if (parentUnitId === null || parent === null) return;
  requireParentLevel(child.level, parentUnitId, parent.level);
  requireParentInTime(child, parentUnitId, parent);
}
