import type { DocumentKind } from './document-kind';
import type { CouncilIssuer } from './document-issuer';
import type { DocumentDetails } from './document-events';
import type { DocumentRelationKind } from './document-relation';

/** Vào sổ một văn bản: its parts given one by one, or read from its citation (given parts win). */
export interface RegisterDocument {
  type: 'RegisterDocument';
  documentId: string;
  /** "Kế hoạch số 12/KH-VKS ngày 10/01/2022", when the caller has the citation as written. */
  citation: string | null;
  kind: DocumentKind | null;
  number: string | null;
  /** A partial date: "2020", "2020-02" or "2020-02-14". */
  issuedOn: string | null;
  /** At most one issuer: a unit, a cluster or bloc, or a council. */
  issuerUnitId: string | null;
  issuerClusterId?: string | null;
  issuerCouncil?: CouncilIssuer | null;
  /** A registered council body, by its id (registerCouncil): the issuer is stored as that council's name, level and unit. */
  issuerCouncilId?: string | null;
  /** Trích yếu: with the kind, issuer and date, what identifies a document that has no number. */
  title: string | null;
  /** Gathered: whether the issuer named is registered (a unit, a formed cluster, a council's unit). */
  issuerRegistered: boolean;
  /** Gathered: the council body registered under the council's id (issuerCouncilId, or issuerCouncil's), null when none is. */
  councilBody?: CouncilIssuer | null;
  /** Gathered: the document that bears the issuer, kind, number and year this one would have (see document-identity.ts). */
  identityTakenBy?: string | null;
}

/**
 * Bổ sung trích yếu: a report often cites a document by number and date alone, and its subject is
 * learned later. Changing a subject already recorded is a correction, and says why.
 */
export interface CompleteDocumentSubject {
  type: 'CompleteDocumentSubject';
  documentId: string;
  title: string;
  reason: string | null;
}

/** Bổ sung: details not yet recorded (subject, signer, pages); a recorded one changes only by CorrectDocument. */
export interface CompleteDocument {
  type: 'CompleteDocument';
  documentId: string;
  details: Partial<Pick<DocumentDetails, 'title' | 'signer' | 'pages'>>;
}

/** Đính chính: recorded details changed with a reason; a key given with null clears that detail. */
export interface CorrectDocument {
  type: 'CorrectDocument';
  documentId: string;
  changes: Partial<DocumentDetails>;
  reason: string;
  /** Gathered, when the correction changes the document's identity: the document that bears the new one. */
  identityTakenBy?: string | null;
}

/** Văn bản này sửa đổi, thay thế hoặc thực hiện văn bản kia. */
export interface RelateDocuments {
  type: 'RelateDocuments';
  documentId: string;
  relation: DocumentRelationKind;
  relatedDocumentId: string;
  /** A partial date: when the relation holds from, when the report says. */
  relatedOn: string | null;
  /** Gathered: whether the other document is in the register. */
  relatedRegistered: boolean;
}

export type DocumentCommand = RegisterDocument | CompleteDocumentSubject | CompleteDocument | CorrectDocument | RelateDocuments;
