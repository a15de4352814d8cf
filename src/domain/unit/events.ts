import type { DomainEvent } from '../shared/decider';
import type { UnitLevel } from './unit-level';

/** Đơn vị được đăng ký. */
export type UnitRegistered = DomainEvent<
  'UnitRegistered',
  { unitId: string; name: string; shortName: string | null; level: UnitLevel; parentUnitId: string | null }
>;

export type UnitEvent = UnitRegistered;
