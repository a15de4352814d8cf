import type { AnyDomainEvent } from '../../src/domain/events';
import type { RecordedEvent } from '../../src/eventstore/port';
import { changeCurrent, History, historyOf, read, setOf, type At } from '../history';

export type { At } from '../history';
import type { Projection } from '../projection';
import type { ClusterView, ClusterYearView, UnitView } from './views';

const yearKey = (clusterId: string, year: number) => `${clusterId}\u0000${year}`;

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
  /** Every cluster year a unit has been admitted to, even if it withdrew later. */
  private readonly clusterYearsByUnit = new Map<string, Set<string>>();

  apply(recorded: RecordedEvent): void {
    const event = { type: recorded.type, data: recorded.data } as AnyDomainEvent;
    const at = recorded.position;
    this.applyToUnits(event, at);
    this.applyToClusters(event, at);
    this.applyToClusterYears(event, at);
  }

  /** Đơn vị: registration, renaming, level correction, merger, dissolution. */
  private applyToUnits(event: AnyDomainEvent, at: number): void {
    switch (event.type) {
      case 'UnitRegistered': {
        const { unitId, name, shortName, level, parentUnitId, establishedOn } = event.data;
        historyOf(this.units, unitId).set(at, {
          // Always present: events of the older shape are upcast on reading (src/domain/upcasters.ts).
          establishedOn: establishedOn as string | null,
          id: unitId,
          name,
          shortName,
          level,
          parentUnitId,
          names: [{ name, shortName, effectiveFrom: null }],
          predecessorUnitIds: [],
          successorUnitId: null,
          endedOn: null,
          dissolutionReason: null,
        });
        return;
      }
      case 'UnitRenamed': {
        const { unitId, name, shortName, effectiveDate } = event.data;
        return this.changeUnit(unitId, at, (u) => ({
          ...u,
          name,
          shortName,
          names: [...u.names, { name, shortName, effectiveFrom: effectiveDate }],
        }));
      }
      case 'UnitMerged': {
        const { unitId, successorUnitId, effectiveDate } = event.data;
        this.changeUnit(unitId, at, (u) => ({ ...u, successorUnitId, endedOn: effectiveDate }));
        return this.changeUnit(successorUnitId, at, (u) => ({
          ...u,
          predecessorUnitIds: [...u.predecessorUnitIds, unitId],
        }));
      }
      case 'UnitLevelCorrected':
        return this.changeUnit(event.data.unitId, at, (u) => ({ ...u, level: event.data.level }));
      case 'UnitDissolved':
        return this.changeUnit(event.data.unitId, at, (u) => ({
          ...u,
          endedOn: event.data.effectiveDate,
          dissolutionReason: event.data.reason,
        }));
      default:
        return;
    }
  }

  /** Cụm thi đua: formation. */
  private applyToClusters(event: AnyDomainEvent, at: number): void {
    switch (event.type) {
      case 'ClusterFormed': {
        const { clusterId, ...rest } = event.data;
        historyOf(this.clusters, clusterId).set(at, { id: clusterId, ...rest });
        return;
      }
      default:
        return;
    }
  }

  /** Năm của Cụm: members, offices, the ceremony date of the agreement. */
  private applyToClusterYears(event: AnyDomainEvent, at: number): void {
    switch (event.type) {
      case 'ClusterYearOpened': {
        const { clusterId, year, memberUnitIds } = event.data;
        historyOf(this.clusterYears, yearKey(clusterId, year)).set(at, {
          clusterId,
          year,
          memberUnitIds,
          membershipComplete: true,
          chairUnitId: null,
          viceChairUnitId: null,
          ceremonyDate: null,
        });
        setOf(this.yearsByCluster, clusterId).add(year);
        setOf(this.clustersByYear, year).add(clusterId);
        for (const unitId of memberUnitIds) setOf(this.clusterYearsByUnit, unitId).add(yearKey(clusterId, year));
        return;
      }
      case 'MemberAdmitted':
        setOf(this.clusterYearsByUnit, event.data.unitId).add(yearKey(event.data.clusterId, event.data.year));
        return this.changeYear(event.data, at, (y) => ({ ...y, memberUnitIds: [...y.memberUnitIds, event.data.unitId] }));
      case 'MemberWithdrawn':
        return this.changeYear(event.data, at, (y) => ({
          ...y,
          memberUnitIds: y.memberUnitIds.filter((id) => id !== event.data.unitId),
        }));
      case 'MembershipCompletenessStated':
        return this.changeYear(event.data, at, (y) => ({ ...y, membershipComplete: event.data.complete }));
      case 'ChairRotated':
        return this.changeYear(event.data, at, (y) => ({
          ...y,
          chairUnitId: event.data.chairUnitId,
          viceChairUnitId: event.data.viceChairUnitId,
        }));
      case 'AgreementDrafted':
        return this.changeYear(event.data, at, (y) => ({ ...y, ceremonyDate: event.data.ceremonyDate }));
      case 'AgreementAmended': {
        const { ceremonyDate } = event.data.changes;
        return ceremonyDate ? this.changeYear(event.data, at, (y) => ({ ...y, ceremonyDate })) : undefined;
      }
      case 'ViceChairAppointed':
        return this.changeYear(event.data, at, (y) => ({ ...y, viceChairUnitId: event.data.viceChairUnitId }));
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

  allClusters(at: At = 'current'): ClusterView[] {
    return [...this.clusters.values()].flatMap((h) => read(h, at) ?? []);
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

  /** The cluster years the unit was a member of at `at`, oldest first. */
  membershipsOf(unitId: string, at: At = 'current'): ClusterYearView[] {
    return [...(this.clusterYearsByUnit.get(unitId) ?? [])]
      .flatMap((key) => read(this.clusterYears.get(key), at) ?? [])
      .filter((year) => year.memberUnitIds.includes(unitId))
      .sort((a, b) => a.year - b.year || a.clusterId.localeCompare(b.clusterId));
  }

  private changeUnit(unitId: string, at: number, change: (unit: UnitView) => UnitView): void {
    changeCurrent(this.units.get(unitId), at, change);
  }

  private changeYear(key: { clusterId: string; year: number }, at: number, change: (year: ClusterYearView) => ClusterYearView): void {
    changeCurrent(this.clusterYears.get(yearKey(key.clusterId, key.year)), at, change);
  }
}
