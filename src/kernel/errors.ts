/** One code the API can answer: what it means, for developers, and the Vietnamese message a person reads ("…" marks a value from the request). */
export interface ErrorCodeEntry {
  meaning: string;
  message: string;
}

/** A kind's codes, each with its entry: the single source of docs/error-codes.md (`npm run docs:errors`). */
export type ErrorCatalogue = Readonly<Record<string, ErrorCodeEntry>>;

/** Codes more than one kind of the domain answers with. */
export const sharedErrors = {
  AWARD_ALREADY_REVOKED: {
    meaning: 'The award (of a cluster year, or of a dossier item) has already been revoked.',
    message: 'Khen thưởng "…" đã bị thu hồi (ngày …), không thu hồi lần nữa.',
  },
  AWARD_NOT_DECIDED: {
    meaning: 'Only a decided award can be revoked; this one (of a cluster year, or of a dossier item) has no decision.',
    message: 'Chỉ thu hồi được khen thưởng đã có quyết định; "…" chưa có quyết định khen thưởng.',
  },
  CLUSTER_NOT_FOUND: {
    meaning: 'The cluster or bloc named by the input has not been formed.',
    message: 'Không tìm thấy Cụm/Khối thi đua "…".',
  },
  COUNCIL_UNIT_REQUIRED: {
    meaning: 'A provincial or unit council (as a body, or named as an issuer) was given without the unit it belongs to.',
    message: 'Hội đồng "…" thuộc một đơn vị: hãy nêu đơn vị của Hội đồng (unitId).',
  },
  DECISION_NUMBER_REQUIRED: {
    meaning: 'An award decision is recorded without its number.',
    message: 'Cần ghi số quyết định khen thưởng như trên văn bản, ví dụ "123/QĐ-VKSTC".',
  },
  DOCUMENT_NOT_FOUND: {
    meaning: 'The document named or cited is not in the document register (registerDocument).',
    message: 'Văn bản "…" chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).',
  },
  IDEMPOTENCY_KEY_REUSED: {
    meaning: 'The caller reused a commandId for another command or another input (src/commands/idempotency.ts).',
    message:
      'Mã lệnh (commandId) "…" đã được dùng cho một lệnh khác với nội dung khác; mỗi lệnh mới cần một commandId mới, chỉ gửi lại đúng commandId cũ khi gửi lại đúng lệnh cũ.',
  },
  NO_CRITERIA_SET: {
    meaning: 'The cluster year has adopted no criteria set yet, so nothing can be scored or ranked.',
    message: 'Cụm chưa áp dụng bộ tiêu chí nào cho năm ….',
  },
  PERSON_NOT_FOUND: {
    meaning: 'The person named by the input has not been registered (registerPerson).',
    message: 'Chưa ghi nhận người "…": hãy ghi nhận trước (registerPerson).',
  },
  REASON_REQUIRED: {
    meaning: 'The command changes or undoes something recorded and must say why; the reason was empty.',
    message: '… phải nêu lý do (ví dụ: "Mở lại điểm đã chốt phải nêu lý do.").',
  },
  UNIT_NOT_FOUND: {
    meaning: 'The unit named by the input has not been registered.',
    message: 'Chưa đăng ký đơn vị "…".',
  },
} as const satisfies ErrorCatalogue;

export type SharedErrorCode = keyof typeof sharedErrors;
