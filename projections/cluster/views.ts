import type { ClusterKind } from '../../src/cluster/domain/cluster-kind';
import type { UnitLevel } from '../../src/unit/domain/unit-level';

export interface UnitName {
  name: string;
  shortName: string | null;
  /** ISO date from which the unit bore this name; null for the name it was registered with. */
  effectiveFrom: string | null;
}

export interface UnitView {
  id: string;
  name: string;
  shortName: string | null;
  level: UnitLevel;
  parentUnitId: string | null;
  /** Every name the unit has borne, oldest first. */
  names: readonly UnitName[];
  /** Units merged into this one (sáp nhập). */
  predecessorUnitIds: readonly string[];
  successorUnitId: string | null;
  /** ISO date the unit came into being, when recorded. */
  establishedOn: string | null;
  /** ISO date the unit stopped existing on its own (merged or dissolved). */
  endedOn: string | null;
  dissolutionReason: string | null;
}

export interface ClusterView {
  id: string;
  name: string;
  kind: ClusterKind;
  organizerUnitId: string;
}

/** Printed and drawn after the members of a year known only in part. */
export const PARTIAL_MEMBERSHIP_NOTE = 'và các đơn vị khác chưa ghi nhận';

export interface ClusterYearView {
  clusterId: string;
  year: number;
  memberUnitIds: readonly string[];
  /** False when only some members are known: "và các đơn vị khác chưa ghi nhận". */
  membershipComplete: boolean;
  chairUnitId: string | null;
  viceChairUnitId: string | null;
  /** The day of the year's ceremony (lễ ký kết), when recorded: names of that year are read at it. */
  ceremonyDate: string | null;
}
