import { AUTHORITY_WORDS } from '../../../catalogue/domain/award-catalogue/entry';
import type { DecideDossier, DraftDecision, ForwardDossier, RevokeDossierAward } from './commands';
import type { DossierEvent, RuleCheck } from './events';
import type { Dossier, DossierItem, DossierState } from './state';
import { dossierFor, itemOf, partialDate, refuse, textOrNull } from './steps';

/** The approved items, once every item has its verdict; `what` names the step for the message. */
function approvedItems(dossier: Dossier, what: string): [string, DossierItem][] {
  const items = [...dossier.items];
  const pending = items.filter(([, item]) => item.status === 'PROPOSED').map(([itemId]) => `"${itemId}"`);
  if (pending.length)
    refuse(
      'DOSSIER_ITEMS_NOT_APPRAISED',
      `Còn mục chưa thẩm định trong hồ sơ "${dossier.dossierId}": ${pending.join(', ')}. Hãy thẩm định hết các mục trước.`,
    );
  const approved = items.filter(([, item]) => item.status === 'APPROVED');
  if (!approved.length)
    refuse('NOTHING_APPROVED', `Hồ sơ "${dossier.dossierId}" chưa có mục nào được thẩm định đồng ý: không có gì để ${what}.`);
  return approved;
}

/** A decision names each candidate, so no approved item may still be count-only. */
function namedApprovedItems(dossier: Dossier, what: string): [string, DossierItem][] {
  const approved = approvedItems(dossier, what);
  const countOnly = approved.find(([, item]) => !item.candidate);
  if (countOnly)
    refuse(
      'COUNT_ITEM_UNRESOLVED',
      `Mục "${countOnly[0]}" mới ghi số lượng (${countOnly[1].count} suất): hãy nêu tên từng người/tập thể trước khi ra quyết định.`,
    );
  return approved;
}

export function forward(command: ForwardDossier, state: DossierState): DossierEvent[] {
  const { dossierId, forwardedAs, addressee } = command;
  const itemIds = approvedItems(dossierFor(command, state), 'đề nghị lên cấp trên').map(([itemId]) => itemId);
  return [{ type: 'DossierForwarded', data: { dossierId, forwardedAs, addressee, itemIds } }];
}

export function draftDecision(command: DraftDecision, state: DossierState): DossierEvent[] {
  const itemIds = namedApprovedItems(dossierFor(command, state), 'dự thảo quyết định').map(([itemId]) => itemId);
  return [
    { type: 'DossierDecisionDrafted', data: { dossierId: command.dossierId, decisionNumber: textOrNull(command.decisionNumber), itemIds } },
  ];
}

function checkAuthority(command: DecideDossier, entryId: string): void {
  const entry = command.entries[entryId];
  if (!entry) refuse('AWARD_ENTRY_NOT_FOUND', `Danh mục khen thưởng không có danh hiệu, hình thức "${entryId}": kiểm tra lại mã.`);
  if (!entry.decidedBy.includes(command.authority))
    refuse(
      'DECIDING_LEVEL_NOT_ALLOWED',
      `"${entryId}" thuộc thẩm quyền của ${entry.decidedBy.map((a) => AUTHORITY_WORDS[a]).join(' hoặc ')}, không phải ${AUTHORITY_WORDS[command.authority]}: hãy đề nghị lên cấp có thẩm quyền.`,
    );
}

/** An entry with no cap has no room gathered; a cap not on record is recorded as such. */
function capCheck(command: DecideDossier, entryId: string, granted: number): RuleCheck {
  const room = command.capRoom[entryId];
  if (room === undefined) return 'NOT_APPLICABLE';
  if (room === null) return 'NOT_ON_RECORD';
  if (room < granted)
    refuse('CAP_EXCEEDED', `"${entryId}" chỉ còn ${room} suất theo tỷ lệ quy định, hồ sơ đề nghị quyết định ${granted}.`, {
      room,
      granted,
    });
  return 'MET';
}

export function decide(command: DecideDossier, state: DossierState): DossierEvent[] {
  const { dossierId, authority } = command;
  const dossier = dossierFor(command, state);
  const decisionNumber = textOrNull(command.decisionNumber);
  if (!decisionNumber) refuse('DECISION_NUMBER_REQUIRED', 'Cần ghi số quyết định khen thưởng như trên văn bản, ví dụ "123/QĐ-VKSTC".');
  const decisionDate = partialDate(command.decisionDate, 'quyết định');
  const approved = namedApprovedItems(dossier, 'quyết định khen thưởng');
  const perEntry = new Map<string, number>();
  for (const [, { entryId }] of approved) perEntry.set(entryId, (perEntry.get(entryId) ?? 0) + 1);
  const caps = new Map<string, RuleCheck>();
  for (const [entryId, granted] of perEntry) {
    checkAuthority(command, entryId);
    caps.set(entryId, capCheck(command, entryId, granted));
  }
  const awards = approved.map(([itemId, { entryId }]) => ({ itemId, cap: caps.get(entryId)! }));
  const signer = textOrNull(command.signer);
  return [{ type: 'DossierDecided', data: { dossierId, decisionNumber, decisionDate, signer, authority, awards } }];
}

/** The item's award, when it has one still standing. */
function standingAward(dossier: Dossier, itemId: string): void {
  const { award } = itemOf(dossier, itemId);
  if (!award) refuse('AWARD_NOT_DECIDED', `Mục "${itemId}" chưa được quyết định khen thưởng nên không có gì để hủy bỏ.`);
  if (award.revocation) refuse('AWARD_ALREADY_REVOKED', `Khen thưởng của mục "${itemId}" đã bị hủy bỏ ngày ${award.revocation.revokedOn}.`);
}

export function revoke(command: RevokeDossierAward, state: DossierState): DossierEvent[] {
  const { dossierId, itemId } = command;
  const dossier = dossierFor(command, state);
  standingAward(dossier, itemId);
  const grounds = textOrNull(command.grounds);
  if (!grounds) refuse('REVOKE_GROUNDS_REQUIRED', `Hủy bỏ khen thưởng mục "${itemId}" phải nêu căn cứ, lý do.`);
  const revokedOn = partialDate(command.revokedOn, 'hủy bỏ');
  // A dependant already revoked fell before; revoking it again would record a second revocation.
  const dependants = [...new Set(command.dependentItemIds)].filter((dependant) => {
    if (dependant === itemId) return false;
    if (itemOf(dossier, dependant).award?.revocation) return false;
    standingAward(dossier, dependant);
    return true;
  });
  return [
    { type: 'DossierAwardRevoked', data: { dossierId, itemId, grounds, revokedOn } },
    ...dependants.map((dependant): DossierEvent => ({
      type: 'DossierAwardRevoked',
      data: { dossierId, itemId: dependant, grounds, revokedOn, withItemId: itemId },
    })),
  ];
}
