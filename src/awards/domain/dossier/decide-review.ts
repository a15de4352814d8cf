import type { AppraiseItem, ReceiveDossier, ResubmitDossier, ReturnDossier, SubmitDossier } from './commands';
import type { VoteResult } from './parties';
import type { DossierEvent, RuleCheck } from './events';
import type { DossierItem, DossierState } from './state';
import { dossierFor, itemOf, refuse, textOrNull } from './steps';

/** Sending, first time or again: a dossier with no item proposes nothing. */
export function send(command: SubmitDossier | ResubmitDossier, state: DossierState): DossierEvent[] {
  const dossier = dossierFor(command, state);
  if (!dossier.items.size)
    refuse('DOSSIER_EMPTY', `Hồ sơ "${command.dossierId}" chưa có mục đề nghị nào: hãy thêm ít nhất một mục trước khi gửi.`);
  const type = command.type === 'SubmitDossier' ? 'DossierSubmitted' : 'DossierResubmitted';
  return [{ type, data: { dossierId: command.dossierId } }];
}

export function receive(command: ReceiveDossier, state: DossierState): DossierEvent[] {
  dossierFor(command, state);
  return [{ type: 'DossierReceived', data: { dossierId: command.dossierId } }];
}

export function returnDossier(command: ReturnDossier, state: DossierState): DossierEvent[] {
  dossierFor(command, state);
  const reason = textOrNull(command.reason);
  if (!reason)
    refuse('RETURN_REASON_REQUIRED', `Trả lại hồ sơ "${command.dossierId}" phải nêu lý do để đơn vị đề nghị biết cần bổ sung, sửa gì.`);
  return [{ type: 'DossierReturned', data: { dossierId: command.dossierId, reason } }];
}

function checkVote(itemId: string, vote: VoteResult | null, approvalPercent: number | null, approving: boolean): void {
  if (!vote) return;
  const { approvals, eligibleVoters } = vote;
  const whole = Number.isInteger(approvals) && Number.isInteger(eligibleVoters);
  if (!whole || eligibleVoters < 1 || approvals < 0 || approvals > eligibleVoters)
    refuse(
      'VOTE_INVALID',
      `Kết quả biểu quyết mục "${itemId}" không hợp lệ: ${approvals} phiếu đồng ý trên ${eligibleVoters} người có quyền biểu quyết.`,
    );
  // Compared in whole numbers so that exactly the share passes.
  if (approving && approvalPercent !== null && approvals * 100 < approvalPercent * eligibleVoters)
    refuse(
      'APPROVAL_TOO_LOW',
      `Mục "${itemId}" chỉ đạt ${approvals}/${eligibleVoters} phiếu đồng ý, chưa đủ ${approvalPercent}% theo quy định.`,
    );
}

function prerequisites(command: AppraiseItem, item: DossierItem): RuleCheck {
  if (command.verdict === 'REJECTED' || !item.candidate) return 'NOT_APPLICABLE';
  if (command.prerequisitesHeld === false)
    refuse(
      'PREREQUISITE_NOT_HELD',
      `Mục "${command.itemId}" chưa đủ điều kiện: "${item.candidate.id}" chưa có danh hiệu, hình thức khen thưởng bắt buộc trước đó.`,
    );
  return command.prerequisitesHeld === null ? 'NOT_ON_RECORD' : 'MET';
}

const VERDICT_WORDS = { APPROVED: 'đồng ý', REJECTED: 'không đồng ý' } as const;

export function appraise(command: AppraiseItem, state: DossierState): DossierEvent[] {
  const { dossierId, itemId, verdict, vote } = command;
  const item = itemOf(dossierFor(command, state), itemId);
  const reason = textOrNull(command.reason);
  if (!reason && item.status !== 'PROPOSED')
    refuse(
      'VERDICT_CHANGE_REASON_REQUIRED',
      `Mục "${itemId}" đã được thẩm định (${VERDICT_WORDS[item.status]}): thẩm định lại phải nêu lý do.`,
    );
  if (!reason && verdict === 'REJECTED') refuse('REJECTION_REASON_REQUIRED', `Không đề nghị khen thưởng mục "${itemId}" phải nêu lý do.`);
  checkVote(itemId, vote, command.approvalPercent, verdict === 'APPROVED');
  return [
    { type: 'DossierItemAppraised', data: { dossierId, itemId, verdict, reason, vote, prerequisites: prerequisites(command, item) } },
  ];
}
