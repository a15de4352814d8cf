import type { CriteriaSetVersion } from '../../src/catalogue/domain/criteria/criteria-set';
import type { AnyDomainEvent } from '../../src/domain/events';
import { STANDARD_TITLES, type TitleDefinition } from '../../src/catalogue/domain/title/standard-titles';
import type { RecordedEvent } from '../../src/eventstore/port';
import { changeCurrent, History, historyOf, read, type At } from '../history';
import type { Projection } from '../projection';

/** Criteria sets with all their versions, and the title catalogue (the standard titles and those defined). */
export class CatalogueProjection implements Projection {
  readonly name = 'catalogue';
  private readonly criteriaSets = new Map<string, History<CriteriaSetVersion[]>>();
  private readonly titles = new Map<string, History<TitleDefinition>>();

  apply(recorded: RecordedEvent): void {
    const event = { type: recorded.type, data: recorded.data } as AnyDomainEvent;
    switch (event.type) {
      case 'CriteriaSetPublished': {
        const history = historyOf(this.criteriaSets, event.data.criteriaSetId);
        if (!history.current()) history.set(recorded.position, [event.data]);
        else changeCurrent(history, recorded.position, (versions) => [...versions, event.data]);
        return;
      }
      case 'TitleDefined':
        historyOf(this.titles, event.data.titleId).set(recorded.position, event.data);
        return;
      default:
        return;
    }
  }

  criteriaSetVersions(criteriaSetId: string, at: At = 'current'): CriteriaSetVersion[] {
    return read(this.criteriaSets.get(criteriaSetId), at) ?? [];
  }

  criteriaSet(criteriaSetId: string, version: number, at: At = 'current'): CriteriaSetVersion | undefined {
    return this.criteriaSetVersions(criteriaSetId, at).find((v) => v.version === version);
  }

  allCriteriaSets(at: At = 'current'): CriteriaSetVersion[][] {
    return [...this.criteriaSets.values()].flatMap((h) => {
      const versions = read(h, at);
      return versions ? [versions] : [];
    });
  }

  title(titleId: string, at: At = 'current'): TitleDefinition | undefined {
    return STANDARD_TITLES.find((t) => t.titleId === titleId) ?? read(this.titles.get(titleId), at);
  }

  allTitles(at: At = 'current'): TitleDefinition[] {
    return [...STANDARD_TITLES, ...[...this.titles.values()].flatMap((h) => read(h, at) ?? [])];
  }
}
