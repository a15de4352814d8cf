import type { UnitLevel } from './unit-level';

export interface RegisterUnit {
  type: 'RegisterUnit';
  unitId: string;
  name: string;
  shortName: string | null;
  level: UnitLevel;
  parentUnitId: string | null;
  /** Whether the parent unit's stream exists: gathered by the handler. */
  parentRegistered: boolean;
}

export type UnitCommand = RegisterUnit;
