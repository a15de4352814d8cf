import { DomainError } from '../../../kernel/domain-error';
import { canonicalPartialDate } from '../../../kernel/partial-date';
import type { DossierCommand } from './commands';
import type { DossierErrorCode } from './errors';
import type { Dossier, DossierItem, DossierState, DossierStatus } from './state';

export function refuse(code: DossierErrorCode, message: string, details: Record<string, unknown> = {}): never {
  throw new DomainError<DossierErrorCode>(code, message, details);
}

/** Trimmed text, or null when nothing is left of it. */
export const textOrNull = (text: string | null): string | null => text?.trim() || null;

/** A partial date in its canonical form; `what` names it in the message ("quyết định", "hủy bỏ"). */
export const partialDate = (text: string, what: string): string =>
  canonicalPartialDate(text.trim()) ??
  refuse(
    'DOSSIER_DATE_INVALID',
    `Ngày ${what} "${text}" không hợp lệ: ghi năm ("2024"), năm và tháng ("2024-11") hoặc ngày đầy đủ ("2024-11-20").`,
  );

/** The commands that start a dossier take no step on one. */
type Step = Exclude<DossierCommand['type'], 'DraftDossier' | 'RecordKnownDecision'>;

const EDITING: readonly Step[] = ['AmendMemo', 'AddItem', 'RemoveItem', 'ResolveCountItem', 'AttachDocument'];

/** What each status lets the dossier do next; a forwarded dossier lives on as the one it was forwarded as. */
const NEXT_STEPS: Record<DossierStatus, readonly Step[]> = {
  DRAFT: [...EDITING, 'SubmitDossier'],
  SUBMITTED: ['ReceiveDossier'],
  RECEIVED: ['ResolveCountItem', 'AppraiseItem', 'ReturnDossier', 'ForwardDossier', 'DraftDecision', 'DecideDossier'],
  RETURNED: [...EDITING, 'ResubmitDossier'],
  FORWARDED: [],
  DECISION_DRAFTED: ['DecideDossier'],
  DECIDED: ['RevokeDossierAward'],
};

const STATUS_LABELS: Record<DossierStatus, string> = {
  DRAFT: 'đang lập',
  SUBMITTED: 'đã gửi, chờ tiếp nhận',
  RECEIVED: 'đã tiếp nhận',
  RETURNED: 'bị trả lại',
  FORWARDED: 'đã đề nghị lên cấp trên',
  DECISION_DRAFTED: 'đã dự thảo quyết định',
  DECIDED: 'đã có quyết định khen thưởng',
};

const STEP_LABELS: Record<Step, string> = {
  AmendMemo: 'đính chính tờ trình',
  AddItem: 'thêm mục đề nghị',
  RemoveItem: 'bỏ mục đề nghị',
  ResolveCountItem: 'nêu tên cho mục ghi số lượng',
  AttachDocument: 'đính kèm văn bản',
  SubmitDossier: 'gửi hồ sơ',
  ReceiveDossier: 'tiếp nhận hồ sơ',
  ReturnDossier: 'trả lại hồ sơ',
  ResubmitDossier: 'gửi lại hồ sơ',
  AppraiseItem: 'thẩm định mục đề nghị',
  ForwardDossier: 'đề nghị lên cấp trên',
  DraftDecision: 'dự thảo quyết định',
  DecideDossier: 'quyết định khen thưởng',
  RevokeDossierAward: 'hủy bỏ khen thưởng',
};

function outOfOrder(dossier: Dossier, step: Step): never {
  const next = NEXT_STEPS[dossier.status].map((allowed) => STEP_LABELS[allowed]);
  const after = dossier.forwardedAs ? `không còn bước nào; hồ sơ được xử lý tiếp ở hồ sơ "${dossier.forwardedAs}"` : next.join(', ');
  return refuse(
    'DOSSIER_STEP_OUT_OF_ORDER',
    `Hồ sơ "${dossier.dossierId}" đang ở trạng thái "${STATUS_LABELS[dossier.status]}" nên chưa thể ${STEP_LABELS[step]}. Các bước làm được lúc này: ${after}.`,
    { status: dossier.status, allowed: NEXT_STEPS[dossier.status] },
  );
}

/** The dossier, when it exists and its status allows the step. */
export function dossierFor(command: DossierCommand & { type: Step }, state: DossierState): Dossier {
  const { dossier } = state;
  if (!dossier)
    return refuse('DOSSIER_NOT_FOUND', `Chưa lập hồ sơ đề nghị khen thưởng "${command.dossierId}": hãy lập hồ sơ trước (draftDossier).`);
  if (!NEXT_STEPS[dossier.status].includes(command.type)) outOfOrder(dossier, command.type);
  return dossier;
}

export const itemOf = (dossier: Dossier, itemId: string): DossierItem =>
  dossier.items.get(itemId) ?? refuse('DOSSIER_ITEM_NOT_FOUND', `Hồ sơ "${dossier.dossierId}" không có mục đề nghị "${itemId}".`);
