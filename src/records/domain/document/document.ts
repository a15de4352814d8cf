import type { Decider, DomainEvent } from '../../../kernel/decider';
import { DomainError } from '../../../kernel/domain-error';
import { parseCitation } from './citation';
import type { DocumentKind } from './document-kind';
import type { DocumentErrorCode } from './errors';

/** Vào sổ một văn bản: its parts given one by one, or read from its citation (given parts win). */
export interface RegisterDocument {
  type: 'RegisterDocument';
  documentId: string;
  /** "Kế hoạch số 12/KH-VKS ngày 10/01/2022", when the caller has the citation as written. */
  citation: string | null;
  kind: DocumentKind | null;
  number: string | null;
  issuedOn: string | null;
  issuerUnitId: string | null;
  /** Trích yếu */
  title: string | null;
  /** Gathered: whether the issuer unit is registered. */
  issuerRegistered: boolean;
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

export type DocumentCommand = RegisterDocument | CompleteDocumentSubject;

export interface DocumentFields {
  documentId: string;
  kind: DocumentKind;
  number: string;
  issuedOn: string | null;
  issuerUnitId: string | null;
  title: string | null;
}

/** Văn bản được vào sổ. */
export type DocumentRegistered = DomainEvent<'DocumentRegistered', DocumentFields>;
/** Trích yếu được bổ sung (or corrected, with the reason). */
export type DocumentSubjectCompleted = DomainEvent<
  'DocumentSubjectCompleted',
  { documentId: string; title: string; reason: string | null }
>;
export type DocumentEvent = DocumentRegistered | DocumentSubjectCompleted;

interface DocumentState {
  registered: boolean;
  title: string | null;
}

function register(command: RegisterDocument, state: DocumentState): DocumentEvent[] {
  if (state.registered)
    throw new DomainError<DocumentErrorCode>('DOCUMENT_ALREADY_REGISTERED', `Văn bản "${command.documentId}" đã có trong sổ.`);
  const cited = command.citation === null ? null : parseCitation(command.citation);
  if (command.citation !== null && !cited)
    throw new DomainError<DocumentErrorCode>(
      'CITATION_UNREADABLE',
      `Không đọc được trích dẫn "${command.citation}": cần dạng "Kế hoạch số 12/KH-VKS ngày 10/01/2022" (loại, số/ký hiệu, ngày).`,
    );
  const kind = command.kind ?? cited?.kind ?? null;
  const number = command.number?.trim() || cited?.number || null;
  if (!number) throw new DomainError<DocumentErrorCode>('DOCUMENT_NUMBER_REQUIRED', 'Văn bản cần có số, ký hiệu (ví dụ "12/KH-VKS").');
  if (!kind)
    throw new DomainError<DocumentErrorCode>(
      'DOCUMENT_KIND_REQUIRED',
      `Cần nêu loại văn bản của "${number}" (Kế hoạch, Quyết định, Hướng dẫn…).`,
    );
  if (command.issuerUnitId !== null && !command.issuerRegistered)
    throw new DomainError<DocumentErrorCode>('ISSUER_NOT_FOUND', `Chưa đăng ký đơn vị ban hành "${command.issuerUnitId}".`);
  const { documentId, issuerUnitId, title } = command;
  return [
    {
      type: 'DocumentRegistered',
      data: { documentId, kind, number, issuedOn: command.issuedOn ?? cited?.issuedOn ?? null, issuerUnitId, title },
    },
  ];
}

function completeSubject({ documentId, title, reason }: CompleteDocumentSubject, state: DocumentState): DocumentEvent[] {
  if (!state.registered)
    throw new DomainError<DocumentErrorCode>(
      'DOCUMENT_NOT_FOUND',
      `Văn bản "${documentId}" chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).`,
    );
  const subject = title.trim();
  if (subject === state.title) return [];
  if (state.title !== null && !reason?.trim())
    throw new DomainError<DocumentErrorCode>('REASON_REQUIRED', `Sửa trích yếu đã ghi của văn bản "${documentId}" phải nêu lý do.`);
  return [{ type: 'DocumentSubjectCompleted', data: { documentId, title: subject, reason: reason?.trim() || null } }];
}

export const documentDecider: Decider<DocumentCommand, DocumentState, DocumentEvent> = {
  initialState: () => ({ registered: false, title: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'DocumentRegistered':
        return { registered: true, title: event.data.title };
      case 'DocumentSubjectCompleted':
        return { ...state, title: event.data.title };
    }
  },
  decide: (command, state) => (command.type === 'RegisterDocument' ? register(command, state) : completeSubject(command, state)),
};
