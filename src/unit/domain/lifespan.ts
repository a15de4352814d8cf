import { DomainError } from '../../kernel/domain-error';
import { viDate } from '../../kernel/vietnamese-date';
import { LEVEL_PERIODS, LEVEL_NAMES, type UnitLevel } from './unit-level';
import type { UnitErrorCode } from './errors';

/**
 * When a unit existed on its own: from the day it came into being (or its level was created) until
 * the day it ended (merged, dissolved, or its level abolished), that day excluded. Null: open-ended.
 */
export interface Lifespan {
  level: UnitLevel;
  from: string | null;
  until: string | null;
  /** Whether `from` / `until` is the level's own date (the reform of 1/7/2025) rather than the unit's. */
  fromLevel: boolean;
  untilLevel: boolean;
}

export function lifespan(level: UnitLevel, establishedOn: string | null, endedOn: string | null): Lifespan {
  const period = LEVEL_PERIODS[level];
  const from =
    [establishedOn, period.from]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const until = [endedOn, period.until].filter((d): d is string => d !== null).sort()[0] ?? null;
  return {
    level,
    from,
    until,
    fromLevel: from !== null && from === period.from && from !== establishedOn,
    untilLevel: until !== null && until === period.until && until !== endedOn,
  };
}

/** The rule a unit breaks by joining an emulation year it did not exist in, or null when it existed in some part of it. */
function yearProblem(span: Lifespan, year: number): { code: UnitErrorCode; reason: string } | null {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (span.from !== null && span.from > end)
    return span.fromLevel
      ? { code: 'LEVEL_NOT_IN_FORCE', reason: `cấp ${LEVEL_NAMES[span.level]} chỉ có từ ${viDate(span.from)}` }
      : { code: 'UNIT_NOT_YET_ESTABLISHED', reason: `thành lập từ ${viDate(span.from)}` };
  if (span.until !== null && span.until <= start)
    return span.untilLevel
      ? { code: 'LEVEL_NOT_IN_FORCE', reason: `cấp ${LEVEL_NAMES[span.level]} đã bãi bỏ từ ${viDate(span.until)}` }
      : { code: 'UNIT_NOT_ACTIVE', reason: `đã sáp nhập hoặc giải thể từ ${viDate(span.until)}` };
  return null;
}

/** Whether the unit existed on its own at some time in the emulation year. */
export function existedInYear(span: Lifespan, year: number): boolean {
  return yearProblem(span, year) === null;
}

/**
 * A unit is a member only of years in which it existed: refuses with the rule broken
 * (UNIT_NOT_YET_ESTABLISHED, UNIT_NOT_ACTIVE, LEVEL_NOT_IN_FORCE), naming every unit that breaks it.
 */
export function requireExistedInYear(lifespans: Record<string, Lifespan>, year: number): void {
  const problems = Object.entries(lifespans).flatMap(([unitId, span]) => {
    const problem = yearProblem(span, year);
    return problem ? [{ unitId, ...problem }] : [];
  });
  if (problems.length === 0) return;
  const { code } = problems[0];
  const same = problems.filter((p) => p.code === code);
  throw new DomainError<UnitErrorCode>(
    code,
    `Không thể là thành viên năm thi đua ${year}: ${same.map((p) => `đơn vị "${p.unitId}" ${p.reason}`).join('; ')}.`,
    { unitIds: same.map((p) => p.unitId) },
  );
}

/** A unit registered as coming into being on a day its level did not exist: LEVEL_NOT_IN_FORCE. */
export function requireLevelInForce(level: UnitLevel, establishedOn: string | null): void {
  const period = LEVEL_PERIODS[level];
  if (establishedOn === null) return;
  if ((period.from !== null && establishedOn < period.from) || (period.until !== null && establishedOn >= period.until))
    throw new DomainError<UnitErrorCode>(
      'LEVEL_NOT_IN_FORCE',
      `Cấp ${LEVEL_NAMES[level]} ${period.from ? `chỉ có từ ${viDate(period.from)}` : `đã bãi bỏ từ ${viDate(period.until!)}`}; đơn vị không thể thành lập ngày ${viDate(establishedOn)}.`,
    );
}
