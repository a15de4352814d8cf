import type { PersonTitleEvent } from '../../src/awards/domain/person-titles/person-titles';
import type { RecordedEvent } from '../../src/eventstore/port';
import { historyOf, read, type At, type History } from '../history';
import type { Projection } from '../projection';

/** A person's registration for a title in their unit's year. */
export interface PersonTitleRegistrationView {
  personId: string;
  titleId: string;
}

/** The titles a unit's persons registered for, per unit and year, each version kept so reads answer `asOf`. */
export class PersonTitlesProjection implements Projection {
  readonly name = 'personTitles';
  private readonly byUnitYear = new Map<string, History<readonly PersonTitleRegistrationView[]>>();

  apply(recorded: RecordedEvent): void {
    if (recorded.type !== 'PersonTitleRegistered' && recorded.type !== 'PersonTitleWithdrawn') return;
    const event = { type: recorded.type, data: recorded.data } as PersonTitleEvent;
    const { unitId, year, personId } = event.data;
    const history = historyOf(this.byUnitYear, `${unitId}|${year}`);
    const others = (history.current() ?? []).filter((r) => r.personId !== personId);
    const next = event.type === 'PersonTitleRegistered' ? [...others, { personId, titleId: event.data.titleId }] : others;
    history.set(
      recorded.position,
      next.sort((a, b) => a.personId.localeCompare(b.personId)),
    );
  }

  /** The unit's registrations that year, by person id. */
  registrations(unitId: string, year: number, at: At = 'current'): readonly PersonTitleRegistrationView[] {
    return read(this.byUnitYear.get(`${unitId}|${year}`), at) ?? [];
  }
}
