import type { At, DirectoryProjection } from './directory-projection';
import { nameOn, yearEnd } from './names-by-year';
import type { ClusterYearView } from './views';

export enum YearRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  MEMBER = 'MEMBER',
}

export enum ClusterChange {
  FORMED = 'FORMED',
  GONE = 'GONE',
  CONTINUED = 'CONTINUED',
}

export interface ClusterDiff {
  clusterId: string;
  change: ClusterChange;
  joined: string[];
  left: string[];
  roleChanges: { unitId: string; from: YearRole; to: YearRole }[];
  /** Who held each office in either year, where it changed; null where no unit held it (or none is recorded). */
  officeChanges: OfficeChange[];
}

export interface OfficeChange {
  office: YearRole.CHAIR | YearRole.VICE_CHAIR;
  fromUnitId: string | null;
  toUnitId: string | null;
}

function officeChanges(from: ClusterYearView | undefined, to: ClusterYearView | undefined): OfficeChange[] {
  const offices = [
    { office: YearRole.CHAIR as const, fromUnitId: from?.chairUnitId ?? null, toUnitId: to?.chairUnitId ?? null },
    { office: YearRole.VICE_CHAIR as const, fromUnitId: from?.viceChairUnitId ?? null, toUnitId: to?.viceChairUnitId ?? null },
  ];
  return offices.filter((o) => o.fromUnitId !== o.toUnitId);
}

export interface UnitRename {
  unitId: string;
  fromName: string;
  toName: string;
}

export interface GraphDiff {
  fromYear: number;
  toYear: number;
  clusters: ClusterDiff[];
  renamedUnits: UnitRename[];
}

function roles(year: ClusterYearView | undefined): Map<string, YearRole> {
  const map = new Map<string, YearRole>();
  for (const id of year?.memberUnitIds ?? []) map.set(id, YearRole.MEMBER);
  if (year?.chairUnitId) map.set(year.chairUnitId, YearRole.CHAIR);
  if (year?.viceChairUnitId) map.set(year.viceChairUnitId, YearRole.VICE_CHAIR);
  return map;
}

/** What changed in the cluster graph between two years: clusters formed or gone, members joined or left, roles, names. */
export function clusterGraphDiff(directory: DirectoryProjection, fromYear: number, toYear: number, at: At = 'current'): GraphDiff {
  const before = new Map(directory.clusterYearsIn(fromYear, at).map((y) => [y.clusterId, y]));
  const after = new Map(directory.clusterYearsIn(toYear, at).map((y) => [y.clusterId, y]));
  const clusterIds = [...new Set([...before.keys(), ...after.keys()])].sort();
  const units = new Set<string>();

  const clusters = clusterIds.map((clusterId): ClusterDiff => {
    const from = roles(before.get(clusterId));
    const to = roles(after.get(clusterId));
    for (const id of [...from.keys(), ...to.keys()]) units.add(id);
    return {
      clusterId,
      change: !before.has(clusterId) ? ClusterChange.FORMED : !after.has(clusterId) ? ClusterChange.GONE : ClusterChange.CONTINUED,
      joined: [...to.keys()].filter((id) => !from.has(id)),
      left: [...from.keys()].filter((id) => !to.has(id)),
      roleChanges: [...to]
        .filter(([id, role]) => from.has(id) && from.get(id) !== role)
        .map(([unitId, role]) => ({ unitId, from: from.get(unitId)!, to: role })),
      officeChanges: officeChanges(before.get(clusterId), after.get(clusterId)),
    };
  });

  const renamedUnits = [...units].flatMap((unitId) => {
    const unit = directory.unit(unitId, at);
    if (!unit) return [];
    const fromName = nameOn(unit, yearEnd(fromYear)).name;
    const toName = nameOn(unit, yearEnd(toYear)).name;
    return fromName === toName ? [] : [{ unitId, fromName, toName }];
  });
  return { fromYear, toYear, clusters, renamedUnits };
}
