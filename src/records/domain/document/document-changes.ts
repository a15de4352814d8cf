import type { CompleteDocument, CompleteDocumentSubject, CorrectDocument, RelateDocuments } from './document-commands';
import type { DocumentDetails, DocumentEvent } from './document-events';
import { partialDateOf, refuse, refuseDuplicate, registeredDetails, type DocumentState } from './document-state';

export function completeSubject({ documentId, title, reason }: CompleteDocumentSubject, state: DocumentState): DocumentEvent[] {
  const recorded = registeredDetails(state, documentId).title;
  const subject = title.trim();
  if (subject === recorded) return [];
  if (recorded !== null && !reason?.trim()) refuse('REASON_REQUIRED', `Sửa trích yếu đã ghi của văn bản "${documentId}" phải nêu lý do.`);
  return [{ type: 'DocumentSubjectCompleted', data: { documentId, title: subject, reason: reason?.trim() || null } }];
}

const given = <K extends keyof DocumentDetails>(details: Partial<DocumentDetails>, key: K) =>
  details[key] !== undefined && details[key] !== null;

/** Fills what is not yet recorded; a detail recorded otherwise is a correction, refused here with where to go. */
export function complete({ documentId, details }: CompleteDocument, state: DocumentState): DocumentEvent[] {
  const recorded = registeredDetails(state, documentId);
  const keys = (['title', 'signer', 'pages'] as const).filter((key) => given(details, key));
  if (keys.length === 0)
    refuse('DOCUMENT_CHANGE_EMPTY', `Chưa nêu điều gì để bổ sung cho văn bản "${documentId}" (trích yếu, người ký, số trang).`);
  const added: Partial<DocumentDetails> = {};
  for (const key of keys) {
    const value = typeof details[key] === 'string' ? details[key].trim() : details[key];
    if (recorded[key] === value) continue;
    if (recorded[key] !== null)
      refuse(
        'DOCUMENT_FIELD_RECORDED',
        `Văn bản "${documentId}" đã ghi ${LABELS[key]} "${String(recorded[key])}": muốn đổi thì dùng đính chính (correctDocument) kèm lý do.`,
      );
    Object.assign(added, { [key]: value });
  }
  return Object.keys(added).length ? [{ type: 'DocumentCompleted', data: { documentId, details: added } }] : [];
}

const LABELS: Record<keyof DocumentDetails, string> = {
  kind: 'loại văn bản',
  number: 'số, ký hiệu',
  issuedOn: 'ngày ban hành',
  title: 'trích yếu',
  signer: 'người ký',
  pages: 'số trang',
};

/** Changes recorded details with a reason, keeping only what differs; a document keeps a number or a title. */
export function correct({ documentId, changes, reason, identityTakenBy = null }: CorrectDocument, state: DocumentState): DocumentEvent[] {
  const recorded = registeredDetails(state, documentId);
  if (!reason.trim()) refuse('REASON_REQUIRED', `Đính chính văn bản "${documentId}" phải nêu lý do.`);
  const keys = (Object.keys(LABELS) as (keyof DocumentDetails)[]).filter((key) => changes[key] !== undefined);
  if (keys.length === 0) refuse('DOCUMENT_CHANGE_EMPTY', `Chưa nêu điều gì cần đính chính ở văn bản "${documentId}".`);
  if (changes.kind === null) refuse('DOCUMENT_KIND_REQUIRED', `Không thể bỏ loại của văn bản "${documentId}": hãy nêu loại đúng.`);
  const wanted: Partial<DocumentDetails> = { ...changes };
  if (changes.issuedOn !== undefined) wanted.issuedOn = partialDateOf(changes.issuedOn, 'ban hành');
  for (const key of ['number', 'title', 'signer'] as const) if (typeof wanted[key] === 'string') wanted[key] = wanted[key].trim() || null;
  const differing = Object.fromEntries(keys.filter((key) => wanted[key] !== recorded[key]).map((key) => [key, wanted[key]]));
  const after = { ...recorded, ...differing };
  if (after.number === null && after.title === null)
    refuse('DOCUMENT_NUMBER_REQUIRED', `Văn bản "${documentId}" cần giữ số, ký hiệu hoặc trích yếu: không thể bỏ cả hai.`);
  refuseDuplicate(documentId, identityTakenBy, after.number ?? after.title!);
  return Object.keys(differing).length
    ? [{ type: 'DocumentCorrected', data: { documentId, changes: differing, reason: reason.trim() } }]
    : [];
}

export function relate(command: RelateDocuments, state: DocumentState): DocumentEvent[] {
  const { documentId, relation, relatedDocumentId } = command;
  registeredDetails(state, documentId);
  if (relatedDocumentId === documentId)
    refuse(
      'DOCUMENT_RELATED_TO_ITSELF',
      `Văn bản "${documentId}" không thể sửa đổi, thay thế hay thực hiện chính nó: hãy nêu văn bản kia.`,
    );
  if (!command.relatedRegistered)
    refuse('DOCUMENT_NOT_FOUND', `Văn bản "${relatedDocumentId}" chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).`);
  if (state.relations.has(`${relation}:${relatedDocumentId}`)) return [];
  const relatedOn = partialDateOf(command.relatedOn, 'của quan hệ');
  return [{ type: 'DocumentsRelated', data: { documentId, relation, relatedDocumentId, relatedOn } }];
}
