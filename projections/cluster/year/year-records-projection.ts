import type { AnyDomainEvent } from '../../../src/domain/events';
import type { RecordedEvent } from '../../../src/eventstore/port';
import { changeCurrent, History, historyOf, read, setOf, type At } from '../../history';
import type { Projection } from '../../projection';
import type { AwardView, YearRecordsView } from './views';
import { yearChangeOf } from './year-changes';

const key = (clusterId: string, year: number) => `${clusterId}\u0000${year}`;

/**
 * The records of each cluster year: agreement and signatures, regulation amendments,
 * registrations, eligibility, the scoring lock, votes and awards; each year with its history.
 */
export class YearRecordsProjection implements Projection {
  readonly name = 'year-records';
  private readonly years = new Map<string, History<YearRecordsView>>();
  private readonly awardYearsByUnit = new Map<string, Set<string>>();

  apply(recorded: RecordedEvent): void {
    const event = { type: recorded.type, data: recorded.data } as AnyDomainEvent;
    const at = recorded.position;
    if (event.type === 'ClusterYearOpened') {
      const { clusterId, year } = event.data;
      historyOf(this.years, key(clusterId, year)).set(at, {
        clusterId,
        year,
        agreement: null,
        regulationAmendments: [],
        registrations: [],
        registrationCounts: null,
        ineligible: [],
        criteriaSet: null,
        finalized: false,
        reopenings: [],
        votes: [],
        awards: [],
        report: null,
      });
      return;
    }
    if (event.type === 'AwardProposed') setOf(this.awardYearsByUnit, event.data.unitId).add(key(event.data.clusterId, event.data.year));
    const change = yearChangeOf(event);
    if (!change) return;
    const { clusterId, year } = event.data as { clusterId: string; year: number };
    changeCurrent(this.years.get(key(clusterId, year)), at, change);
  }

  records(clusterId: string, year: number, at: At = 'current'): YearRecordsView | undefined {
    return read(this.years.get(key(clusterId, year)), at);
  }

  /** Every award proposed for the unit, with its cluster year, oldest year first. */
  awardsOf(unitId: string, at: At = 'current'): { clusterId: string; year: number; award: AwardView }[] {
    return [...(this.awardYearsByUnit.get(unitId) ?? [])]
      .flatMap((k) => read(this.years.get(k), at) ?? [])
      .flatMap((v) => v.awards.filter((a) => a.unitId === unitId).map((award) => ({ clusterId: v.clusterId, year: v.year, award })))
      .sort((a, b) => a.year - b.year);
  }
}
