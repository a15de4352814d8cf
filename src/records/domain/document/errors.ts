import type { ErrorCatalogue, SharedErrorCode } from '../../../kernel/errors';

/** Codes of the document register (sổ văn bản). */
export const documentErrors = {
  CITATION_UNREADABLE: {
    meaning: 'A document citation could not be read as kind, number/symbol and date.',
    message: 'Không đọc được trích dẫn "…": cần dạng "Kế hoạch số 12/KH-VKS ngày 10/01/2022" (loại, số/ký hiệu, ngày).',
  },
  DOCUMENT_ALREADY_REGISTERED: {
    meaning: 'The document is already in the register.',
    message: 'Văn bản "…" đã có trong sổ.',
  },
  DOCUMENT_KIND_REQUIRED: {
    meaning: "The document's kind (plan, decision, guidance, ...) is missing.",
    message: 'Cần nêu loại văn bản của "…" (Kế hoạch, Quyết định, Hướng dẫn…).',
  },
  DOCUMENT_NUMBER_REQUIRED: {
    meaning: "The document's number and symbol are missing.",
    message: 'Văn bản cần có số, ký hiệu (ví dụ "12/KH-VKS").',
  },
  ISSUER_NOT_FOUND: {
    meaning: 'The issuing unit has not been registered.',
    message: 'Chưa đăng ký đơn vị ban hành "…".',
  },
} as const satisfies ErrorCatalogue;

export type DocumentErrorCode = keyof typeof documentErrors | SharedErrorCode;
