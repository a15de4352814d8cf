import type { DesignationView, OversightView, RepresentativeView } from '../../../projections/records/views';
import type { ModelsAt } from '../../graphql/models-at';
import { DomainError } from '../../kernel/domain-error';
import { parseCitation } from '../domain/document/citation';
import { fitsCitation } from '../domain/document/citation-match';
import type { DocumentErrorCode } from '../domain/document/errors';
import { CitationResolution, Document, DocumentRelationGql } from './document-types';
import { Ceremony, Person } from './records-types';

/** The records slice's published reads: documents, people, ceremonies and office holders' representatives. */
export function documentAt(read: ModelsAt, id: string | null): Document | null {
  const view = id ? read.models.records.document(id, read.at) : undefined;
  return view ? Document.from(view, read.at) : null;
}

/** Text order of the partial dates' ISO forms: a date known to the month sorts at that month, before its days. */
const byText = (a: string | null, b: string | null) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

/** The register, by date of issue (then number, title, id); undated documents first. */
export function documentsAt(read: ModelsAt): Document[] {
  return read.models.records
    .allDocuments(read.at)
    .sort(
      (a, b) =>
        byText(a.issuedOn, b.issuedOn) || byText(a.number, b.number) || byText(a.title, b.title) || byText(a.documentId, b.documentId),
    )
    .map((view) => Document.from(view, read.at));
}

/**
 * A document cited as text, resolved on every part the citation gives (number, date, kind, and the
 * issuer when the citing record names it): the one registered document that fits; else what the
 * citation says, unresolved, or ambiguous with every document that fits as candidates. Never the
 * first match: directives are numbered anew every year and every province writes "16/KH-VKS".
 */
export function citedDocumentAt(read: ModelsAt, text: string, issuerId: string | null = null): Document | null {
  const cited = parseCitation(text);
  const number = cited?.number ?? text.trim();
  const parts = { number, issuedOn: cited?.issuedOn ?? null, kind: cited?.kind ?? null, issuerId };
  const matches = read.models.records.documentsNumbered(number, read.at).filter((view) => fitsCitation(parts, view));
  if (matches.length === 1) return Document.from(matches[0], read.at, text);
  const candidates = matches.map((view) => Document.from(view, read.at));
  if (!cited && !candidates.length) return null;
  return Document.cited(cited ?? { kind: null, number, issuedOn: null, issuerCode: null }, text, read.at, candidates);
}

/** The cited document, or the refusal an ambiguous citation answers, naming every candidate so the caller can choose. */
export function unambiguous(document: Document | null): Document | null {
  if (document?.resolution !== CitationResolution.AMBIGUOUS) return document;
  throw new DomainError<DocumentErrorCode>(
    'DOCUMENT_CITATION_AMBIGUOUS',
    `Trích dẫn "${document.citedAs}" khớp với ${document.candidates.length} văn bản trong sổ (${document.candidates
      .map((c) => c.citation)
      .join('; ')}): hãy nêu thêm ngày ban hành hoặc cơ quan ban hành.`,
    { candidates: document.candidates.map(({ documentId, citation }) => ({ documentId, citation })) },
  );
}

/** What a document amends, replaces or implements (`from`), or what amends, replaces or implements it (`to`). */
export function documentRelationsAt(read: ModelsAt, documentId: string, direction: 'from' | 'to'): DocumentRelationGql[] {
  return read.models.records.documentRelations(documentId, direction, read.at).map((view) => DocumentRelationGql.from(view, read.at));
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

export function designationsOf(read: ModelsAt, clusterId: string, year: number): readonly DesignationView[] {
  return read.models.records.designationsOf(clusterId, year, read.at);
}

export function oversightOf(read: ModelsAt, clusterId: string, year: number): readonly OversightView[] {
  return read.models.records.oversightOf(clusterId, year, read.at);
}
