import { lastDayOf } from '../../src/kernel/partial-date';
import type { At, DirectoryProjection } from './directory-projection';
import type { ClusterYearView, UnitName, UnitView } from './views';

/** The name a unit bore on an ISO date: the last name in force by then (its first name before any rename). */
export function nameOn(unit: UnitView, date: string): Pick<UnitName, 'name' | 'shortName'> {
  const name = unit.names.filter((n) => n.effectiveFrom === null || n.effectiveFrom <= date).at(-1) ?? unit.names[0];
  return { name: name?.name ?? unit.name, shortName: name ? name.shortName : unit.shortName };
}

/** The last day of an emulation year, the date its names are read at when no ceremony date is known. */
export const yearEnd = (year: number) => `${year}-12-31`;

/**
 * The date a cluster year's names are read at: the day of its ceremony when recorded (the last day
 * of its month or year when the report gives no day), otherwise the year's end, so a read about
 * that year shows each unit as it was named then.
 */
export function nameDateOf(clusterYear: Pick<ClusterYearView, 'year' | 'ceremonyDate'>): string {
  return clusterYear.ceremonyDate ? lastDayOf(clusterYear.ceremonyDate) : yearEnd(clusterYear.year);
}

/** Names of one cluster year's units as in force then, and today's, for rankings and exports of that year. */
export function yearNames(directory: DirectoryProjection, clusterId: string, year: number, at: At) {
  const clusterYear = directory.clusterYear(clusterId, year, at);
  const date = clusterYear ? nameDateOf(clusterYear) : yearEnd(year);
  return (unitId: string) => {
    const unit = directory.unit(unitId, at);
    return { name: unit ? nameOn(unit, date).name : unitId, currentName: unit?.name ?? unitId };
  };
}
