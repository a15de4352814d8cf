import type { Recipient } from '../../../catalogue/domain/award-catalogue/entry';
import type { AddItem, AmendMemo, AttachDocument, DraftDossier, EntryFacts, Gathered, RemoveItem, ResolveCountItem } from './commands';
import type { DossierEvent, RuleCheck } from './events';
import type { Candidate, CandidateKind, Memo } from './parties';
import type { Dossier, DossierState } from './state';
import { dossierFor, itemOf, partialDate, refuse, textOrNull } from './steps';

const memoOf = (memo: Memo): Memo => {
  const date = textOrNull(memo.date);
  return { number: textOrNull(memo.number), date: date && partialDate(date, 'tờ trình'), signer: textOrNull(memo.signer) };
};

export function draft(command: DraftDossier, state: DossierState): DossierEvent[] {
  const { dossierId, year, proposer, addressee, forwardedFrom } = command;
  if (state.dossier) refuse('DOSSIER_ALREADY_EXISTS', `Hồ sơ "${dossierId}" đã được lập: đặt mã khác cho hồ sơ mới.`);
  if (forwardedFrom !== null && !command.forwardMatches)
    refuse(
      'FORWARD_TARGET_MISMATCH',
      `Hồ sơ "${forwardedFrom}" không được đề nghị lên cấp trên thành hồ sơ "${dossierId}": kiểm tra lại mã hồ sơ nguồn (forwardedFrom).`,
    );
  return [
    { type: 'DossierDrafted', data: { dossierId, year, proposer, addressee, memo: memoOf(command.memo), forwardedFrom } },
    ...command.carriedItems.map((item): DossierEvent => ({ type: 'DossierItemAdded', data: { dossierId, ...item } })),
  ];
}

export function amendMemo(command: AmendMemo, state: DossierState): DossierEvent[] {
  dossierFor(command, state);
  return [{ type: 'DossierMemoAmended', data: { dossierId: command.dossierId, memo: memoOf(command.memo) } }];
}

const RECIPIENT_OF: Record<CandidateKind, Recipient> = { PERSON: 'PERSON', UNIT: 'COLLECTIVE' };
const RECIPIENT_WORDS: Record<Recipient, string> = { PERSON: 'cá nhân', COLLECTIVE: 'tập thể' };

/** The entry is one the candidate's kind may receive. */
export function fitsRecipient(entryId: string, entry: EntryFacts, candidate: Candidate): void {
  const recipient = RECIPIENT_OF[candidate.kind];
  if (!entry.recipients.includes(recipient))
    refuse(
      'AWARD_NOT_FOR_RECIPIENT',
      `"${entryId}" chỉ dành cho ${entry.recipients.map((r) => RECIPIENT_WORDS[r]).join(', ')}, không đề nghị cho ${RECIPIENT_WORDS[recipient]} "${candidate.id}".`,
    );
}

export function knownEntry(entryId: string, entry: EntryFacts): void {
  if (!entry.known) refuse('AWARD_ENTRY_NOT_FOUND', `Danh mục khen thưởng không có danh hiệu, hình thức "${entryId}": kiểm tra lại mã.`);
}

function newItemId(dossier: Dossier, itemId: string): void {
  if (dossier.items.has(itemId))
    refuse('DOSSIER_ITEM_ALREADY_EXISTS', `Mã mục "${itemId}" đã dùng trong hồ sơ "${dossier.dossierId}": đặt mã khác cho mục mới.`);
}

/** A named candidate fits the entry, is not proposed twice for it, and registered for it when it is a title. */
function candidateRegistration(
  dossier: Dossier,
  entryId: string,
  entry: EntryFacts,
  candidate: Candidate,
  registered: Gathered<boolean>,
): RuleCheck {
  fitsRecipient(entryId, entry, candidate);
  for (const [itemId, item] of dossier.items)
    if (item.entryId === entryId && item.candidate?.kind === candidate.kind && item.candidate.id === candidate.id)
      refuse(
        'CANDIDATE_ALREADY_PROPOSED',
        `"${candidate.id}" đã được đề nghị "${entryId}" trong hồ sơ này (mục "${itemId}"): không đề nghị hai lần.`,
      );
  if (entry.kind === 'FORM') return 'NOT_APPLICABLE';
  if (registered === false)
    refuse(
      'CANDIDATE_NOT_REGISTERED',
      `"${candidate.id}" không đăng ký danh hiệu "${entryId}" năm ${dossier.year}, nên không thể đề nghị danh hiệu này.`,
    );
  return registered === null ? 'NOT_ON_RECORD' : 'MET';
}

export function countProblem(command: Pick<AddItem, 'count' | 'candidate'>): string | null {
  if (!Number.isInteger(command.count) || command.count < 1) return `số lượng phải là số nguyên từ 1 trở lên, không phải ${command.count}`;
  if (command.candidate && command.count !== 1)
    return `mục đã nêu tên "${command.candidate.id}" có số lượng 1; muốn đề nghị ${command.count} suất chưa nêu tên thì để trống người/tập thể`;
  return null;
}

export function addItem(command: AddItem, state: DossierState): DossierEvent[] {
  const { dossierId, itemId, entryId, candidate, count, entry } = command;
  const dossier = dossierFor(command, state);
  newItemId(dossier, itemId);
  knownEntry(entryId, entry);
  const problem = countProblem(command);
  if (problem) refuse('ITEM_COUNT_INVALID', `Số lượng của mục "${itemId}" không hợp lệ: ${problem}.`);
  const registration = candidate ? candidateRegistration(dossier, entryId, entry, candidate, command.registered) : 'NOT_APPLICABLE';
  const achievements = textOrNull(command.achievements);
  return [{ type: 'DossierItemAdded', data: { dossierId, itemId, entryId, candidate, count, achievements, registration } }];
}

export function removeItem(command: RemoveItem, state: DossierState): DossierEvent[] {
  itemOf(dossierFor(command, state), command.itemId);
  return [{ type: 'DossierItemRemoved', data: { dossierId: command.dossierId, itemId: command.itemId } }];
}

export function resolveCountItem(command: ResolveCountItem, state: DossierState): DossierEvent[] {
  const { dossierId, itemId, entry } = command;
  let dossier = dossierFor(command, state);
  const countItem = itemOf(dossier, itemId);
  if (countItem.candidate)
    refuse(
      'ITEM_COUNT_INVALID',
      `Số lượng của mục "${itemId}" không hợp lệ: mục đã nêu tên "${countItem.candidate.id}", không còn suất để nêu tên.`,
    );
  if (!command.named.length)
    refuse('ITEM_COUNT_INVALID', `Số lượng của mục "${itemId}" không hợp lệ: hãy nêu tên ít nhất một người/tập thể.`);
  if (command.named.length > countItem.count)
    refuse(
      'TOO_MANY_NAMED',
      `Mục "${itemId}" chỉ còn ${countItem.count} suất chưa nêu tên, không thể nêu ${command.named.length} người/tập thể.`,
    );
  knownEntry(countItem.entryId, entry);
  const named = command.named.map(({ itemId: namedId, candidate, achievements, registered }) => {
    newItemId(dossier, namedId);
    const registration = candidateRegistration(dossier, countItem.entryId, entry, candidate, registered);
    const item = { itemId: namedId, candidate, achievements: textOrNull(achievements), registration };
    // Each one named is checked against the ones named before it in the same command too.
    dossier = { ...dossier, items: new Map(dossier.items).set(namedId, { ...countItem, candidate, count: 1 }) };
    return item;
  });
  return [{ type: 'DossierCountItemResolved', data: { dossierId, itemId, named } }];
}

export function attachDocument(command: AttachDocument, state: DossierState): DossierEvent[] {
  const { dossierId, documentId } = command;
  const dossier = dossierFor(command, state);
  if (!command.documentRegistered)
    refuse('DOCUMENT_NOT_FOUND', `Văn bản "${documentId}" chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).`);
  // Attaching again changes nothing, so a repeated request records nothing.
  if (dossier.documentIds.includes(documentId)) return [];
  return [{ type: 'DossierDocumentAttached', data: { dossierId, documentId } }];
}
