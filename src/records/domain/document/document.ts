import type { Decider } from '../../../kernel/decider';
import { parseCitation } from './citation';
import type { DocumentCommand, RegisterDocument } from './document-commands';
import type { DocumentEvent } from './document-events';
import { IssuerKind, type CouncilIssuer, type DocumentIssuer } from './document-issuer';
import { complete, completeSubject, correct, relate } from './document-changes';
import { partialDateOf, refuse, refuseDuplicate, type DocumentState } from './document-state';

export type * from './document-commands';
export type * from './document-events';

/** A council named by the id of its body is stored as a council named in words is, from what the body records. */
function councilBodyIssuer(councilId: string, body: CouncilIssuer | null): DocumentIssuer {
  if (!body)
    refuse(
      'ISSUER_NOT_FOUND',
      `Chưa đăng ký Hội đồng "${councilId}": hãy đăng ký Hội đồng (registerCouncil) trước khi vào sổ văn bản của nó.`,
    );
  return { kind: IssuerKind.COUNCIL, ...body };
}

/**
 * A council named in words under the id of a registered body must be that body (its level, and its
 * unit when both give one): `issuer { council }` reads the body by that id. The name may differ, as
 * reports write it in several ways.
 */
function councilInWords(words: CouncilIssuer, body: CouncilIssuer | null): DocumentIssuer {
  if (body && (body.level !== words.level || (body.unitId !== null && words.unitId !== null && body.unitId !== words.unitId)))
    refuse(
      'COUNCIL_ISSUER_MISMATCH',
      `Mã Hội đồng "${words.id}" đã đăng ký cho ${body.name} (cấp ${body.level}${body.unitId ? `, đơn vị "${body.unitId}"` : ''}): nêu Hội đồng đó bằng issuerCouncilId, hoặc đặt mã khác cho Hội đồng này.`,
    );
  return { kind: IssuerKind.COUNCIL, ...words };
}

/** The one issuer named: a unit, a cluster or bloc, or a council; a council of a province or unit names its unit. */
function issuerOf(command: RegisterDocument): DocumentIssuer | null {
  const { issuerUnitId, issuerClusterId = null, issuerCouncil = null, issuerCouncilId = null } = command;
  const named: DocumentIssuer[] = [
    ...(issuerUnitId !== null ? [{ kind: IssuerKind.UNIT as const, id: issuerUnitId }] : []),
    ...(issuerClusterId !== null ? [{ kind: IssuerKind.CLUSTER as const, id: issuerClusterId }] : []),
    ...(issuerCouncil !== null ? [councilInWords(issuerCouncil, command.councilBody ?? null)] : []),
    ...(issuerCouncilId !== null ? [councilBodyIssuer(issuerCouncilId, command.councilBody ?? null)] : []),
  ];
  if (named.length > 1)
    refuse('DOCUMENT_ISSUER_CONFLICT', 'Một văn bản có một cơ quan ban hành: chỉ nêu một trong đơn vị, Cụm/Khối hoặc Hội đồng.');
  const issuer = named[0] ?? null;
  if (issuer?.kind === IssuerKind.COUNCIL && issuer.level !== 'SECTOR' && issuer.unitId === null)
    refuse('COUNCIL_UNIT_REQUIRED', `Hội đồng "${issuer.name}" thuộc một đơn vị: hãy nêu đơn vị của Hội đồng (unitId).`);
  if (issuer && !command.issuerRegistered) {
    const what = { UNIT: `đơn vị ban hành "${issuer.id}"`, CLUSTER: `Cụm/Khối thi đua "${issuer.id}"`, COUNCIL: 'đơn vị của Hội đồng' };
    refuse('ISSUER_NOT_FOUND', `Chưa đăng ký ${what[issuer.kind]}: hãy đăng ký trước khi vào sổ văn bản của nó.`);
  }
  return issuer;
}

function register(command: RegisterDocument, state: DocumentState): DocumentEvent[] {
  if (state.registered) refuse('DOCUMENT_ALREADY_REGISTERED', `Văn bản "${command.documentId}" đã có trong sổ.`);
  const cited = command.citation === null ? null : parseCitation(command.citation);
  if (command.citation !== null && !cited)
    refuse(
      'CITATION_UNREADABLE',
      `Không đọc được trích dẫn "${command.citation}": cần dạng "Kế hoạch số 12/KH-VKS ngày 10/01/2022" (loại, số/ký hiệu, ngày).`,
    );
  const kind = command.kind ?? cited?.kind ?? null;
  const number = command.number?.trim() || cited?.number || null;
  const title = command.title?.trim() || null;
  if (!number && !title)
    refuse('DOCUMENT_NUMBER_REQUIRED', 'Văn bản cần có số, ký hiệu (ví dụ "12/KH-VKS"), hoặc trích yếu khi văn bản không có số.');
  if (!kind) refuse('DOCUMENT_KIND_REQUIRED', `Cần nêu loại văn bản của "${number ?? title}" (Kế hoạch, Quyết định, Hướng dẫn…).`);
  const issuedOn = partialDateOf(command.issuedOn, 'ban hành') ?? cited?.issuedOn ?? null;
  const issuer = issuerOf(command);
  const issuerUnitId = issuer?.kind === IssuerKind.UNIT ? issuer.id : null;
  refuseDuplicate(command.documentId, command.identityTakenBy ?? null, number ?? title!);
  return [{ type: 'DocumentRegistered', data: { documentId: command.documentId, kind, number, issuedOn, issuerUnitId, issuer, title } }];
}

const DECIDE = {
  RegisterDocument: register,
  CompleteDocumentSubject: completeSubject,
  CompleteDocument: complete,
  CorrectDocument: correct,
  RelateDocuments: relate,
} as const;

function evolve(state: DocumentState, event: DocumentEvent): DocumentState {
  switch (event.type) {
    case 'DocumentRegistered': {
      const { kind, number, issuedOn, title, issuer } = event.data;
      return { ...state, registered: true, issuer, details: { kind, number, issuedOn, title, signer: null, pages: null } };
    }
    case 'DocumentSubjectCompleted':
      return { ...state, details: { ...state.details!, title: event.data.title } };
    case 'DocumentCompleted':
      return { ...state, details: { ...state.details!, ...event.data.details } };
    case 'DocumentCorrected':
      return { ...state, details: { ...state.details!, ...event.data.changes } };
    case 'DocumentsRelated':
      return { ...state, relations: new Set([...state.relations, `${event.data.relation}:${event.data.relatedDocumentId}`]) };
  }
}

export const documentDecider: Decider<DocumentCommand, DocumentState, DocumentEvent> = {
  initialState: () => ({ registered: false, details: null, issuer: null, relations: new Set() }),
  evolve,
  decide: (command, state) => (DECIDE[command.type] as (c: DocumentCommand, s: DocumentState) => DocumentEvent[])(command, state),
};
