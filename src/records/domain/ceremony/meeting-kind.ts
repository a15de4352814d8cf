/** Loại cuộc họp, buổi lễ của một Cụm/Khối. */
export enum MeetingKind {
  /** Lễ phát động và ký kết giao ước thi đua: launches a year. */
  SIGNING_CEREMONY = 'SIGNING_CEREMONY',
  /** Hội nghị sơ kết (6 tháng): reviews a half-year. */
  MID_YEAR_REVIEW = 'MID_YEAR_REVIEW',
  /** Hội nghị tổng kết năm: reviews a whole year, often launching the next. */
  YEAR_END_REVIEW = 'YEAR_END_REVIEW',
  /** Họp bình xét, chấm điểm thi đua. */
  RATING_MEETING = 'RATING_MEETING',
  /** Phiên họp của Hội đồng Thi đua – Khen thưởng. */
  COUNCIL_SESSION = 'COUNCIL_SESSION',
}

/** Buổi sáng / buổi chiều, when a report says which part of the day. */
export enum PartOfDay {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
}

/** 1: the first six months (6 tháng đầu năm); 2: the last six. */
export type Half = 1 | 2;

/**
 * The kind of a ceremony named without one, as every ceremony was before meetings had kinds (stored
 * then, or asked for as then): a review when it reviews a year, else the launch where the agreement is signed.
 */
export const kindOfYearCeremony = (reviewsYear: number | null): MeetingKind =>
  reviewsYear !== null ? MeetingKind.YEAR_END_REVIEW : MeetingKind.SIGNING_CEREMONY;
