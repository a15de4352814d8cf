import type { ErrorCatalogue } from '../../../kernel/errors';

/** Codes of registrations stated as counts (a cluster year's), apart so the year's catalogue stays readable. */
export const registrationCountErrors = {
  REGISTRATION_COUNTS_EMPTY: {
    meaning: 'A statement of registration counts names no title.',
    message: 'Hãy nêu ít nhất một danh hiệu và số đơn vị đăng ký, như báo cáo ghi.',
  },
  REGISTRATION_COUNT_INVALID: {
    meaning: 'A stated count of registering units is not a whole number of at least 1.',
    message: 'Số đơn vị đăng ký danh hiệu "…" phải là số nguyên từ 1 trở lên (báo cáo ghi "03 đơn vị" thì nhập 3).',
  },
  REGISTRATION_COUNT_TITLE_REPEATED: {
    meaning: 'A title appears more than once in one statement of registration counts.',
    message: 'Danh hiệu "…" được nêu hơn một lần; mỗi danh hiệu chỉ ghi một số đơn vị đăng ký.',
  },
  REGISTRATION_COUNT_SOURCE_REQUIRED: {
    meaning: 'A statement of registration counts needs its source (the words of the report).',
    message: 'Hãy nêu nguồn của số lượng đăng ký (văn bản, bài báo và lời báo cáo).',
  },
  REGISTRATION_COUNT_ABOVE_MEMBERS: {
    meaning: "A stated count exceeds the year's members, whose list is known complete.",
    message: 'Số đơn vị đăng ký danh hiệu "…" (…) nhiều hơn số thành viên của Cụm năm … (…).',
  },
} as const satisfies ErrorCatalogue;

export type RegistrationCountErrorCode = keyof typeof registrationCountErrors;
