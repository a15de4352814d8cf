import type { ModelsAt } from '../../graphql/models-at';
import { SourcedRecordKind } from '../domain/source/record-ref';
import { SourceCitationGql } from './source-types';

/**
 * A record whose reads show sources: its kind and id (null: a document only cited, not registered),
 * a cluster-year's year, and the award within it.
 */
export type Owner = { kind: SourcedRecordKind; id: string | null; year?: number | null; partId?: string };

/** The records whose sources read with their parts': a cluster-year's members, offices, agreement, awards; a meeting's review. */
const WITH_PARTS = new Set([SourcedRecordKind.CLUSTER_YEAR, SourcedRecordKind.MEETING]);

/** The records slice's published reads of sources: those cited for a record (and its parts), oldest first. */
export function sourcesAt(read: ModelsAt, owner: Owner, kinds: readonly SourcedRecordKind[] | null = null): SourceCitationGql[] {
  if (owner.id === null) return [];
  const own = ({ record }: { record: { kind: SourcedRecordKind; partId: string | null } }) =>
    WITH_PARTS.has(owner.kind) || (record.kind === owner.kind && record.partId === (owner.partId ?? null));
  return read.models.sources
    .sourcesOf({ ...owner, id: owner.id }, read.at, kinds)
    .filter(own)
    .map((view) => SourceCitationGql.from(view, read.at));
}

/** The citations of a registered document, in the order cited. */
export function citingAt(read: ModelsAt, documentId: string): SourceCitationGql[] {
  return read.models.sources.citing(documentId, read.at).map((view) => SourceCitationGql.from(view, read.at));
}
