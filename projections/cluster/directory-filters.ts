import type { ClusterKind } from '../../src/cluster/domain/cluster-kind';
import { existedInYear, lifespan } from '../../src/unit/domain/lifespan';
import type { UnitLevel } from '../../src/unit/domain/unit-level';
import type { At, DirectoryProjection } from './directory-projection';
import { EXACT_MATCH, matchRank, matches, vietnameseCollator } from './vietnamese-search';
import type { ClusterView, UnitView } from './views';

export interface UnitFilter {
  search?: string | null;
  level?: UnitLevel | null;
  parentUnitId?: string | null;
  /** Units that existed in that year: established, not merged or dissolved, their level in force (the reform of 1/7/2025). */
  activeInYear?: number | null;
}

export interface ClusterFilter {
  search?: string | null;
  organizerUnitId?: string | null;
  kind?: ClusterKind | null;
  /** Clusters that have that emulation year open. */
  year?: number | null;
}

const byName = <T extends { id: string; name: string }>(a: T, b: T) =>
  vietnameseCollator.compare(a.name, b.name) || a.id.localeCompare(b.id);

/**
 * The units matching the filter at `at`: exact matches of the search first, then those found by
 * their initials ("VKSTC", "TP.HCM"), each in Vietnamese name order (then id, so the order is total).
 */
export function findUnits(directory: DirectoryProjection, filter: UnitFilter, at: At): UnitView[] {
  const { search, level, parentUnitId, activeInYear } = filter;
  return directory
    .allUnits(at)
    .flatMap((unit) => {
      const rank = search ? matchRank(search, unit.name, unit.shortName, ...unit.names.map((n) => n.name)) : EXACT_MATCH;
      const kept =
        rank !== null &&
        (!level || unit.level === level) &&
        (!parentUnitId || unit.parentUnitId === parentUnitId) &&
        (activeInYear == null || existedInYear(lifespan(unit.level, unit.establishedOn, unit.endedOn), activeInYear));
      return kept ? [{ unit, rank }] : [];
    })
    .sort((a, b) => a.rank - b.rank || byName(a.unit, b.unit))
    .map(({ unit }) => unit);
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
