/** The kinds of record a source can be cited for. */
export enum SourcedRecordKind {
  UNIT = 'UNIT',
  CLUSTER = 'CLUSTER',
  CLUSTER_YEAR = 'CLUSTER_YEAR',
  /** A unit's membership of a cluster-year: `partId` is the unit. */
  MEMBERSHIP = 'MEMBERSHIP',
  /** An office of a cluster-year: `partId` is CHAIR or VICE_CHAIR. */
  OFFICE = 'OFFICE',
  AGREEMENT = 'AGREEMENT',
  /** An award of a cluster-year: `partId` is the award. */
  AWARD = 'AWARD',
  MEETING = 'MEETING',
  /** The review (sơ kết, tổng kết) a meeting gave: `id` is the meeting. */
  REVIEW = 'REVIEW',
  DOCUMENT = 'DOCUMENT',
  PERSON = 'PERSON',
  COUNCIL = 'COUNCIL',
}

/**
 * A record, by the ids that name it: `id` is the record's own id (the cluster's for a cluster-year and
 * its parts), `year` the cluster-year's, `partId` the member, office or award within that year.
 */
export interface RecordRef {
  kind: SourcedRecordKind;
  id: string;
  year: number | null;
  partId: string | null;
}

const OF_A_YEAR = new Set([
  SourcedRecordKind.CLUSTER_YEAR,
  SourcedRecordKind.MEMBERSHIP,
  SourcedRecordKind.OFFICE,
  SourcedRecordKind.AGREEMENT,
  SourcedRecordKind.AWARD,
]);
const WITH_PART = new Set([SourcedRecordKind.MEMBERSHIP, SourcedRecordKind.OFFICE, SourcedRecordKind.AWARD]);

export const ofAYear = (kind: SourcedRecordKind) => OF_A_YEAR.has(kind);
export const withPart = (kind: SourcedRecordKind) => WITH_PART.has(kind);

/** The record with only the parts its kind has, or null when a part its kind needs is missing. */
export function normalRecord(record: RecordRef): RecordRef | null {
  const year = ofAYear(record.kind) ? record.year : null;
  const partId = withPart(record.kind) ? (record.partId?.trim() ?? '') : null;
  if (!record.id.trim() || (ofAYear(record.kind) && year === null) || partId === '') return null;
  return { kind: record.kind, id: record.id.trim(), year, partId };
}

/**
 * The record whose reads show the citation, for the read model's index: a cluster-year shows its
 * members', offices', agreement's and awards' sources; a meeting shows its review's.
 */
export function ownerKey(record: Pick<RecordRef, 'kind' | 'id' | 'year'>): string {
  const owner = ofAYear(record.kind) ? 'YEAR' : record.kind === SourcedRecordKind.REVIEW ? SourcedRecordKind.MEETING : record.kind;
  return [owner, record.id, record.year ?? ''].join('\u0000');
}

/**
 * The record's ids under the field names the audit trail reads (projections/audit/record-references.ts):
 * a cluster's records join the cluster's trail, a meeting's its meeting's, a person's the person's.
 */
export type ReferenceFields = Partial<
  Record<'unitId' | 'clusterId' | 'ceremonyId' | 'citingDocumentId' | 'personId' | 'councilId', string>
>;

export function referenceFields(record: RecordRef): ReferenceFields {
  switch (record.kind) {
    case SourcedRecordKind.UNIT:
      return { unitId: record.id };
    case SourcedRecordKind.MEETING:
    case SourcedRecordKind.REVIEW:
      return { ceremonyId: record.id };
    case SourcedRecordKind.DOCUMENT:
      return { citingDocumentId: record.id };
    case SourcedRecordKind.PERSON:
      return { personId: record.id };
    case SourcedRecordKind.COUNCIL:
      return { councilId: record.id };
    default:
      return { clusterId: record.id };
  }
}
