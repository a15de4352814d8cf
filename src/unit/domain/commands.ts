import type { Lifespan } from './lifespan';
import type { UnitLevel } from './unit-level';

export interface RegisterUnit {
  type: 'RegisterUnit';
  unitId: string;
  name: string;
  shortName: string | null;
  level: UnitLevel;
  parentUnitId: string | null;
  /** Ngày thành lập, when known; the level's own start (1/7/2025 for regional procuracies) otherwise. */
  establishedOn: string | null;
  /** Whether the parent unit's stream exists: gathered by the handler. */
  parentRegistered: boolean;
  /** Gathered by the handler: the parent's level and when it existed, or null (no parent, or none registered). */
  parentSpan: Lifespan | null;
  /** Gathered by the handler: the active unit that already bears this full name under this parent, or null. */
  nameTakenBy: string | null;
}

export interface RenameUnit {
  type: 'RenameUnit';
  unitId: string;
  name: string;
  shortName: string | null;
  effectiveDate: string;
  /** Gathered by the handler: the active unit that already bears the new full name under this unit's parent, or null. */
  nameTakenBy: string | null;
}

export interface MergeUnit {
  type: 'MergeUnit';
  unitId: string;
  successorUnitId: string;
  effectiveDate: string;
  /** Gathered by the handler: whether the successor is registered and still active. */
  successorActive: boolean;
}

export interface DissolveUnit {
  type: 'DissolveUnit';
  unitId: string;
  effectiveDate: string;
  reason: string;
}

/** Sửa cấp đơn vị: a unit recorded at a wrong level gets the right one; the wrong one stays in its history. */
export interface CorrectUnitLevel {
  type: 'CorrectUnitLevel';
  unitId: string;
  level: UnitLevel;
  reason: string;
  /** Gathered by the handler: the parent's level and when it existed, or null when the unit has no parent. */
  parentSpan: Lifespan | null;
}

export type UnitCommand = RegisterUnit | RenameUnit | MergeUnit | DissolveUnit | CorrectUnitLevel;
