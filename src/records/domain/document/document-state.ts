import { DomainError } from '../../../kernel/domain-error';
import { parsePartialDate, partialDateText } from '../../../kernel/partial-date';
import type { DocumentDetails } from './document-events';
import type { DocumentIssuer } from './document-issuer';
import type { DocumentErrorCode } from './errors';

export interface DocumentState {
  registered: boolean;
  details: DocumentDetails | null;
  issuer: DocumentIssuer | null;
  /** "relation:relatedDocumentId" of every relation recorded from this document. */
  relations: ReadonlySet<string>;
}

export function refuse(code: DocumentErrorCode, message: string, details?: Record<string, unknown>): never {
  throw new DomainError<DocumentErrorCode>(code, message, details);
}

/** The partial date's canonical text; refuses "2020-13" or "31/02/2020" with what to write instead. */
export function partialDateOf(text: string | null, what: string): string | null {
  if (text === null) return null;
  const date = parsePartialDate(text);
  if (!date)
    return refuse(
      'DOCUMENT_DATE_INVALID',
      `Ngày ${what} "${text}" không hợp lệ: ghi năm ("2020"), năm và tháng ("2020-02") hoặc ngày đầy đủ ("2020-02-14").`,
    );
  return partialDateText(date);
}

export function registeredDetails(state: DocumentState, documentId: string): DocumentDetails {
  return (
    state.details ?? refuse('DOCUMENT_NOT_FOUND', `Văn bản "${documentId}" chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).`)
  );
}

/** One document, one entry: a second entry of the issuer, kind, number and year another bears is refused, naming that one. */
export function refuseDuplicate(documentId: string, identityTakenBy: string | null, label: string): void {
  if (identityTakenBy !== null && identityTakenBy !== documentId)
    refuse(
      'DOCUMENT_DUPLICATE',
      `Văn bản "${label}" của cùng cơ quan ban hành, cùng loại và năm đã có trong sổ với mã "${identityTakenBy}": dùng mã đó (hoặc đính chính văn bản ấy nếu nó ghi sai).`,
      { documentId: identityTakenBy },
    );
}
