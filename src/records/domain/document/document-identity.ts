import type { Decider, DomainEvent } from '../../../kernel/decider';
import { parsePartialDate } from '../../../kernel/partial-date';
import type { DocumentDetails } from './document-events';
import type { DocumentIssuer } from './document-issuer';

/**
 * Số văn bản: an issuer numbers its documents of a kind anew each year, so the issuer, the kind, the
 * number and the year identify a numbered document. Null when any of them is unknown (an unnumbered
 * plan, a citation that names no issuer, no date): nothing then says two entries are one document,
 * and a citation that fits both answers DOCUMENT_CITATION_AMBIGUOUS with the two.
 */
export function documentIdentity(
  issuer: DocumentIssuer | null,
  details: Pick<DocumentDetails, 'kind' | 'number' | 'issuedOn'>,
): string | null {
  const year = details.issuedOn === null ? undefined : parsePartialDate(details.issuedOn)?.year;
  if (!issuer || !details.number || !year) return null;
  // "12/KH-VKS" and "12/KH - VKS" are one number as people read them.
  const number = details.number.normalize('NFC').replace(/\s+/g, '').toUpperCase();
  return [issuer.kind, issuer.id, details.kind, number, year].join('\n');
}

/**
 * Which document last took an identity: one stream per identity, written in the same append as the
 * registration or correction that gives it. The rule (an identity is not taken twice) is the document
 * decider's, told which document bears the identity now; a registration racing another for the same
 * identity meets a conflict on this stream and is decided again.
 */
export type DocumentIdentityRecorded = DomainEvent<'DocumentIdentityRecorded', { documentId: string; identity: string }>;

export interface RecordDocumentIdentity {
  type: 'RecordDocumentIdentity';
  documentId: string;
  identity: string;
}

export const documentIdentityDecider: Decider<RecordDocumentIdentity, { holder: string | null }, DocumentIdentityRecorded> = {
  initialState: () => ({ holder: null }),
  evolve: (_state, event) => ({ holder: event.data.documentId }),
  decide: ({ documentId, identity }) => [{ type: 'DocumentIdentityRecorded', data: { documentId, identity } }],
};
