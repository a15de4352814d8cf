import { DomainError } from '../../../kernel/domain-error';
import { fromHundredths, fromHundredthsOrNull } from '../../../kernel/points';
import {
  EXCELLENT_CAP_PERCENT,
  PREREQUISITE_TITLE,
  SECTOR_FLAG_APPROVAL_PERCENT,
  StandardTitle,
  titlesCoveredBy,
} from '../../../catalogue/domain/title/standard-titles';
import type { DecideAward, ProposeAward, RevokeAward } from './commands';
import type { ClusterYearEvent } from './events';
import { requireMember, requireOpen, requireText } from './guards';
import type { AwardState, ClusterYearState } from './state';
import type { ClusterYearErrorCode } from './errors';

function requireAward(state: ClusterYearState, awardId: string): AwardState {
  const award = state.awards.get(awardId);
  if (!award) throw new DomainError<ClusterYearErrorCode>('AWARD_NOT_FOUND', `Không có đề nghị khen thưởng "${awardId}".`);
  return award;
}

const holds = (state: ClusterYearState, unitId: string, titleId: string) =>
  [...state.awards.values()].some((a) => a.unitId === unitId && a.titleId === titleId && a.status === 'DECIDED');

/** At most 20% of the units rated "Tập thể Lao động tiên tiến", and never fewer than 1. */
export function excellentCap(ratedAdvancedCount: number): number {
  return Math.max(1, Math.floor((ratedAdvancedCount * EXCELLENT_CAP_PERCENT) / 100));
}

function checkExcellentCap(command: DecideAward, state: ClusterYearState): void {
  const held = [...state.awards.values()].filter((a) => a.titleId === StandardTitle.EXCELLENT && a.status === 'DECIDED');
  const cap = excellentCap(command.ratedAdvancedCount);
  if (held.length + 1 > cap)
    throw new DomainError<ClusterYearErrorCode>(
      'EXCELLENT_CAP_EXCEEDED',
      `Danh hiệu "Tập thể Lao động xuất sắc" không quá ${EXCELLENT_CAP_PERCENT}% số đơn vị đạt "Tập thể Lao động tiên tiến" (${command.ratedAdvancedCount} đơn vị, tối đa ${cap}); năm ${command.year} đã có ${held.length}.`,
      { cap, held: held.length, ratedAdvanced: command.ratedAdvancedCount },
    );
}

/** A title goes only to a unit that registered for it that year and has not withdrawn. */
function checkRegistration(command: DecideAward, state: ClusterYearState, award: AwardState): void {
  const registered = state.registrations.get(award.unitId);
  if (!registered || !titlesCoveredBy(registered).includes(award.titleId))
    throw new DomainError<ClusterYearErrorCode>(
      'AWARD_NOT_REGISTERED',
      `Đơn vị "${award.unitId}" không đăng ký danh hiệu "${award.titleId}" năm ${command.year}${registered ? ` (đăng ký "${registered}")` : ' (chưa đăng ký hoặc đã rút đăng ký)'}, nên không thể được khen thưởng danh hiệu này.`,
      { unitId: award.unitId, titleId: award.titleId, registeredTitleId: registered ?? null },
    );
}

/** When the year has a ranking, the unit's effective total must reach the threshold the set gives the title. */
function checkThreshold(command: DecideAward, award: AwardState): void {
  const threshold = command.ranking?.thresholds.find((t) => t.titleId === award.titleId);
  if (!command.ranking || !threshold) return;
  const total = command.ranking.effectiveTotals[award.unitId];
  if (total === undefined || total < threshold.minPoints)
    throw new DomainError<ClusterYearErrorCode>(
      'AWARD_BELOW_THRESHOLD',
      `Danh hiệu "${award.titleId}" cần xếp loại "${threshold.classification}" (từ ${fromHundredths(threshold.minPoints)} điểm); bảng xếp hạng năm ${command.year} cho đơn vị "${award.unitId}" ${total === undefined ? 'chưa có điểm' : `${fromHundredths(total)} điểm`}.`,
      {
        unitId: award.unitId,
        titleId: award.titleId,
        minPoints: fromHundredths(threshold.minPoints),
        total: fromHundredthsOrNull(total),
      },
    );
}

function checkSectorFlag(command: DecideAward, state: ClusterYearState, unitId: string): void {
  if (!holds(state, unitId, PREREQUISITE_TITLE[StandardTitle.SECTOR_FLAG]))
    throw new DomainError<ClusterYearErrorCode>(
      'FLAG_REQUIRES_EXCELLENT_TITLE',
      `"Cờ thi đua của ngành" chỉ xét cho đơn vị đạt "Tập thể Lao động xuất sắc" năm ${command.year}; đơn vị "${unitId}" chưa đạt.`,
    );
  const best = [...state.votes.values()]
    .filter((vote) => vote.titleId === StandardTitle.SECTOR_FLAG && vote.closed)
    .flatMap((vote) => vote.closed!.tallies.filter((t) => t.unitId === unitId).map((t) => ({ ...t, of: vote.closed!.eligibleVoters })))
    .sort((a, b) => b.approvals * a.of - a.approvals * b.of)[0];
  if (!best || best.approvals * 100 < SECTOR_FLAG_APPROVAL_PERCENT * best.of)
    throw new DomainError<ClusterYearErrorCode>(
      'FLAG_APPROVAL_TOO_LOW',
      `"Cờ thi đua của ngành" cần ít nhất ${SECTOR_FLAG_APPROVAL_PERCENT}% số thành viên Cụm tán thành; đơn vị "${unitId}" đạt ${best ? `${best.approvals}/${best.of}` : 'chưa có cuộc bỏ phiếu nào đã kết thúc'}.`,
      best ? { approvals: best.approvals, members: best.of } : {},
    );
}

export function propose(command: ProposeAward, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, awardId, unitId, titleId } = command;
  requireMember(state, command, unitId, 'AWARDEE_NOT_MEMBER', 'được đề nghị khen thưởng');
  if (!command.titleKnown)
    throw new DomainError<ClusterYearErrorCode>('TITLE_NOT_FOUND', `Danh hiệu "${titleId}" không có trong danh mục.`);
  if (state.awards.has(awardId))
    throw new DomainError<ClusterYearErrorCode>('AWARD_ALREADY_EXISTS', `Đề nghị khen thưởng "${awardId}" đã có.`);
  const pending = [...state.awards.values()].find((a) => a.unitId === unitId && a.titleId === titleId && a.status !== 'REVOKED');
  if (pending)
    throw new DomainError<ClusterYearErrorCode>(
      'AWARD_ALREADY_PROPOSED',
      `Đơn vị "${unitId}" đã được đề nghị hoặc đã đạt danh hiệu "${titleId}" năm ${year}.`,
    );
  return [{ type: 'AwardProposed', data: { clusterId, year, awardId, unitId, titleId } }];
}

export function decide(command: DecideAward, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, awardId, decisionNumber, decisionDate, signer } = command;
  requireOpen(state, command);
  const award = requireAward(state, awardId);
  if (award.status !== 'PROPOSED')
    throw new DomainError<ClusterYearErrorCode>('AWARD_ALREADY_DECIDED', `Đề nghị "${awardId}" đã có quyết định (${award.status}).`);
  if (!state.finalized)
    throw new DomainError<ClusterYearErrorCode>(
      'SCORES_NOT_FINALIZED',
      `Chỉ quyết định khen thưởng sau khi điểm năm ${year} đã được chốt.`,
    );
  requireText(decisionNumber, 'DECISION_NUMBER_REQUIRED', 'Quyết định khen thưởng cần có số quyết định.');
  checkRegistration(command, state, award);
  checkThreshold(command, award);
  if (award.titleId === StandardTitle.EXCELLENT) checkExcellentCap(command, state);
  if (award.titleId === StandardTitle.SECTOR_FLAG) checkSectorFlag(command, state, award.unitId);
  return [{ type: 'AwardDecided', data: { clusterId, year, awardId, decisionNumber, decisionDate, signer } }];
}

export function revoke(command: RevokeAward, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, awardId, grounds, revokedOn } = command;
  requireOpen(state, command);
  const award = requireAward(state, awardId);
  if (award.status !== 'DECIDED')
    throw new DomainError<ClusterYearErrorCode>(
      award.status === 'REVOKED' ? 'AWARD_ALREADY_REVOKED' : 'AWARD_NOT_DECIDED',
      `Chỉ thu hồi được khen thưởng đã có quyết định; "${awardId}" đang ở trạng thái ${award.status}.`,
    );
  requireText(grounds, 'GROUNDS_REQUIRED', 'Thu hồi khen thưởng phải nêu căn cứ.');
  // Awards that required this one fall with it, in the same append, on the same grounds.
  const dependents = [...state.awards].filter(
    ([, a]) => a.unitId === award.unitId && a.status === 'DECIDED' && PREREQUISITE_TITLE[a.titleId] === award.titleId,
  );
  return [
    { type: 'AwardRevoked', data: { clusterId, year, awardId, grounds, revokedOn } },
    ...dependents.map(([dependentId]): ClusterYearEvent => ({
      type: 'AwardRevoked',
      data: { clusterId, year, awardId: dependentId, grounds, revokedOn, withAwardId: awardId },
    })),
  ];
}
