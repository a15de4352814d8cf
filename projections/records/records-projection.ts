import { numberKey } from '../../src/records/domain/document/citation';
import type { AnyDomainEvent } from '../../src/domain/events';
import type { RecordedEvent } from '../../src/eventstore/port';
import { changeCurrent, historyOf, read, setOf, type At, type History } from '../history';
import type { Projection } from '../projection';
import type { CeremonyView, DocumentView, PersonView, RepresentativeView } from './views';

const yearKey = (clusterId: string, year: number) => `${clusterId}\u0000${year}`;

/**
 * The records a ceremony report gives beyond the year itself: documents, people, ceremonies and
 * who represented a year's offices, each key with its history so reads answer `asOf`.
 */
export class RecordsProjection implements Projection {
  readonly name = 'records';
  private readonly documents = new Map<string, History<DocumentView>>();
  /** Document ids by number key ("424/QĐ-VKSTC"), so a number cited as text finds its document. */
  private readonly documentsByNumber = new Map<string, string>();
  private readonly persons = new Map<string, History<PersonView>>();
  private readonly ceremonies = new Map<string, History<CeremonyView>>();
  private readonly ceremoniesByCluster = new Map<string, Set<string>>();
  private readonly ceremoniesByPerson = new Map<string, Set<string>>();
  private readonly representatives = new Map<string, History<readonly RepresentativeView[]>>();

  apply(recorded: RecordedEvent): void {
    const event = { type: recorded.type, data: recorded.data } as AnyDomainEvent;
    const at = recorded.position;
    switch (event.type) {
      case 'DocumentRegistered':
        historyOf(this.documents, event.data.documentId).set(at, event.data);
        if (!this.documentsByNumber.has(numberKey(event.data.number)))
          this.documentsByNumber.set(numberKey(event.data.number), event.data.documentId);
        return;
      case 'DocumentSubjectCompleted':
        return changeCurrent(this.documents.get(event.data.documentId), at, (d) => ({ ...d, title: event.data.title }));
      case 'PersonRegistered':
        historyOf(this.persons, event.data.personId).set(at, event.data);
        return;
      case 'CeremonyRecorded':
        historyOf(this.ceremonies, event.data.ceremonyId).set(at, { ...event.data, participants: [], review: null });
        setOf(this.ceremoniesByCluster, event.data.clusterId).add(event.data.ceremonyId);
        return;
      case 'CeremonyParticipantAdded': {
        const { ceremonyId, ...participant } = event.data;
        setOf(this.ceremoniesByPerson, participant.personId).add(ceremonyId);
        return changeCurrent(this.ceremonies.get(ceremonyId), at, (c) => ({ ...c, participants: [...c.participants, participant] }));
      }
      case 'CeremonyReviewRecorded': {
        const { ceremonyId, ...review } = event.data;
        return changeCurrent(this.ceremonies.get(ceremonyId), at, (c) => ({ ...c, review }));
      }
      case 'OfficeRepresentativeNamed': {
        const { clusterId, year, ...named } = event.data;
        const history = historyOf(this.representatives, yearKey(clusterId, year));
        history.set(at, [...(history.current() ?? []).filter((r) => r.office !== named.office), named]);
        return;
      }
      default:
        return;
    }
  }

  document(id: string, at: At = 'current'): DocumentView | undefined {
    return read(this.documents.get(id), at);
  }

  allDocuments(at: At = 'current'): DocumentView[] {
    return [...this.documents.values()].flatMap((h) => read(h, at) ?? []);
  }

  /** The registered document with this number, if any. */
  documentByNumber(number: string, at: At = 'current'): DocumentView | undefined {
    const id = this.documentsByNumber.get(numberKey(number));
    return id ? this.document(id, at) : undefined;
  }

  person(id: string, at: At = 'current'): PersonView | undefined {
    return read(this.persons.get(id), at);
  }

  ceremony(id: string, at: At = 'current'): CeremonyView | undefined {
    return read(this.ceremonies.get(id), at);
  }

  /** A cluster's ceremonies, oldest first. */
  ceremoniesOf(clusterId: string, at: At = 'current'): CeremonyView[] {
    return this.ceremonyList(this.ceremoniesByCluster.get(clusterId), at);
  }

  /** The ceremonies a person took part in, in any role, oldest first. */
  ceremoniesOfPerson(personId: string, at: At = 'current'): CeremonyView[] {
    return this.ceremonyList(this.ceremoniesByPerson.get(personId), at).filter((c) => c.participants.some((p) => p.personId === personId));
  }

  representativesOf(clusterId: string, year: number, at: At = 'current'): readonly RepresentativeView[] {
    return read(this.representatives.get(yearKey(clusterId, year)), at) ?? [];
  }

  private ceremonyList(ids: Set<string> | undefined, at: At): CeremonyView[] {
    return [...(ids ?? [])].flatMap((id) => this.ceremony(id, at) ?? []).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  }
}
