import { yearNames } from '../../projections/cluster/names-by-year';
import { PARTIAL_MEMBERSHIP_NOTE } from '../../projections/cluster/views';
import type { AgreementView, YearRecordsView } from '../../projections/cluster/year/views';
import type { CeremonyView } from '../../projections/records/views';
import { vietnameseWhen } from '../kernel/partial-date';
import { ParticipantRole } from '../records/domain/ceremony/participant-role';
import { MeetingKind, PartOfDay } from '../records/domain/ceremony/meeting-kind';
import { clusterYearTables } from '../spreadsheets/report-tables';
import type { Table } from '../spreadsheets/table';
import { frame, withoutKeys, type Block, type Context, type OfficialDocument } from './official-document';

/** A unit's name in the year the document reports on. */
type NameOf = (unitId: string) => string;

/** In force by every member's signature, or as a source records it; never "every member signed" when some members are unknown. */
function inForceSentence(agreement: AgreementView, membershipComplete: boolean): string {
  if (agreement.inForceSource !== null)
    return `Giao ước có hiệu lực${agreement.inForceOn ? ` từ ${vietnameseWhen(agreement.inForceOn)}` : ''}, theo ${agreement.inForceSource}.`;
  if (agreement.inForce) return `Giao ước có hiệu lực từ ${vietnameseWhen(agreement.inForceOn)}, khi mọi đơn vị thành viên đã ký.`;
  return membershipComplete
    ? 'Giao ước chưa có hiệu lực: còn đơn vị thành viên chưa ký.'
    : 'Giao ước chưa ghi nhận hiệu lực: danh sách thành viên chưa đầy đủ, nên chưa thể xác định mọi đơn vị đã ký.';
}

const PART_OF_DAY: Record<PartOfDay, string> = { [PartOfDay.MORNING]: 'sáng ', [PartOfDay.AFTERNOON]: 'chiều ' };

/** When a meeting was held, as precisely as recorded: "sáng ngày 22/02/2022", "tháng 02/2020". */
const meetingWhen = (heldOn: string, partOfDay: PartOfDay | null) => `${partOfDay ? PART_OF_DAY[partOfDay] : ''}${vietnameseWhen(heldOn)}`;

/** The ceremony's sentences: when (with the part of the day its meeting record gives) and where, theme and motto, legal bases, force. */
function ceremonySentences(
  ctx: Context,
  agreement: AgreementView | null,
  launching: CeremonyView[],
  name: NameOf,
  membershipComplete: boolean,
): string[] {
  if (!agreement) return ['Năm thi đua chưa có giao ước thi đua.'];
  const { terms } = agreement;
  const host = terms.hostUnitId ? name(terms.hostUnitId) : null;
  const partOfDay = launching.find((c) => c.heldOn === terms.ceremonyDate)?.partOfDay ?? null;
  return [
    `Lễ ký kết giao ước thi đua năm ${ctx.year} ${terms.ceremonyDate ? `được tổ chức ${meetingWhen(terms.ceremonyDate, partOfDay)}` : '(ngày tổ chức chưa ghi nhận)'}${host ? `, do ${host} đăng cai` : ''}${terms.venue ? `, tại ${terms.venue}` : ''}.`,
    `${terms.theme ? `Chủ đề: “${terms.theme}”.` : 'Chủ đề: chưa ghi nhận.'}${terms.motto ? ` Phương châm: “${terms.motto}”.` : ''}`,
    ...(terms.legalBases.length ? [`Căn cứ: ${terms.legalBases.join('; ')}.`] : []),
    inForceSentence(agreement, membershipComplete),
  ];
}

/** Who directed the meetings that launched the year (chỉ đạo), each as "name, position, unit" of that year. */
function directingSentence(ctx: Context, launching: CeremonyView[], name: NameOf): string {
  const people = launching.flatMap((c) => c.participants.filter((p) => p.role === ParticipantRole.DIRECTING));
  if (!people.length) return 'Chỉ đạo buổi lễ: chưa ghi nhận.';
  const described = people.map((p) =>
    [ctx.models.records.person(p.personId, ctx.at)?.fullName ?? p.personId, p.position, p.unitId ? name(p.unitId) : null]
      .filter(Boolean)
      .join(', '),
  );
  return `Chỉ đạo buổi lễ: ${described.join('; ')}.`;
}

const MEETINGS: Record<MeetingKind, string> = {
  [MeetingKind.SIGNING_CEREMONY]: 'Lễ ký kết',
  [MeetingKind.MID_YEAR_REVIEW]: 'Hội nghị sơ kết',
  [MeetingKind.YEAR_END_REVIEW]: 'Hội nghị tổng kết',
  [MeetingKind.RATING_MEETING]: 'Cuộc họp bình xét',
  [MeetingKind.COUNCIL_SESSION]: 'Phiên họp Hội đồng Thi đua – Khen thưởng',
};

const table = (title: string, columns: string[], rows: (string | number)[][]): Block => ({
  table: { sheet: title, title, columns: columns.map((header) => ({ header })), rows },
});

/** One review of the year as the report gives it: the leading unit, the ranking, the commendations and proposals, nothing invented. */
function reviewBlocks(ceremony: CeremonyView, name: NameOf): Block[] {
  const review = ceremony.review!;
  const period = review.half ? ` ${review.half === 1 ? '6 tháng đầu' : '6 tháng cuối'} năm ${review.year}` : ` năm ${review.year}`;
  const when = ceremony.heldOn ? meetingWhen(ceremony.heldOn, ceremony.partOfDay) : '(ngày chưa ghi nhận)';
  return [
    { text: `${MEETINGS[ceremony.kind]}${period} ${when}${review.summary ? `: ${review.summary}` : '.'}` },
    { text: `Đơn vị dẫn đầu: ${review.leadingUnitId ? name(review.leadingUnitId) : 'chưa ghi nhận'}.` },
    review.ranking.length
      ? table(
          'Xếp hạng',
          ['Hạng', 'Đơn vị'],
          review.ranking.map((p) => [p.rank, name(p.unitId)]),
        )
      : { text: 'Xếp hạng: chưa ghi nhận.' },
    ...(review.commendations.length
      ? [
          table(
            'Khen thưởng',
            ['Đơn vị', 'Nội dung'],
            review.commendations.map((c) => [name(c.unitId), c.note ?? '']),
          ),
        ]
      : []),
    review.proposals.length
      ? table(
          'Đề nghị khen thưởng',
          ['Đơn vị', 'Đề nghị khen thưởng'],
          review.proposals.map((p) => [p.unitId ? name(p.unitId) : '', p.words]),
        )
      : { text: 'Đề nghị khen thưởng: chưa ghi nhận.' },
  ];
}

/** Sơ kết, tổng kết of the year: every recorded review of it, oldest first. */
function reviewsOf(ctx: Context, name: NameOf): Block[] {
  const reviews = ctx.models.records.ceremoniesOf(ctx.clusterId, ctx.at).filter((c) => c.review?.year === ctx.year);
  return reviews.length
    ? reviews.flatMap((c) => reviewBlocks(c, name))
    : [{ text: `Chưa ghi nhận kết quả sơ kết, tổng kết năm ${ctx.year}.` }];
}

const HEADINGS = (group: string): Record<string, string> => ({
  'Thành viên': `Thành viên và chức danh ${group} trưởng, ${group} phó`,
  'Giao ước': 'Chữ ký giao ước thi đua',
  'Đăng ký danh hiệu': 'Đăng ký danh hiệu thi đua',
  'Xếp hạng': 'Kết quả chấm điểm, xếp hạng',
  'Bình xét': 'Bình xét, bỏ phiếu',
  'Khen thưởng': 'Khen thưởng',
});
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** Registrations as a report states them, in numbers: the units are not named, so the print names none. */
function statedCountsSentence(ctx: Context, records: YearRecordsView): string | null {
  const counts = records.registrationCounts?.counts ?? [];
  if (counts.length === 0) return null;
  const stated = counts.map(
    ({ titleId, units }) =>
      `${String(units).padStart(2, '0')} đơn vị đăng ký ${ctx.models.catalogue.title(titleId, ctx.at)?.name ?? titleId}`,
  );
  return `Theo báo cáo: ${stated.join('; ')} (chưa ghi nhận tên đơn vị).`;
}

/** An empty section says what the record knows: nothing recorded, which is not the same as none; or the counts a report stated. */
function tableSections(tables: Table[], group: string, membershipComplete: boolean, first: number, statedCounts: string | null): Block[] {
  const empty = (sheet: string) => (sheet === 'Đăng ký danh hiệu' && statedCounts ? statedCounts : 'Chưa ghi nhận.');
  return tables.flatMap((t, i): Block[] => [
    { heading: `${ROMAN[first + i]}. ${HEADINGS(group)[t.sheet] ?? t.title}` },
    t.rows.length ? { table: withoutKeys(t) } : { text: empty(t.sheet) },
    ...(t.sheet === 'Thành viên' && !membershipComplete ? [{ text: `(${PARTIAL_MEMBERSHIP_NOTE})` }] : []),
  ]);
}

/**
 * Báo cáo tổng hợp năm thi đua: the ceremony and who directed it, the year's reviews, members and
 * offices, signatures, registrations, ranking, votes, awards; under its number once issued.
 */
export function clusterYearDocument(ctx: Context): OfficialDocument | null {
  const tables = clusterYearTables(ctx.models, ctx.clusterId, ctx.year, ctx.at);
  const records = ctx.models.yearRecords.records(ctx.clusterId, ctx.year, ctx.at);
  const issue = records?.report ? { number: records.report.number, issuedOn: records.report.issuedOn } : undefined;
  const framed = frame(ctx, 'BÁO CÁO', `Tổng hợp năm thi đua ${ctx.year}`, 'BC', issue);
  if (!tables || !framed || !records) return null;
  const membershipComplete = ctx.models.directory.clusterYear(ctx.clusterId, ctx.year, ctx.at)?.membershipComplete ?? true;
  const ofYear = yearNames(ctx.models.directory, ctx.clusterId, ctx.year, ctx.at);
  const name: NameOf = (unitId) => ofYear(unitId).name;
  const launching = ctx.models.records.ceremoniesOf(ctx.clusterId, ctx.at).filter((c) => c.launchesYear === ctx.year);
  const { head, clusterName, group } = framed;
  return {
    ...head,
    summary: `${head.summary} của ${clusterName}`,
    body: [
      { text: `${clusterName} báo cáo tổng hợp năm thi đua ${ctx.year} như sau:` },
      { heading: 'I. Lễ ký kết giao ước thi đua' },
      ...ceremonySentences(ctx, records.agreement, launching, name, membershipComplete).map((text) => ({ text })),
      { text: directingSentence(ctx, launching, name) },
      { heading: `II. Sơ kết, tổng kết năm thi đua ${ctx.year}` },
      ...reviewsOf(ctx, name),
      ...tableSections(tables, group, membershipComplete, 2, statedCountsSentence(ctx, records)),
    ],
    filename: `tong-hop-${ctx.clusterId}-${ctx.year}`,
  };
}
