import type { RecordedEvent } from '../../src/eventstore/port';
import { appendPosition, lowerBound, mergePositions, positionList, type PositionList } from '../columns';
import { historyOf, read, type At, type History } from '../history';
import type { Projection } from '../projection';
import { isCeremony, referencesIn, type RecordKey, type References } from './record-references';

export interface AuditFilter {
  actorId?: string;
  unitId?: string;
  clusterId?: string;
  /** A person of the records (registerPerson), not an actor. */
  personId?: string;
  year?: number;
  eventType?: string;
  /** Inclusive log-position bounds (recorded-time bounds are turned into these by the caller). */
  fromPosition?: number;
  toPosition?: number;
}

const UNIT_FIELDS = [
  'unitId',
  'chairUnitId',
  'viceChairUnitId',
  'voterUnitId',
  'successorUnitId',
  'hostUnitId',
  'organizerUnitId',
  'parentUnitId',
];
const UNIT_LISTS = ['memberUnitIds', 'candidateUnitIds', 'approvedUnitIds'];

/** What the audit trail can be filtered by, for one event. */
interface AuditKeys {
  actorId: string | undefined;
  unitIds: string[];
  clusterIds: string[];
  personIds: string[];
  year: number | undefined;
}

/** An award's events after its proposal name only the award; the unit is the one it was proposed for. */
const awardKey = (data: Record<string, unknown>) => `${String(data.clusterId)}/${String(data.year)}/${String(data.awardId)}`;

/** Every unit an event concerns, from the fields events use to name units (and the unit of its award). */
function unitsOf(data: Record<string, unknown>, awardUnits: ReadonlyMap<string, string>): string[] {
  const units = new Set<string>();
  for (const field of UNIT_FIELDS) if (typeof data[field] === 'string') units.add(data[field]);
  for (const field of UNIT_LISTS) if (Array.isArray(data[field])) for (const id of data[field] as string[]) units.add(id);
  if (Array.isArray(data.tallies))
    for (const tally of data.tallies as { unitId?: unknown }[]) if (typeof tally.unitId === 'string') units.add(tally.unitId);
  if (typeof data.awardId === 'string') {
    const unitId = awardUnits.get(awardKey(data));
    if (unitId) units.add(unitId);
  }
  return [...units];
}

const dataOf = (event: RecordedEvent) => (event.data ?? {}) as Record<string, unknown>;

function listOf<K>(index: Map<K, PositionList>, key: K): PositionList {
  let positions = index.get(key);
  if (!positions) index.set(key, (positions = positionList()));
  return positions;
}

const push = <K>(index: Map<K, PositionList>, key: K, position: number) => appendPosition(listOf(index, key), position);

/**
 * Indexes of the log for the audit trail: positions by actor, unit, cluster, person, year and event
 * type, each in log order (typed columns: 4 bytes a position). A filtered page walks the smallest matching index and checks the
 * others, so its cost follows the page, not the log.
 *
 * A cluster's trail holds the events that name it, the events of its ceremonies (their later
 * events name only the ceremony) and the events of the documents and persons its own events and
 * its ceremonies' events name. A document or person may be named long after its own events (a
 * ceremony cites a plan registered months before), so when a cluster first names a record, the
 * record's events so far are merged into the cluster's index there: one pass over the log, in log
 * order, builds the same index as any replay. The events of a document cited by a cluster are in
 * its trail; what that document's own events name is not (a directive a cited plan amends is not
 * the cluster's), so one citation never pulls in a chain of others.
 */
export class AuditLogProjection implements Projection {
  readonly name = 'audit-log';
  private readonly byActor = new Map<string, PositionList>();
  private readonly byUnit = new Map<string, PositionList>();
  private readonly byCluster = new Map<string, PositionList>();
  private readonly byPerson = new Map<string, PositionList>();
  /** The events each ceremony, document and person has of its own (their home), for a cluster that names it later. */
  private readonly byRecord = new Map<RecordKey, PositionList>();
  /** The clusters each record concerns: the cluster that held a ceremony, those whose events name a document or person. */
  private readonly recordClusters = new Map<RecordKey, string[]>();
  private readonly byYear = new Map<number, PositionList>();
  private readonly byType = new Map<string, PositionList>();
  /** The unit of each award (`<clusterId>/<year>/<awardId>`), for the award's later events. */
  private readonly awardUnits = new Map<string, string>();
  /** Each actor's names, a version only when a token carried a name different from the last one. */
  private readonly names = new Map<string, History<string>>();
  private head = 0;

  private keysOf(event: RecordedEvent, references = referencesIn(dataOf(event))): AuditKeys {
    const data = dataOf(event);
    const actor = event.metadata.actor as { id?: string } | undefined;
    const { home } = references;
    return {
      actorId: actor?.id,
      unitIds: unitsOf(data, this.awardUnits),
      clusterIds: [...new Set([...references.clusterIds, ...((home && this.recordClusters.get(home)) ?? [])])],
      personIds: references.personIds,
      year: typeof data.year === 'number' ? data.year : undefined,
    };
  }

  apply(event: RecordedEvent): void {
    const data = dataOf(event);
    if (event.type === 'AwardProposed' && typeof data.unitId === 'string') this.awardUnits.set(awardKey(data), data.unitId);
    const references = referencesIn(data);
    this.noteConcerns(references);
    const keys = this.keysOf(event, references);
    if (keys.actorId) push(this.byActor, keys.actorId, event.position);
    this.noteName(event);
    for (const unitId of keys.unitIds) push(this.byUnit, unitId, event.position);
    for (const clusterId of keys.clusterIds) push(this.byCluster, clusterId, event.position);
    for (const personId of keys.personIds) push(this.byPerson, personId, event.position);
    if (references.home) push(this.byRecord, references.home, event.position);
    if (keys.year !== undefined) push(this.byYear, keys.year, event.position);
    push(this.byType, event.type, event.position);
    this.head = event.position;
  }

  /**
   * The records an event of a cluster names concern that cluster from here on. An event is a
   * cluster's when it names the cluster, or belongs to one of its ceremonies: a ceremony is the
   * cluster's own, a document or person only named by it.
   */
  private noteConcerns({ clusterIds, home, records }: References): void {
    const owners = home && isCeremony(home) ? (this.recordClusters.get(home) ?? []) : [];
    for (const clusterId of new Set([...clusterIds, ...owners])) for (const record of records) this.concern(record, clusterId);
  }

  private concern(record: RecordKey, clusterId: string): void {
    const clusters = this.recordClusters.get(record);
    if (clusters?.includes(clusterId)) return;
    if (clusters) clusters.push(clusterId);
    else this.recordClusters.set(record, [clusterId]);
    const earlier = this.byRecord.get(record);
    if (earlier) mergePositions(listOf(this.byCluster, clusterId), earlier);
  }

  private noteName(event: RecordedEvent): void {
    const actor = event.metadata.actor as { id?: string; name?: string | null } | undefined;
    if (!actor?.id || !actor.name) return;
    const names = historyOf(this.names, actor.id);
    if (names.current() !== actor.name) names.set(event.position, actor.name);
  }

  /** The latest name an actor's tokens carried as known at `at` (null: none carried a name yet). */
  nameOf(actorId: string, at: At): string | null {
    return read(this.names.get(actorId), at) ?? null;
  }

  /** Whether the actor had acted by `at`: an event of theirs the model has applied stands there or before. */
  actedBy(actorId: string, at: At): boolean {
    const positions = this.byActor.get(actorId);
    return positions !== undefined && positions.length > 0 && (at === 'current' || positions.positions[0] <= at);
  }

  /** Whether an event the model has applied passes the filter's key conditions (not its position bounds). */
  matches(event: RecordedEvent, filter: AuditFilter): boolean {
    const keys = this.keysOf(event);
    return (
      (filter.actorId == null || keys.actorId === filter.actorId) &&
      (filter.unitId == null || keys.unitIds.includes(filter.unitId)) &&
      (filter.clusterId == null || keys.clusterIds.includes(filter.clusterId)) &&
      (filter.personId == null || keys.personIds.includes(filter.personId)) &&
      (filter.year == null || keys.year === filter.year) &&
      (filter.eventType == null || event.type === filter.eventType)
    );
  }

  /**
   * Up to `limit` positions matching the filter, strictly after (oldest first) or before (newest
   * first) the cursor position, plus whether more exist beyond them.
   */
  page(filter: AuditFilter, limit: number, newestFirst: boolean, cursor: number | null): { positions: number[]; hasMore: boolean } {
    const lists: PositionList[] = [];
    const need = <K>(index: Map<K, PositionList>, key: K | undefined) => {
      if (key !== undefined) lists.push(index.get(key) ?? positionList());
    };
    need(this.byActor, filter.actorId);
    need(this.byUnit, filter.unitId);
    need(this.byCluster, filter.clusterId);
    need(this.byPerson, filter.personId);
    need(this.byYear, filter.year);
    need(this.byType, filter.eventType);
    const from = Math.max(filter.fromPosition ?? 1, 1);
    const to = Math.min(filter.toPosition ?? this.head, this.head);
    lists.sort((a, b) => a.length - b.length);
    const [driver, ...others] = lists;
    const matches = (position: number) =>
      others.every((list) => {
        const i = lowerBound(list, position);
        return i < list.length && list.positions[i] === position;
      });

    const positions: number[] = [];
    const take = (position: number): boolean => {
      if (!matches(position)) return true;
      if (positions.length === limit) return false;
      positions.push(position);
      return true;
    };
    const hasMore = false;
    if (driver) {
      if (newestFirst) {
        const end = Math.min(to, cursor === null ? to : cursor - 1);
        for (let i = lowerBound(driver, end + 1) - 1; i >= 0 && driver.positions[i] >= from; i -= 1)
          if (!take(driver.positions[i])) return { positions, hasMore: true };
      } else {
        const start = Math.max(from, cursor === null ? from : cursor + 1);
        for (let i = lowerBound(driver, start); i < driver.length && driver.positions[i] <= to; i += 1)
          if (!take(driver.positions[i])) return { positions, hasMore: true };
      }
    } else if (newestFirst) {
      for (let p = Math.min(to, cursor === null ? to : cursor - 1); p >= from; p -= 1) if (!take(p)) return { positions, hasMore: true };
    } else {
      for (let p = Math.max(from, cursor === null ? from : cursor + 1); p <= to; p += 1) if (!take(p)) return { positions, hasMore: true };
    }
    return { positions, hasMore };
  }
}
