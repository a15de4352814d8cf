import type { ErrorCatalogue, SharedErrorCode } from '../../../kernel/errors';

/** Codes of publishing a criteria set (bộ tiêu chí). */
export const criteriaErrors = {
  CRITERIA_SET_EMPTY: {
    meaning: 'A criteria set has no criterion.',
    message: 'Bộ tiêu chí cần ít nhất một tiêu chí.',
  },
  DUPLICATE_CRITERION: {
    meaning: 'A criterion id appears twice in the set.',
    message: 'Tiêu chí "…" xuất hiện hai lần trong bộ tiêu chí.',
  },
  DUPLICATE_SECTION: {
    meaning: 'A section appears twice in the set.',
    message: 'Mục "…" xuất hiện hai lần trong bộ tiêu chí.',
  },
  DUPLICATE_THRESHOLD: {
    meaning: 'A grade threshold appears twice.',
    message: 'Mức xếp loại "…" xuất hiện hai lần.',
  },
  EFFECTIVE_DATE_NOT_LATER: {
    meaning: 'A new version must take effect after the previous one.',
    message: 'Phiên bản mới phải có hiệu lực sau phiên bản … (từ …).',
  },
  INVALID_MAX_POINTS: {
    meaning: "A criterion's maximum points are not above zero.",
    message: 'Điểm tối đa của tiêu chí "…" phải lớn hơn 0.',
  },
  INVALID_THRESHOLD: {
    meaning: 'A grade threshold is not a valid number of points.',
    message: 'Ngưỡng điểm của mức "…" không hợp lệ.',
  },
} as const satisfies ErrorCatalogue;

export type CriteriaErrorCode = keyof typeof criteriaErrors | SharedErrorCode;
