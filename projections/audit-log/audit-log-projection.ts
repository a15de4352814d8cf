import type { RecordedEvent } from '../../src/eventstore/port';
import type { Projection } from '../projection';

export interface AuditFilter {
  actorId?: string;
  unitId?: string;
  clusterId?: string;
  year?: number;
  eventType?: string;
  /** Inclusive log-position bounds (recorded-time bounds are turned into these by the caller). */
  fromPosition?: number;
  toPosition?: number;
}

const UNIT_FIELDS = ['unitId', 'chairUnitId', 'viceChairUnitId', 'voterUnitId', 'successorUnitId', 'hostUnitId', 'organizerUnitId', 'parentUnitId'];
const UNIT_LISTS = ['memberUnitIds', 'candidateUnitIds', 'approvedUnitIds'];

/** Every unit an event concerns, from the fields events use to name units. */
function unitsOf(data: Record<string, unknown>): string[] {
  const units = new Set<string>();
  for (const field of UNIT_FIELDS) if (typeof data[field] === 'string') units.add(data[field] as string);
  for (const field of UNIT_LISTS) if (Array.isArray(data[field])) for (const id of data[field] as string[]) units.add(id);
  return [...units];
}

function push<K>(index: Map<K, number[]>, key: K, position: number): void {
  let positions = index.get(key);
  if (!positions) index.set(key, (positions = []));
  positions.push(position);
}

/** First index in the ascending list whose value is ≥ value. */
function lowerBound(list: number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Indexes of the log for the audit trail: positions by actor, unit, cluster, year and event
 * type, each in log order. A filtered page walks the smallest matching index and checks the
 * others, so its cost follows the page, not the log.
 */
export class AuditLogProjection implements Projection {
  readonly name = 'audit-log';
  private readonly byActor = new Map<string, number[]>();
  private readonly byUnit = new Map<string, number[]>();
  private readonly byCluster = new Map<string, number[]>();
  private readonly byYear = new Map<number, number[]>();
  private readonly byType = new Map<string, number[]>();
  private head = 0;

  apply(event: RecordedEvent): void {
    const data = (event.data ?? {}) as Record<string, unknown>;
    const actor = event.metadata.actor as { id?: string } | undefined;
    if (actor?.id) push(this.byActor, actor.id, event.position);
    for (const unitId of unitsOf(data)) push(this.byUnit, unitId, event.position);
    if (typeof data.clusterId === 'string') push(this.byCluster, data.clusterId, event.position);
    if (typeof data.year === 'number') push(this.byYear, data.year, event.position);
    push(this.byType, event.type, event.position);
    this.head = event.position;
  }

  /**
   * Up to `limit` positions matching the filter, strictly after (oldest first) or before (newest
   * first) the cursor position, plus whether more exist beyond them.
   */
  page(filter: AuditFilter, limit: number, newestFirst: boolean, cursor: number | null): { positions: number[]; hasMore: boolean } {
    const lists: number[][] = [];
    const need = <K>(index: Map<K, number[]>, key: K | undefined) => {
      if (key !== undefined) lists.push(index.get(key) ?? []);
    };
    need(this.byActor, filter.actorId);
    need(this.byUnit, filter.unitId);
    need(this.byCluster, filter.clusterId);
    need(this.byYear, filter.year);
    need(this.byType, filter.eventType);
    const from = Math.max(filter.fromPosition ?? 1, 1);
    const to = Math.min(filter.toPosition ?? this.head, this.head);
    lists.sort((a, b) => a.length - b.length);
    const [driver, ...others] = lists;
    const matches = (position: number) => others.every((list) => list[lowerBound(list, position)] === position);

    const positions: number[] = [];
    const take = (position: number): boolean => {
      if (!matches(position)) return true;
      if (positions.length === limit) return false;
      positions.push(position);
      return true;
    };
    let hasMore = false;
    if (driver) {
      if (newestFirst) {
        const end = Math.min(to, cursor === null ? to : cursor - 1);
        for (let i = lowerBound(driver, end + 1) - 1; i >= 0 && driver[i] >= from; i -= 1)
          if (!take(driver[i])) return { positions, hasMore: true };
      } else {
        const start = Math.max(from, cursor === null ? from : cursor + 1);
        for (let i = lowerBound(driver, start); i < driver.length && driver[i] <= to; i += 1)
          if (!take(driver[i])) return { positions, hasMore: true };
      }
    } else if (newestFirst) {
      for (let p = Math.min(to, cursor === null ? to : cursor - 1); p >= from; p -= 1) if (!take(p)) return { positions, hasMore: true };
    } else {
      for (let p = Math.max(from, cursor === null ? from : cursor + 1); p <= to; p += 1) if (!take(p)) return { positions, hasMore: true };
    }
    return { positions, hasMore };
  }
}
