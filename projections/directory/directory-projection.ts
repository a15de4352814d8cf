import type { AnyDomainEvent } from '../../src/domain/events';
import type { RecordedEvent } from '../../src/eventstore/port';
import { History } from '../history';
import type { Projection } from '../projection';
import type { ClusterView, ClusterYearView, UnitView } from './views';

const yearKey = (clusterId: string, year: number) => `${clusterId}\u0000${year}`;

/** Where a read asks to stand in the log: the latest state, or as it was at a position. */
export type At = number | 'current';

function read<T>(history: History<T> | undefined, at: At): T | undefined {
  if (!history) return undefined;
  return at === 'current' ? history.current() : history.at(at);
}

/**
 * The directory: units, clusters and cluster years, each key with its history, so any read can be
 * answered as of a log position.
 */
export class DirectoryProjection implements Projection {
  readonly name = 'directory';
  private readonly units = new Map<string, History<UnitView>>();
  private readonly clusters = new Map<string, History<ClusterView>>();
  private readonly clusterYears = new Map<string, History<ClusterYearView>>();
  private readonly yearsByCluster = new Map<string, Set<number>>();
  private readonly clustersByYear = new Map<number, Set<string>>();

  apply(recorded: RecordedEvent): void {
    const event = { type: recorded.type, data: recorded.data } as AnyDomainEvent;
    const at = recorded.position;
    switch (event.type) {
      case 'UnitRegistered': {
        const { unitId, ...rest } = event.data;
        this.historyOf(this.units, unitId).set(at, { id: unitId, ...rest });
        return;
      }
      case 'ClusterFormed': {
        const { clusterId, ...rest } = event.data;
        this.historyOf(this.clusters, clusterId).set(at, { id: clusterId, ...rest });
        return;
      }
      case 'ClusterYearOpened': {
        const { clusterId, year, memberUnitIds } = event.data;
        this.historyOf(this.clusterYears, yearKey(clusterId, year)).set(at, {
          clusterId,
          year,
          memberUnitIds,
          chairUnitId: null,
          viceChairUnitId: null,
        });
        this.indexOf(this.yearsByCluster, clusterId).add(year);
        this.indexOf(this.clustersByYear, year).add(clusterId);
        return;
      }
      case 'MemberAdmitted':
        return this.changeYear(event.data, at, (y) => ({ ...y, memberUnitIds: [...y.memberUnitIds, event.data.unitId] }));
      case 'MemberWithdrawn':
        return this.changeYear(event.data, at, (y) => ({
          ...y,
          memberUnitIds: y.memberUnitIds.filter((id) => id !== event.data.unitId),
        }));
      case 'ChairRotated':
        return this.changeYear(event.data, at, (y) => ({
          ...y,
          chairUnitId: event.data.chairUnitId,
          viceChairUnitId: event.data.viceChairUnitId,
        }));
      default:
        return;
    }
  }

  unit(id: string, at: At = 'current'): UnitView | undefined {
    return read(this.units.get(id), at);
  }

  allUnits(at: At = 'current'): UnitView[] {
    return [...this.units.values()].flatMap((h) => read(h, at) ?? []);
  }

  cluster(id: string, at: At = 'current'): ClusterView | undefined {
    return read(this.clusters.get(id), at);
  }

  clusterYear(clusterId: string, year: number, at: At = 'current'): ClusterYearView | undefined {
    return read(this.clusterYears.get(yearKey(clusterId, year)), at);
  }

  /** The cluster's years known at `at`, in order. */
  yearsOf(clusterId: string, at: At = 'current'): ClusterYearView[] {
    const years = [...(this.yearsByCluster.get(clusterId) ?? [])].sort((a, b) => a - b);
    return years.flatMap((year) => this.clusterYear(clusterId, year, at) ?? []);
  }

  /** The cluster years of one emulation year known at `at`. */
  clusterYearsIn(year: number, at: At = 'current'): ClusterYearView[] {
    return [...(this.clustersByYear.get(year) ?? [])].flatMap((id) => this.clusterYear(id, year, at) ?? []);
  }

  private changeYear(
    key: { clusterId: string; year: number },
    at: number,
    change: (year: ClusterYearView) => ClusterYearView,
  ): void {
    const history = this.clusterYears.get(yearKey(key.clusterId, key.year));
    const current = history?.current();
    // The decider only writes these after the year was opened; a stray one is ignored, not invented.
    if (history && current) history.set(at, change(current));
  }

  private historyOf<T>(map: Map<string, History<T>>, key: string): History<T> {
    let history = map.get(key);
    if (!history) map.set(key, (history = new History<T>()));
    return history;
  }

  private indexOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set<V>()));
    return set;
  }
}
