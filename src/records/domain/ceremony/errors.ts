import type { ErrorCatalogue, SharedErrorCode } from '../../../kernel/errors';

/** Codes of ceremonies (lễ ký kết, tổng kết) and their participants. */
export const ceremonyErrors = {
  ATTENDANCE_ALREADY_RECORDED: {
    meaning: 'An attendance with this id is already recorded at the ceremony.',
    message: 'Đã ghi nhận thành phần tham dự "…" trong buổi lễ; dùng mã khác hoặc gắn người (linkAttendancePerson).',
  },
  ATTENDANCE_COUNT_WITHOUT_GROUP: {
    meaning: 'A count is given for an attendance that describes no group.',
    message: 'Số người chỉ ghi cho một nhóm được mô tả (group); bỏ số người hoặc nêu nhóm.',
  },
  ATTENDANCE_NOT_FOUND: {
    meaning: 'No attendance with this id is recorded at the ceremony.',
    message: 'Buổi lễ không có thành phần tham dự "…": hãy ghi nhận trước (recordCeremonyAttendance).',
  },
  ATTENDANCE_WITHOUT_ATTENDEE: {
    meaning: 'An attendance names neither a unit nor a described group.',
    message:
      'Hãy nêu đơn vị tham dự (unitId) hoặc mô tả nhóm người tham dự như báo cáo ghi (group), ví dụ "Chánh Văn phòng các đơn vị thành viên".',
  },
  CEREMONY_ALREADY_RECORDED: {
    meaning: 'A ceremony with this id is already recorded.',
    message: 'Buổi lễ "…" đã được ghi nhận.',
  },
  CEREMONY_DATE_INVALID: {
    meaning: 'The date a meeting was held is neither a year, a year and month, nor a full date that exists.',
    message:
      'Ngày tổ chức "…" không hợp lệ: ghi năm ("2020"), năm và tháng ("2020-02") hoặc ngày đầy đủ ("2020-02-14"); bỏ trống khi báo cáo không nêu.',
  },
  CEREMONY_NOT_FOUND: {
    meaning: 'The ceremony is not recorded for this cluster.',
    message: 'Không có buổi lễ "…" của Cụm "…".',
  },
  CEREMONY_REVIEWS_NO_YEAR: {
    meaning: 'A review is recorded for a ceremony that reviews no year.',
    message: 'Buổi lễ "…" không tổng kết năm nào: ghi nhận năm được tổng kết khi ghi buổi lễ.',
  },
  CEREMONY_WITHOUT_YEAR: {
    meaning: 'A ceremony must review a year, launch one, or both.',
    message: 'Buổi lễ cần tổng kết một năm thi đua, phát động một năm, hoặc cả hai.',
  },
  CEREMONY_YEARS_NOT_CONSECUTIVE: {
    meaning: 'A ceremony reviewing year N launches year N+1.',
    message: 'Một buổi lễ tổng kết năm … thì phát động năm …, không phải năm ….',
  },
  HALF_WITHOUT_YEAR: {
    meaning: 'A half-year is given without the year it is half of.',
    message: 'Nửa năm (reviewsHalf, launchesHalf) cần đi cùng năm của nó (reviewsYear, launchesYear).',
  },
  MEETING_DATE_OUTSIDE_PERIOD: {
    meaning:
      'A meeting is dated outside the years its period allows: a review in the reviewed year or the next, a launch in the launched year or the one before.',
    message:
      'Ngày tổ chức năm … không khớp kỳ được nêu: buổi tổng kết, sơ kết một năm được tổ chức trong năm đó hoặc năm sau; buổi phát động một năm trong năm đó hoặc năm trước. Kiểm tra lại ngày hoặc năm (reviewsYear, launchesYear).',
  },
  MEETING_PERIOD_MISMATCH: {
    meaning:
      'The period a meeting reviews or launches is not the one its kind holds (a six-month review reviews a half-year, a year-end review a whole year, a signing ceremony launches a year).',
    message:
      'Hội nghị sơ kết 6 tháng: nêu năm (reviewsYear) và nửa năm được sơ kết (reviewsHalf: 1 hoặc 2). (Mỗi loại cuộc họp có thông báo riêng.)',
  },
  PARTICIPANT_ALREADY_RECORDED: {
    meaning: 'The person is already recorded in this role at the ceremony.',
    message: 'Người "…" đã được ghi với vai trò này trong buổi lễ.',
  },
  PART_OF_DAY_WITHOUT_DAY: {
    meaning: 'A part of the day (morning, afternoon) is given for a date not known to the day.',
    message: 'Buổi sáng/chiều chỉ ghi khi biết ngày tổ chức đầy đủ ("2020-02-14"); bỏ partOfDay hoặc nêu ngày.',
  },
  PERSON_ALREADY_LINKED: {
    meaning: 'The person is already linked to this attendance.',
    message: 'Người "…" đã được gắn với thành phần tham dự "…".',
  },
  REVIEWED_UNIT_NOT_MEMBER: {
    meaning: 'A unit in the review was not a member of the reviewed year.',
    message: 'Các đơn vị không phải thành viên của Cụm năm …: ….',
  },
  REVIEW_ALREADY_RECORDED: {
    meaning: "The ceremony's review is already recorded.",
    message: 'Kết quả tổng kết của buổi lễ "…" đã được ghi nhận.',
  },
  REVIEW_RANKING_INVALID: {
    meaning: 'A ranking names a unit twice or gives a rank below 1.',
    message: 'Xếp hạng: mỗi đơn vị một lần, hạng là số nguyên từ 1 (các đơn vị đồng hạng ghi cùng hạng).',
  },
} as const satisfies ErrorCatalogue;

export type CeremonyErrorCode = keyof typeof ceremonyErrors | SharedErrorCode;
