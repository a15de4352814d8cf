import { comparePartialDates, parsePartialDate } from '../../src/kernel/partial-date';
import { numberKey } from '../../src/records/domain/document/citation';
import type { AnyDomainEvent } from '../../src/domain/events';
import type { RecordedEvent } from '../../src/eventstore/port';
import { changeCurrent, historyOf, read, setOf, type At, type History } from '../history';
import type { Projection } from '../projection';
import type {
  CeremonyView,
  DesignationView,
  DocumentRelationView,
  DocumentView,
  OversightView,
  PersonView,
  RepresentativeView,
} from './views';

const yearKey = (clusterId: string, year: number) => `${clusterId}\u0000${year}`;

/**
 * The records a ceremony report gives beyond the year itself: documents, people, ceremonies and
 * who represented a year's offices, each key with its history so reads answer `asOf`.
 */
export class RecordsProjection implements Projection {
  readonly name = 'records';
  private readonly documents = new Map<string, History<DocumentView>>();
  /**
   * Document ids by every number key ("424/QĐ-VKSTC") they have ever had: numbers repeat (a directive
   * 02/CT-VKSTC every year, a plan 16/KH-VKS in every province), so a citation finds all of them and
   * its other parts choose.
   */
  private readonly documentsByNumber = new Map<string, Set<string>>();
  /** Relations recorded from each document, and to it. */
  private readonly relationsFrom = new Map<string, History<readonly DocumentRelationView[]>>();
  private readonly relationsTo = new Map<string, History<readonly DocumentRelationView[]>>();
  private readonly persons = new Map<string, History<PersonView>>();
  private readonly ceremonies = new Map<string, History<CeremonyView>>();
  private readonly ceremoniesByCluster = new Map<string, Set<string>>();
  private readonly ceremoniesByPerson = new Map<string, Set<string>>();
  private readonly representatives = new Map<string, History<readonly RepresentativeView[]>>();
  private readonly designations = new Map<string, History<readonly DesignationView[]>>();
  private readonly oversight = new Map<string, History<readonly OversightView[]>>();

  apply(recorded: RecordedEvent): void {
    const event = { type: recorded.type, data: recorded.data } as AnyDomainEvent;
    const at = recorded.position;
    switch (event.type) {
      case 'DocumentRegistered':
        historyOf(this.documents, event.data.documentId).set(at, { ...event.data, signer: null, pages: null });
        return this.indexNumber(event.data.number, event.data.documentId);
      case 'DocumentSubjectCompleted':
        return changeCurrent(this.documents.get(event.data.documentId), at, (d) => ({ ...d, title: event.data.title }));
      case 'DocumentCompleted':
        return changeCurrent(this.documents.get(event.data.documentId), at, (d) => ({ ...d, ...event.data.details }));
      case 'DocumentCorrected':
        if (event.data.changes.number !== undefined) this.indexNumber(event.data.changes.number, event.data.documentId);
        return changeCurrent(this.documents.get(event.data.documentId), at, (d) => ({ ...d, ...event.data.changes }));
      case 'DocumentsRelated': {
        const { documentId, relatedDocumentId, relation, relatedOn } = event.data;
        this.addRelation(this.relationsFrom, documentId, at, { relation, documentId: relatedDocumentId, relatedOn });
        return this.addRelation(this.relationsTo, relatedDocumentId, at, { relation, documentId, relatedOn });
      }
      case 'PersonRegistered':
        historyOf(this.persons, event.data.personId).set(at, event.data);
        return;
      case 'CeremonyRecorded':
        historyOf(this.ceremonies, event.data.ceremonyId).set(at, { ...event.data, participants: [], attendances: [], review: null });
        setOf(this.ceremoniesByCluster, event.data.clusterId).add(event.data.ceremonyId);
        return;
      case 'CeremonyParticipantAdded': {
        const { ceremonyId, ...participant } = event.data;
        setOf(this.ceremoniesByPerson, participant.personId).add(ceremonyId);
        return changeCurrent(this.ceremonies.get(ceremonyId), at, (c) => ({ ...c, participants: [...c.participants, participant] }));
      }
      case 'CeremonyAttendanceRecorded': {
        const { ceremonyId, ...attendance } = event.data;
        return changeCurrent(this.ceremonies.get(ceremonyId), at, (c) => ({
          ...c,
          attendances: [...c.attendances, { ...attendance, persons: [] }],
        }));
      }
      case 'AttendancePersonLinked': {
        const { ceremonyId, attendanceId, ...person } = event.data;
        setOf(this.ceremoniesByPerson, person.personId).add(ceremonyId);
        return changeCurrent(this.ceremonies.get(ceremonyId), at, (c) => ({
          ...c,
          attendances: c.attendances.map((a) => (a.attendanceId === attendanceId ? { ...a, persons: [...a.persons, person] } : a)),
        }));
      }
      case 'CeremonyReviewRecorded': {
        const { ceremonyId, ...review } = event.data;
        return changeCurrent(this.ceremonies.get(ceremonyId), at, (c) => ({ ...c, review }));
      }
      default:
        return this.applyOfficeFact(event, at);
    }
  }

  /** Who represented each office of a year, what designated it, and who oversaw the year. */
  private applyOfficeFact(event: AnyDomainEvent, at: number): void {
    if (event.type === 'OfficeRepresentativeNamed') {
      const { clusterId, year, ...named } = event.data;
      replaceOffice(historyOf(this.representatives, yearKey(clusterId, year)), at, named);
    } else if (event.type === 'OfficeDesignationRecorded') {
      const { clusterId, year, ...designation } = event.data;
      replaceOffice(historyOf(this.designations, yearKey(clusterId, year)), at, designation);
    } else if (event.type === 'OversightAssigned') {
      const { clusterId, year, ...assigned } = event.data;
      const history = historyOf(this.oversight, yearKey(clusterId, year));
      history.set(at, [...(history.current() ?? []), { ...assigned, endReason: null }]);
    } else if (event.type === 'OversightEnded') {
      const { clusterId, year, personId, reason } = event.data;
      changeCurrent(this.oversight.get(yearKey(clusterId, year)), at, (list) =>
        list.map((o) => (o.personId === personId && o.endReason === null ? { ...o, endReason: reason } : o)),
      );
    }
  }

  document(id: string, at: At = 'current'): DocumentView | undefined {
    return read(this.documents.get(id), at);
  }

  allDocuments(at: At = 'current'): DocumentView[] {
    return [...this.documents.values()].flatMap((h) => read(h, at) ?? []);
  }

  /** Every registered document bearing this number at `at`. */
  documentsNumbered(number: string, at: At = 'current'): DocumentView[] {
    const key = numberKey(number);
    return [...(this.documentsByNumber.get(key) ?? [])].flatMap((id) => {
      const document = this.document(id, at);
      return document?.number != null && numberKey(document.number) === key ? [document] : [];
    });
  }

  /** What a document amends, replaces or implements (`from`), or what does so to it (`to`). */
  documentRelations(documentId: string, direction: 'from' | 'to', at: At = 'current'): readonly DocumentRelationView[] {
    return read((direction === 'from' ? this.relationsFrom : this.relationsTo).get(documentId), at) ?? [];
  }

  private indexNumber(number: string | null, documentId: string): void {
    if (number !== null) setOf(this.documentsByNumber, numberKey(number)).add(documentId);
  }

  private addRelation(map: Map<string, History<readonly DocumentRelationView[]>>, key: string, at: number, relation: DocumentRelationView) {
    const history = historyOf(map, key);
    history.set(at, [...(history.current() ?? []), relation]);
  }

  person(id: string, at: At = 'current'): PersonView | undefined {
    return read(this.persons.get(id), at);
  }

  ceremony(id: string, at: At = 'current'): CeremonyView | undefined {
    return read(this.ceremonies.get(id), at);
  }

  /** A cluster's ceremonies, oldest first; those with no date stated last. */
  ceremoniesOf(clusterId: string, at: At = 'current'): CeremonyView[] {
    return this.ceremonyList(this.ceremoniesByCluster.get(clusterId), at);
  }

  /** The ceremonies a person took part in, in any role or linked to an attendance, oldest first. */
  ceremoniesOfPerson(personId: string, at: At = 'current'): CeremonyView[] {
    const named = (c: CeremonyView) =>
      c.participants.some((p) => p.personId === personId) || c.attendances.some((a) => a.persons.some((p) => p.personId === personId));
    return this.ceremonyList(this.ceremoniesByPerson.get(personId), at).filter(named);
  }

  representativesOf(clusterId: string, year: number, at: At = 'current'): readonly RepresentativeView[] {
    return read(this.representatives.get(yearKey(clusterId, year)), at) ?? [];
  }

  designationsOf(clusterId: string, year: number, at: At = 'current'): readonly DesignationView[] {
    return read(this.designations.get(yearKey(clusterId, year)), at) ?? [];
  }

  /** The officials assigned to oversee a cluster-year, in the order assigned, those whose oversight ended included. */
  oversightOf(clusterId: string, year: number, at: At = 'current'): readonly OversightView[] {
    return read(this.oversight.get(yearKey(clusterId, year)), at) ?? [];
  }

  private ceremonyList(ids: Set<string> | undefined, at: At): CeremonyView[] {
    return [...(ids ?? [])].flatMap((id) => this.ceremony(id, at) ?? []).sort(byDateHeld);
  }
}

/** Recording an office's fact again replaces only that office's. */
function replaceOffice<V extends { office: string }>(history: History<readonly V[]>, at: number, value: V): void {
  history.set(at, [...(history.current() ?? []).filter((v) => v.office !== value.office), value]);
}

/** A meeting known to the month sorts at that month, before the days within it; one with no date stated sorts after every dated one. */
function byDateHeld(a: CeremonyView, b: CeremonyView): number {
  const [x, y] = [a.heldOn === null ? null : parsePartialDate(a.heldOn), b.heldOn === null ? null : parsePartialDate(b.heldOn)];
  if (x === null || y === null) return Number(x === null) - Number(y === null) || a.ceremonyId.localeCompare(b.ceremonyId);
  return comparePartialDates(x, y) || a.ceremonyId.localeCompare(b.ceremonyId);
}
