import type { ClusterKind } from '../../src/domain/cluster/cluster-kind';
import type { UnitLevel } from '../../src/domain/unit/unit-level';

export interface UnitView {
  id: string;
  name: string;
  shortName: string | null;
  level: UnitLevel;
  parentUnitId: string | null;
}

export interface ClusterView {
  id: string;
  name: string;
  kind: ClusterKind;
  organizerUnitId: string;
}

export interface ClusterYearView {
  clusterId: string;
  year: number;
  memberUnitIds: readonly string[];
  chairUnitId: string | null;
  viceChairUnitId: string | null;
}
