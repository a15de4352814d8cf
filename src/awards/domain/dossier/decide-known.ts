import type { RecordKnownDecision } from './commands';
import { countProblem, fitsRecipient, knownEntry } from './decide-items';
import type { DossierEvent } from './events';
import type { DossierState } from './state';
import { partialDate, refuse, textOrNull } from './steps';

/** Each award the source tells of names a known entry, a candidate it fits or a count, under its own id. */
function checkAwards(command: RecordKnownDecision): void {
  if (command.awards.length === 0)
    refuse(
      'DOSSIER_EMPTY',
      `Quyết định "${command.dossierId}" chưa nêu khen thưởng nào: ghi ít nhất một danh hiệu hoặc hình thức như nguồn nêu.`,
    );
  const seen = new Set<string>();
  for (const award of command.awards) {
    if (seen.has(award.itemId))
      refuse('DOSSIER_ITEM_ALREADY_EXISTS', `Mã mục "${award.itemId}" được dùng hai lần: đặt mỗi khen thưởng một mã.`);
    seen.add(award.itemId);
    const entry = command.entries[award.entryId];
    knownEntry(award.entryId, entry ?? { known: false, kind: 'TITLE', recipients: [], decidedBy: [] });
    if (award.candidate) fitsRecipient(award.entryId, entry, award.candidate);
    const problem = countProblem(award);
    if (problem) refuse('ITEM_COUNT_INVALID', `Số lượng của mục "${award.itemId}" không hợp lệ: ${problem}.`);
  }
}

/**
 * A decision known only by its outcome, entered as told: what the source does not give stays null,
 * and every check its missing steps would have made is recorded as not on record.
 */
export function recordKnownDecision(command: RecordKnownDecision, state: DossierState): DossierEvent[] {
  const { dossierId, year, decidedBy, authority, awards } = command;
  if (state.dossier) refuse('DOSSIER_ALREADY_EXISTS', `Hồ sơ "${dossierId}" đã được lập: đặt mã khác cho quyết định này.`);
  const source =
    textOrNull(command.source) ??
    refuse('KNOWN_DECISION_SOURCE_REQUIRED', 'Cần ghi nguồn cho biết quyết định này (văn bản, hồ sơ lưu trữ, bài báo…), như nguồn đó ghi.');
  checkAwards(command);
  const decisionDate = command.decisionDate === null ? null : partialDate(command.decisionDate, 'quyết định');
  return [
    {
      type: 'DossierDecisionRecorded',
      data: {
        dossierId,
        year,
        decidedBy,
        authority,
        decisionNumber: textOrNull(command.decisionNumber),
        decisionDate,
        signer: textOrNull(command.signer),
        source,
        awards,
      },
    },
  ];
}
