import type { ErrorCatalogue, SharedErrorCode } from '../../../kernel/errors';

/** Codes of the persons' title registrations in their unit's year. */
export const personTitleErrors = {
  PERSON_TITLE_UNKNOWN: {
    meaning: 'The title named is not a title for persons in the award catalogue.',
    message: '"…" không phải danh hiệu thi đua cá nhân trong danh mục (awardCatalogue): chọn danh hiệu dành cho cá nhân.',
  },
  PERSON_TITLE_ALREADY_REGISTERED: {
    meaning: 'The person already registered for this title in this unit that year.',
    message: 'Người "…" đã đăng ký danh hiệu "…" năm … tại đơn vị "…".',
  },
  PERSON_TITLE_NOT_REGISTERED: {
    meaning: 'A withdrawal names a person who registered for no title in the unit that year.',
    message: 'Người "…" chưa đăng ký danh hiệu nào năm … tại đơn vị "…".',
  },
} as const satisfies ErrorCatalogue;

export type PersonTitleErrorCode = keyof typeof personTitleErrors | SharedErrorCode;
