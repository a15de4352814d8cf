import type { ModelsAt } from '../../graphql/models-at';
import { SourcedRecordKind } from '../domain/source/record-ref';
import { SourceCitationGql } from './source-types';

/** A record whose reads show sources: its kind and id (null: a document only cited, not registered), and a cluster-year's year. */
export type Owner = { kind: SourcedRecordKind; id: string | null; year?: number | null };

/** The records slice's published reads of sources: those cited for a record and its parts, oldest first. */
export function sourcesAt(read: ModelsAt, owner: Owner, kinds: readonly SourcedRecordKind[] | null = null): SourceCitationGql[] {
  if (owner.id === null) return [];
  return read.models.sources.sourcesOf({ ...owner, id: owner.id }, read.at, kinds).map((view) => SourceCitationGql.from(view, read.at));
}

/** The citations of a registered document, in the order cited. */
export function citingAt(read: ModelsAt, documentId: string): SourceCitationGql[] {
  return read.models.sources.citing(documentId, read.at).map((view) => SourceCitationGql.from(view, read.at));
}
