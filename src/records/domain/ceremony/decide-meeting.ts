import { DomainError } from '../../../kernel/domain-error';
import { canonicalPartialDate, parsePartialDate } from '../../../kernel/partial-date';
import type { RecordCeremony, RecordCeremonyReview } from './commands';
import type { CeremonyEvent } from './events';
import type { CeremonyErrorCode } from './errors';
import { MeetingKind, type Half } from './meeting-kind';

export interface MeetingFacts {
  recorded: boolean;
  reviewsYear: number | null;
  reviewsHalf: Half | null;
  reviewed: boolean;
}

const refuse = (code: CeremonyErrorCode, message: string, details?: Record<string, unknown>): never => {
  throw new DomainError<CeremonyErrorCode>(code, message, details);
};

const PERIOD_OF: Partial<Record<MeetingKind, string>> = {
  [MeetingKind.MID_YEAR_REVIEW]: 'Hội nghị sơ kết 6 tháng: nêu năm (reviewsYear) và nửa năm được sơ kết (reviewsHalf: 1 hoặc 2).',
  [MeetingKind.YEAR_END_REVIEW]: 'Hội nghị tổng kết năm tổng kết cả năm: nêu năm (reviewsYear), không nêu nửa năm (reviewsHalf).',
  [MeetingKind.SIGNING_CEREMONY]: 'Lễ ký kết giao ước phát động một năm: nêu năm được phát động (launchesYear).',
};

/** Whether the period the meeting reviews or launches is the one its kind holds. */
function periodFits(command: RecordCeremony): boolean {
  switch (command.kind) {
    case MeetingKind.MID_YEAR_REVIEW:
      return command.reviewsYear !== null && command.reviewsHalf !== null;
    case MeetingKind.YEAR_END_REVIEW:
      return command.reviewsYear !== null && command.reviewsHalf === null;
    case MeetingKind.SIGNING_CEREMONY:
      return command.launchesYear !== null;
    default:
      return true;
  }
}

/** The date as the report gives it, in canonical form; refuses an impossible date and a part of the day without a day. */
function heldOnOf(command: RecordCeremony): string | null {
  const { heldOn, partOfDay } = command;
  const text = heldOn === null ? null : canonicalPartialDate(heldOn);
  if (heldOn !== null && text === null)
    refuse(
      'CEREMONY_DATE_INVALID',
      `Ngày tổ chức "${heldOn}" không hợp lệ: ghi năm ("2020"), năm và tháng ("2020-02") hoặc ngày đầy đủ ("2020-02-14"); bỏ trống khi báo cáo không nêu.`,
    );
  if (partOfDay !== null && (text === null || parsePartialDate(text)!.day === null))
    refuse('PART_OF_DAY_WITHOUT_DAY', 'Buổi sáng/chiều chỉ ghi khi biết ngày tổ chức đầy đủ ("2020-02-14"); bỏ partOfDay hoặc nêu ngày.');
  return text;
}

function requirePeriods(command: RecordCeremony): void {
  const { kind, reviewsYear, reviewsHalf, launchesYear, launchesHalf } = command;
  if ((reviewsHalf !== null && reviewsYear === null) || (launchesHalf !== null && launchesYear === null))
    refuse('HALF_WITHOUT_YEAR', 'Nửa năm (reviewsHalf, launchesHalf) cần đi cùng năm của nó (reviewsYear, launchesYear).');
  if (kind in PERIOD_OF && reviewsYear === null && launchesYear === null)
    refuse('CEREMONY_WITHOUT_YEAR', 'Buổi lễ cần tổng kết một năm thi đua, phát động một năm, hoặc cả hai.');
  if (!periodFits(command)) refuse('MEETING_PERIOD_MISMATCH', PERIOD_OF[kind]!, { kind });
  if (reviewsYear !== null && launchesYear !== null && reviewsHalf === null && launchesHalf === null && launchesYear !== reviewsYear + 1)
    refuse(
      'CEREMONY_YEARS_NOT_CONSECUTIVE',
      `Một buổi lễ tổng kết năm ${reviewsYear} thì phát động năm ${reviewsYear + 1}, không phải năm ${launchesYear}.`,
    );
}

/**
 * A review is held in the period's year or the next (a year-end review often in the new year's first
 * months); a launch in its year or the one before. Only the year is compared, so a date known to the
 * month or year is judged by what it states.
 */
function requireHeldInPeriod(command: RecordCeremony, heldOn: string | null): void {
  const held = heldOn === null ? null : parsePartialDate(heldOn)!.year;
  const { reviewsYear, launchesYear } = command;
  if (held === null) return;
  if (
    (reviewsYear !== null && (held < reviewsYear || held > reviewsYear + 1)) ||
    (launchesYear !== null && (held < launchesYear - 1 || held > launchesYear))
  )
    refuse(
      'MEETING_DATE_OUTSIDE_PERIOD',
      `Ngày tổ chức năm ${held} không khớp kỳ được nêu: buổi tổng kết, sơ kết một năm được tổ chức trong năm đó hoặc năm sau; buổi phát động một năm trong năm đó hoặc năm trước. Kiểm tra lại ngày hoặc năm (reviewsYear, launchesYear).`,
    );
}

export function requireRegistered(unregisteredDocumentIds: readonly string[]): void {
  if (unregisteredDocumentIds.length > 0)
    refuse(
      'DOCUMENT_NOT_FOUND',
      `Văn bản ${unregisteredDocumentIds.map((id) => `"${id}"`).join(', ')} chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).`,
      { documentIds: [...unregisteredDocumentIds] },
    );
}

export function recordMeeting(command: RecordCeremony, state: MeetingFacts): CeremonyEvent[] {
  const { ceremonyId, clusterId, kind, partOfDay, place, hostUnitId, organisingDocumentIds, legalBasisDocumentIds } = command;
  if (state.recorded) refuse('CEREMONY_ALREADY_RECORDED', `Buổi lễ "${ceremonyId}" đã được ghi nhận.`);
  if (!command.clusterFormed) refuse('CLUSTER_NOT_FOUND', `Không tìm thấy Cụm/Khối thi đua "${clusterId}".`);
  const heldOn = heldOnOf(command);
  requirePeriods(command);
  requireHeldInPeriod(command, heldOn);
  if (hostUnitId !== null && !command.hostRegistered) refuse('UNIT_NOT_FOUND', `Chưa đăng ký đơn vị đăng cai "${hostUnitId}".`);
  requireRegistered(command.unregisteredDocumentIds);
  const { reviewsYear, reviewsHalf, launchesYear, launchesHalf } = command;
  return [
    {
      type: 'CeremonyRecorded',
      data: {
        ceremonyId,
        clusterId,
        kind,
        heldOn,
        partOfDay,
        place,
        hostUnitId,
        organisingDocumentIds: [...new Set(organisingDocumentIds)],
        legalBasisDocumentIds: [...new Set(legalBasisDocumentIds)],
        reviewsYear,
        reviewsHalf,
        launchesYear,
        launchesHalf,
      },
    },
  ];
}

function requireRanking(command: RecordCeremonyReview): void {
  const ranked = command.ranking.map((place) => place.unitId);
  if (command.ranking.some((place) => !Number.isInteger(place.rank) || place.rank < 1) || new Set(ranked).size !== ranked.length)
    refuse('REVIEW_RANKING_INVALID', 'Xếp hạng: mỗi đơn vị một lần, hạng là số nguyên từ 1 (các đơn vị đồng hạng ghi cùng hạng).');
}

export function recordReview(command: RecordCeremonyReview, state: MeetingFacts): CeremonyEvent[] {
  const { ceremonyId, summary, commendations, leadingUnitId, basisDocumentIds, ranking, proposals } = command;
  const year = state.reviewsYear;
  if (year === null)
    return refuse(
      'CEREMONY_REVIEWS_NO_YEAR',
      `Buổi lễ "${ceremonyId}" không tổng kết năm nào: ghi nhận năm được tổng kết khi ghi buổi lễ.`,
    );
  if (state.reviewed) refuse('REVIEW_ALREADY_RECORDED', `Kết quả tổng kết của buổi lễ "${ceremonyId}" đã được ghi nhận.`);
  requireRanking(command);
  const members = command.reviewedYearMembers;
  const named = [
    ...commendations.map((c) => c.unitId),
    ...(leadingUnitId ? [leadingUnitId] : []),
    ...ranking.map((place) => place.unitId),
    ...proposals.flatMap((p) => (p.unitId ? [p.unitId] : [])),
  ];
  const outsiders = [...new Set(members === null ? [] : named.filter((unitId) => !members.includes(unitId)))];
  if (outsiders.length > 0)
    refuse('REVIEWED_UNIT_NOT_MEMBER', `Các đơn vị không phải thành viên của Cụm năm ${year}: ${outsiders.join(', ')}.`, {
      unitIds: outsiders,
    });
  requireRegistered(command.unregisteredDocumentIds);
  const data = { ceremonyId, year, half: state.reviewsHalf, summary, commendations, leadingUnitId };
  return [
    {
      type: 'CeremonyReviewRecorded',
      data: { ...data, basisDocumentIds: [...new Set(basisDocumentIds)], ranking, proposals },
    },
  ];
}
