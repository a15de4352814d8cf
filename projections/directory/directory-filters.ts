import type { ClusterKind } from '../../src/domain/cluster/cluster-kind';
import type { UnitLevel } from '../../src/domain/unit/unit-level';
import type { At, DirectoryProjection } from './directory-projection';
import { matches, vietnameseCollator } from './vietnamese-search';
import type { ClusterView, UnitView } from './views';

export interface UnitFilter {
  search?: string | null;
  level?: UnitLevel | null;
  parentUnitId?: string | null;
  /** Units that existed in that year: not merged or dissolved before it began. */
  activeInYear?: number | null;
}

export interface ClusterFilter {
  search?: string | null;
  organizerUnitId?: string | null;
  kind?: ClusterKind | null;
  /** Clusters that have that emulation year open. */
  year?: number | null;
}

const byName = <T extends { id: string; name: string }>(a: T, b: T) => vietnameseCollator.compare(a.name, b.name) || a.id.localeCompare(b.id);

/** The units matching the filter at `at`, in Vietnamese name order (then id, so the order is total). */
export function findUnits(directory: DirectoryProjection, filter: UnitFilter, at: At): UnitView[] {
  const { search, level, parentUnitId, activeInYear } = filter;
  return directory
    .allUnits(at)
    .filter(
      (unit) =>
        (!search || matches(search, unit.name, unit.shortName, ...unit.names.map((n) => n.name))) &&
        (!level || unit.level === level) &&
        (!parentUnitId || unit.parentUnitId === parentUnitId) &&
        (activeInYear == null || !unit.endedOn || unit.endedOn >= `${activeInYear}-01-01`),
    )
    .sort(byName);
}

/** The clusters matching the filter at `at`, in Vietnamese name order (then id). */
export function findClusters(directory: DirectoryProjection, filter: ClusterFilter, at: At): ClusterView[] {
  const { search, organizerUnitId, kind, year } = filter;
  return directory
    .allClusters(at)
    .filter(
      (cluster) =>
        (!search || matches(search, cluster.name)) &&
        (!organizerUnitId || cluster.organizerUnitId === organizerUnitId) &&
        (!kind || cluster.kind === kind) &&
        (year == null || directory.clusterYear(cluster.id, year, at) !== undefined),
    )
    .sort(byName);
}
