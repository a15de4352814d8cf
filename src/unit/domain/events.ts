import type { DomainEvent } from '../../kernel/decider';
import type { UnitLevel } from './unit-level';

/** Đơn vị được đăng ký. */
export type UnitRegistered = DomainEvent<
  'UnitRegistered',
  {
    unitId: string;
    name: string;
    shortName: string | null;
    level: UnitLevel;
    parentUnitId: string | null;
    /** Ngày thành lập; absent in events recorded before it was asked, and null when unknown. */
    establishedOn?: string | null;
  }
>;
/** Đơn vị đổi tên từ một ngày. */
export type UnitRenamed = DomainEvent<'UnitRenamed', { unitId: string; name: string; shortName: string | null; effectiveDate: string }>;
/** Đơn vị được sáp nhập vào đơn vị kế thừa từ một ngày (e.g. 1/7/2025). */
export type UnitMerged = DomainEvent<'UnitMerged', { unitId: string; successorUnitId: string; effectiveDate: string }>;
/** Đơn vị giải thể. */
export type UnitDissolved = DomainEvent<'UnitDissolved', { unitId: string; effectiveDate: string; reason: string }>;

/** Cấp đơn vị được sửa: the level recorded before was wrong; the event keeps it and the reason. */
export type UnitLevelCorrected = DomainEvent<
  'UnitLevelCorrected',
  { unitId: string; level: UnitLevel; previousLevel: UnitLevel; reason: string }
>;

export type UnitEvent = UnitRegistered | UnitRenamed | UnitMerged | UnitDissolved | UnitLevelCorrected;
