import type { DomainEvent } from '../../../kernel/decider';
import type { DocumentKind } from './document-kind';
import type { DocumentIssuer } from './document-issuer';
import type { DocumentRelationKind } from './document-relation';

/**
 * A document as registered. Its identity is issuer + kind + number (when it has one) + issue date;
 * `issuedOn` is a partial date's text ("2020", "2020-02", "2020-02-14"). Version 2 added `issuer`
 * and documents without a number; `issuerUnitId` stays, the issuer when it is a unit, for the
 * readers of version 1.
 */
export interface DocumentFields {
  documentId: string;
  kind: DocumentKind;
  /** Null for a document with no number (a cluster's plan, a review report): its title identifies it. */
  number: string | null;
  issuedOn: string | null;
  issuerUnitId: string | null;
  issuer: DocumentIssuer | null;
  title: string | null;
}

/** What a completion or a correction may set. */
export interface DocumentDetails {
  kind: DocumentKind;
  number: string | null;
  issuedOn: string | null;
  title: string | null;
  /** Người ký, as the document names them */
  signer: string | null;
  /** Số trang */
  pages: number | null;
}

/** Văn bản được vào sổ. */
export type DocumentRegistered = DomainEvent<'DocumentRegistered', DocumentFields>;
/** Trích yếu được bổ sung (or corrected, with the reason). */
export type DocumentSubjectCompleted = DomainEvent<
  'DocumentSubjectCompleted',
  { documentId: string; title: string; reason: string | null }
>;
/** Bổ sung: details not yet recorded (subject, signer, pages), only those given. */
export type DocumentCompleted = DomainEvent<
  'DocumentCompleted',
  { documentId: string; details: Partial<Pick<DocumentDetails, 'title' | 'signer' | 'pages'>> }
>;
/** Đính chính: recorded details changed, only those that change, with the reason. */
export type DocumentCorrected = DomainEvent<'DocumentCorrected', { documentId: string; changes: Partial<DocumentDetails>; reason: string }>;
/** Văn bản này sửa đổi, thay thế hoặc thực hiện văn bản kia, from `relatedOn` (a partial date) when known. */
export type DocumentsRelated = DomainEvent<
  'DocumentsRelated',
  { documentId: string; relation: DocumentRelationKind; relatedDocumentId: string; relatedOn: string | null }
>;

export type DocumentEvent = DocumentRegistered | DocumentSubjectCompleted | DocumentCompleted | DocumentCorrected | DocumentsRelated;
