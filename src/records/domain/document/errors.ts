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
  DOCUMENT_DUPLICATE: {
    meaning:
      'Another registered document has the same issuer, kind, number and year (an issuer numbers each kind anew every year); extensions.documentId names it.',
    message:
      'Văn bản "…" của cùng cơ quan ban hành, cùng loại và năm đã có trong sổ với mã "…": dùng mã đó (hoặc đính chính văn bản ấy nếu nó ghi sai).',
  },
  DOCUMENT_KIND_REQUIRED: {
    meaning: "The document's kind (plan, decision, guidance, ...) is missing.",
    message: 'Cần nêu loại văn bản của "…" (Kế hoạch, Quyết định, Hướng dẫn…).',
  },
  DOCUMENT_NUMBER_REQUIRED: {
    meaning: 'The document has neither a number and symbol nor a title: one of them is needed to identify it.',
    message: 'Văn bản cần có số, ký hiệu (ví dụ "12/KH-VKS"), hoặc trích yếu khi văn bản không có số.',
  },
  DOCUMENT_CITATION_AMBIGUOUS: {
    meaning:
      'The parts a citation gives (number, date, kind, issuer) fit more than one registered document; extensions.candidates lists them.',
    message: 'Trích dẫn "…" khớp với … văn bản trong sổ: hãy nêu thêm ngày ban hành hoặc cơ quan ban hành.',
  },
  DOCUMENT_DATE_INVALID: {
    meaning: 'A partial date is neither a year, a year and month, nor a full date that exists.',
    message: 'Ngày … "…" không hợp lệ: ghi năm ("2020"), năm và tháng ("2020-02") hoặc ngày đầy đủ ("2020-02-14").',
  },
  DOCUMENT_ISSUER_CONFLICT: {
    meaning: 'More than one issuer was given (a unit, a cluster, a council): a document has one.',
    message: 'Một văn bản có một cơ quan ban hành: chỉ nêu một trong đơn vị, Cụm/Khối hoặc Hội đồng.',
  },
  COUNCIL_ISSUER_MISMATCH: {
    meaning: 'A council named in words as issuer uses the id of a registered council of another level or unit.',
    message: 'Mã Hội đồng "…" đã đăng ký cho … (cấp …): nêu Hội đồng đó bằng issuerCouncilId, hoặc đặt mã khác cho Hội đồng này.',
  },
  DOCUMENT_CHANGE_EMPTY: {
    meaning: 'A completion or correction of a document names nothing to change.',
    message: 'Chưa nêu điều gì cần đính chính ở văn bản "…".',
  },
  DOCUMENT_FIELD_RECORDED: {
    meaning: 'A completion would change a detail already recorded otherwise: that is a correction (correctDocument) with a reason.',
    message: 'Văn bản "…" đã ghi … "…": muốn đổi thì dùng đính chính (correctDocument) kèm lý do.',
  },
  DOCUMENT_RELATED_TO_ITSELF: {
    meaning: 'A document was said to amend, replace or implement itself.',
    message: 'Văn bản "…" không thể sửa đổi, thay thế hay thực hiện chính nó: hãy nêu văn bản kia.',
  },
  ISSUER_NOT_FOUND: {
    meaning: "The issuer (a unit, a cluster or bloc, or a council's unit) has not been registered.",
    message: 'Chưa đăng ký đơn vị ban hành "…": hãy đăng ký trước khi vào sổ văn bản của nó.',
  },
} as const satisfies ErrorCatalogue;

export type DocumentErrorCode = keyof typeof documentErrors | SharedErrorCode;
