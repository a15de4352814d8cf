import type { RepresentativeView } from '../../../projections/records/views';
import type { ModelsAt } from '../../graphql/models-at';
import { parseCitation } from '../domain/document/citation';
import { Ceremony, Document, Person } from './records-types';

/** The records slice's published reads: documents, people, ceremonies and office holders' representatives. */
export function documentAt(read: ModelsAt, id: string | null): Document | null {
  const view = id ? read.models.records.document(id, read.at) : undefined;
  return view ? Document.from(view) : null;
}

/** The register, by date of issue (then number). */
export function documentsAt(read: ModelsAt): Document[] {
  return read.models.records
    .allDocuments(read.at)
    .sort((a, b) => (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') || a.number.localeCompare(b.number))
    .map((view) => Document.from(view));
}

/** A document cited as text: the registered one with that number, else what the citation itself says. */
export function citedDocumentAt(read: ModelsAt, text: string): Document | null {
  const cited = parseCitation(text);
  const registered = read.models.records.documentByNumber(cited?.number ?? text, read.at);
  if (registered) return Document.from(registered);
  return cited ? Document.cited(cited) : null;
}

export function personAt(read: ModelsAt, id: string): Person | null {
  const view = read.models.records.person(id, read.at);
  return view ? Person.from(view, read.at) : null;
}

export function ceremonyAt(read: ModelsAt, id: string): Ceremony | null {
  const view = read.models.records.ceremony(id, read.at);
  return view ? Ceremony.from(view, read.at) : null;
}

/** A cluster's ceremonies, oldest first. */
export function ceremoniesOf(read: ModelsAt, clusterId: string): Ceremony[] {
  return read.models.records.ceremoniesOf(clusterId, read.at).map((c) => Ceremony.from(c, read.at));
}

/** The ceremonies a person took part in, oldest first. */
export function ceremoniesOfPerson(read: ModelsAt, personId: string): Ceremony[] {
  return read.models.records.ceremoniesOfPerson(personId, read.at).map((c) => Ceremony.from(c, read.at));
}

export function representativesOf(read: ModelsAt, clusterId: string, year: number): readonly RepresentativeView[] {
  return read.models.records.representativesOf(clusterId, year, read.at);
}
