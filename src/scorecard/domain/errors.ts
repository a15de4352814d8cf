import type { ErrorCatalogue, SharedErrorCode } from '../../kernel/errors';

/** Codes of scoring (chấm điểm) a unit's criteria. */
export const scorecardErrors = {
  CRITERION_NOT_IN_SET: {
    meaning: 'The criterion is not in the criteria set the year adopted.',
    message: 'Tiêu chí "…" không có trong bộ tiêu chí … phiên bản ….',
  },
  POINTS_OUT_OF_RANGE: {
    meaning: "Points are below 0 or above the criterion's maximum.",
    message: '… của tiêu chí "…" phải từ 0 đến …, nhận được ….',
  },
  SCORED_UNIT_NOT_MEMBER: {
    meaning: 'The unit scored is not a member of the year.',
    message: 'Đơn vị "…" không phải thành viên của Cụm năm …, nên không thể chấm điểm.',
  },
  SCORES_FINALIZED: {
    meaning: "The year's scores are finalized; the council must reopen them first.",
    message: 'Điểm năm … đã được chốt; chỉ có thể thay đổi sau khi Hội đồng mở lại (có nêu lý do).',
  },
  SCORE_ALREADY_RECORDED: {
    meaning: 'The criterion already has a score at this stage; correct it instead.',
    message: 'Tiêu chí "…" ở giai đoạn … đã có điểm …; dùng chức năng sửa điểm (kèm lý do).',
  },
  SCORE_NOT_RECORDED: {
    meaning: 'A correction of a score that was never recorded.',
    message: 'Tiêu chí "…" ở giai đoạn … chưa có điểm để sửa.',
  },
  SCORE_UNCHANGED: {
    meaning: 'A correction gives the points already recorded.',
    message: 'Điểm của tiêu chí "…" đã là ….',
  },
} as const satisfies ErrorCatalogue;

export type ScorecardErrorCode = keyof typeof scorecardErrors | SharedErrorCode;
