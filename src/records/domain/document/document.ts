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
export type DocumentEvent = DocumentRegistered;

export const documentDecider: Decider<RegisterDocument, { registered: boolean }, DocumentEvent> = {
  initialState: () => ({ registered: false }),
  evolve: (state, event) => (event.type === 'DocumentRegistered' ? { registered: true } : state),
  decide: (command, state) => {
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
  },
};
