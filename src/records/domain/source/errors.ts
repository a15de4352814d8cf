import type { ErrorCatalogue, SharedErrorCode } from '../../../kernel/errors';

/** Codes of the sources records cite. */
export const sourceErrors = {
  SOURCE_CITATION_EXISTS: {
    meaning: 'The citation id is already used.',
    message: 'Mã trích nguồn "…" đã dùng: đặt mã khác cho lần ghi nguồn này.',
  },
  SOURCE_RECORD_INCOMPLETE: {
    meaning: "The record cited lacks a part its kind needs: a cluster-year's year, or the member, office or award within it.",
    message: 'Hồ sơ loại … cần …: hãy nêu đủ để xác định hồ sơ.',
  },
  SOURCE_RECORD_NOT_FOUND: {
    meaning: 'The record the source is cited for is not on record.',
    message: 'Không có hồ sơ … "…": hãy ghi nhận hồ sơ trước khi ghi nguồn của nó.',
  },
  SOURCE_REQUIRED: {
    meaning: 'A citation names neither a registered document nor an outside source, or names both.',
    message: 'Hãy nêu đúng một nguồn: một văn bản trong sổ (documentId) hoặc một nguồn bên ngoài (outside).',
  },
  SOURCE_TITLE_REQUIRED: {
    meaning: "An outside source's title is empty.",
    message: 'Cần ghi tiêu đề của nguồn bên ngoài, như bài báo, trang tin ghi.',
  },
  SOURCE_DATE_INVALID: {
    meaning: 'The date an outside source was seen is neither a year, a year and month, nor a full date that exists.',
    message: 'Ngày xem nguồn "…" không hợp lệ: ghi năm ("2024"), năm và tháng ("2024-03") hoặc ngày đầy đủ ("2024-03-05").',
  },
  SOURCE_CITATION_NOT_FOUND: {
    meaning: 'No citation with this id.',
    message: 'Không có lần ghi nguồn mã "…".',
  },
  SOURCE_ALREADY_WITHDRAWN: {
    meaning: 'The citation has already been withdrawn.',
    message: 'Nguồn mã "…" đã được rút trước đó.',
  },
} as const satisfies ErrorCatalogue;

export type SourceErrorCode = keyof typeof sourceErrors | SharedErrorCode;
