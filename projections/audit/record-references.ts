/**
 * The records an event names, read from its data's field names, for the audit trail's cluster and
 * person filters: ceremonies, documents and persons (units have their own fields in the audit index).
 *
 * Why by field name and not by a list of event types: a ceremony's later events, a document's
 * corrections and an office's representative name their records by `ceremonyId`, `documentId`,
 * `personId`, and every reference elsewhere follows the same spelling (`organisingDocumentId`,
 * a list of `legalBasisDocumentIds`, a `signerPersonId` inside a correction's `changes`). An event
 * type added later that names one of these records by such a field is in the trails it concerns
 * without anyone editing a list here; a list of types would silently leave it out of the trail.
 * The risk runs the other way only: a field spelled like a reference that is not one adds an event
 * to a trail (the auditor sees it), it never hides one.
 */

export type RecordKind = 'ceremony' | 'document' | 'person';

/** `<kind>:<id>`: the three kinds' ids are callers' slugs and may coincide across kinds. */
export type RecordKey = `${RecordKind}:${string}`;

const keyOf = (kind: RecordKind, id: string): RecordKey => `${kind}:${id}`;
export const isCeremony = (key: RecordKey) => key.startsWith('ceremony:');

/**
 * `ceremonyId`, `documentIds`, or a camel-case name ending in one of them (`relatedDocumentId`,
 * `legalBasisDocumentIds`): `Ids` holds a list of ids, `Id` one id.
 */
const FIELD = /^(?:(ceremony|document|person)|[a-z][A-Za-z0-9]*(Ceremony|Document|Person))(Ids?)$/;
/** Deep enough for the data events carry (`changes.legalBasisDocumentIds`, `commendations[0].personId`). */
const MAX_DEPTH = 4;

export interface References {
  /** The clusters the event names itself: its `clusterId`, or the cluster that issued its document. */
  clusterIds: string[];
  /**
   * The record the event belongs to, when it belongs to no cluster by itself: the ceremony its
   * `ceremonyId` names, else the document of its `documentId`, else the person of its `personId`.
   * A cluster-year event that names a person (an office's representative) is the cluster's, not the person's.
   */
  home: RecordKey | undefined;
  /** Every record named anywhere in the data, the home included. */
  records: RecordKey[];
  /** The persons among them. */
  personIds: string[];
}

function collect(value: unknown, depth: number, into: Set<RecordKey>): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, into);
    return;
  }
  for (const [field, inner] of Object.entries(value)) {
    const match = field.endsWith('Id') || field.endsWith('Ids') ? FIELD.exec(field) : null;
    if (!match) {
      collect(inner, depth + 1, into);
      continue;
    }
    const kind = (match[1] ?? match[2].toLowerCase()) as RecordKind;
    if (match[3] === 'Id' && typeof inner === 'string') into.add(keyOf(kind, inner));
    if (match[3] === 'Ids' && Array.isArray(inner))
      for (const id of inner as unknown[]) if (typeof id === 'string') into.add(keyOf(kind, id));
  }
}

/** The issuer of a registered document, when it is a cluster or bloc ("155/KH-CTĐ9"): the document is that cluster's. */
function issuingCluster(data: Record<string, unknown>): string | undefined {
  const issuer = data.issuer as { kind?: unknown; id?: unknown } | null | undefined;
  return issuer?.kind === 'CLUSTER' && typeof issuer.id === 'string' ? issuer.id : undefined;
}

function homeOf(data: Record<string, unknown>): RecordKey | undefined {
  if (typeof data.clusterId === 'string') return undefined;
  for (const kind of ['ceremony', 'document', 'person'] as const) {
    const id = data[`${kind}Id`];
    if (typeof id === 'string') return keyOf(kind, id);
  }
  return undefined;
}

export function referencesIn(data: Record<string, unknown>): References {
  const records = new Set<RecordKey>();
  collect(data, 0, records);
  const clusterIds = [data.clusterId, issuingCluster(data)].filter((id): id is string => typeof id === 'string');
  const personIds = [...records].filter((key) => key.startsWith('person:')).map((key) => key.slice('person:'.length));
  return { clusterIds, home: homeOf(data), records: [...records], personIds };
}
