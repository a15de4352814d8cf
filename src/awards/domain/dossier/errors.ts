import type { ErrorCatalogue, SharedErrorCode } from '../../../kernel/errors';

/** Codes of the award dossiers (hồ sơ đề nghị khen thưởng), from drafting to a revoked award. */
export const dossierErrors = {
  DOSSIER_NOT_FOUND: {
    meaning: 'No dossier with this id has been drafted (draftDossier).',
    message: 'Chưa lập hồ sơ đề nghị khen thưởng "…": hãy lập hồ sơ trước (draftDossier).',
  },
  DOSSIER_ALREADY_EXISTS: {
    meaning: 'A dossier with this id is already drafted.',
    message: 'Hồ sơ "…" đã được lập: đặt mã khác cho hồ sơ mới.',
  },
  DOSSIER_STEP_OUT_OF_ORDER: {
    meaning: 'The step is not one the dossier can take in its current status; the message lists the steps it can take.',
    message: 'Hồ sơ "…" đang ở trạng thái "…" nên chưa thể …. Các bước làm được lúc này: ….',
  },
  FORWARD_TARGET_MISMATCH: {
    meaning: 'The dossier says it carries another dossier on, but that dossier was not forwarded as this one.',
    message: 'Hồ sơ "…" không được đề nghị lên cấp trên thành hồ sơ "…": kiểm tra lại mã hồ sơ nguồn (forwardedFrom).',
  },
  DOSSIER_DATE_INVALID: {
    meaning: 'A date of the dossier (memo, decision, revocation) is neither a year, a year and month, nor a full date that exists.',
    message: 'Ngày … "…" không hợp lệ: ghi năm ("2024"), năm và tháng ("2024-11") hoặc ngày đầy đủ ("2024-11-20").',
  },
  RETURN_REASON_REQUIRED: {
    meaning: 'A dossier is returned to its proposer without a reason.',
    message: 'Trả lại hồ sơ "…" phải nêu lý do để đơn vị đề nghị biết cần bổ sung, sửa gì.',
  },
  REJECTION_REASON_REQUIRED: {
    meaning: 'An item is rejected without a reason.',
    message: 'Không đề nghị khen thưởng mục "…" phải nêu lý do.',
  },
  VERDICT_CHANGE_REASON_REQUIRED: {
    meaning: 'An item already appraised is appraised again without a reason.',
    message: 'Mục "…" đã được thẩm định (…): thẩm định lại phải nêu lý do.',
  },
  DOSSIER_ITEM_NOT_FOUND: {
    meaning: 'The dossier has no item with this id.',
    message: 'Hồ sơ "…" không có mục đề nghị "…".',
  },
  DOSSIER_ITEM_ALREADY_EXISTS: {
    meaning: 'The item id is already used in this dossier.',
    message: 'Mã mục "…" đã dùng trong hồ sơ "…": đặt mã khác cho mục mới.',
  },
  CANDIDATE_ALREADY_PROPOSED: {
    meaning: 'The dossier already proposes the same candidate for the same entry.',
    message: '"…" đã được đề nghị "…" trong hồ sơ này (mục "…"): không đề nghị hai lần.',
  },
  AWARD_ENTRY_NOT_FOUND: {
    meaning: 'The title or form asked for is not in the award catalogue.',
    message: 'Danh mục khen thưởng không có danh hiệu, hình thức "…": kiểm tra lại mã.',
  },
  AWARD_NOT_FOR_RECIPIENT: {
    meaning: 'The entry is not given to this kind of candidate (a person title for a unit, or a collective one for a person).',
    message: '"…" chỉ dành cho …, không đề nghị cho … "…".',
  },
  CANDIDATE_NOT_REGISTERED: {
    meaning: 'The candidate did not register for the title that year.',
    message: '"…" không đăng ký danh hiệu "…" năm …, nên không thể đề nghị danh hiệu này.',
  },
  ITEM_COUNT_INVALID: {
    meaning:
      'The count of an item is not a whole number of at least 1, a named item counts other than 1, or names are given for an item that is not count-only.',
    message: 'Số lượng của mục "…" không hợp lệ: ….',
  },
  TOO_MANY_NAMED: {
    meaning: 'More candidates are named for a count-only item than the count it has left.',
    message: 'Mục "…" chỉ còn … suất chưa nêu tên, không thể nêu … người/tập thể.',
  },
  DOSSIER_EMPTY: {
    meaning: 'The dossier is sent with no item.',
    message: 'Hồ sơ "…" chưa có mục đề nghị nào: hãy thêm ít nhất một mục trước khi gửi.',
  },
  DOSSIER_ITEMS_NOT_APPRAISED: {
    meaning: 'Some items have no verdict yet, so the dossier cannot go on.',
    message: 'Còn mục chưa thẩm định trong hồ sơ "…": …. Hãy thẩm định hết các mục trước.',
  },
  PREREQUISITE_NOT_HELD: {
    meaning: 'The candidate does not hold an entry this one requires for the year.',
    message: 'Mục "…" chưa đủ điều kiện: người/tập thể được đề nghị chưa có danh hiệu, hình thức khen thưởng bắt buộc trước đó.',
  },
  APPROVAL_TOO_LOW: {
    meaning: 'The vote on the item is below the approval share the entry needs.',
    message: 'Mục "…" chỉ đạt …/… phiếu đồng ý, chưa đủ …% theo quy định.',
  },
  VOTE_INVALID: {
    meaning: 'The vote counts are not whole numbers, no one could vote, or more approved than could vote.',
    message: 'Kết quả biểu quyết mục "…" không hợp lệ: … phiếu đồng ý trên … người có quyền biểu quyết.',
  },
  NOTHING_APPROVED: {
    meaning: 'No item is approved, so there is nothing to forward, draft a decision for, or decide.',
    message: 'Hồ sơ "…" chưa có mục nào được thẩm định đồng ý: không có gì để ….',
  },
  COUNT_ITEM_UNRESOLVED: {
    meaning: 'An approved item is still count-only: a decision names each candidate.',
    message: 'Mục "…" mới ghi số lượng (… suất): hãy nêu tên từng người/tập thể trước khi ra quyết định.',
  },
  DECIDING_LEVEL_NOT_ALLOWED: {
    meaning: 'The authority deciding is not one the catalogue allows for the entry.',
    message: '"…" thuộc thẩm quyền của …, không phải …: hãy đề nghị lên cấp có thẩm quyền.',
  },
  CAP_EXCEEDED: {
    meaning: 'The approved items of an entry are more than its cap leaves room for.',
    message: '"…" chỉ còn … suất theo tỷ lệ quy định, hồ sơ đề nghị quyết định ….',
  },
  REVOKE_GROUNDS_REQUIRED: {
    meaning: 'An award is revoked without its grounds.',
    message: 'Hủy bỏ khen thưởng mục "…" phải nêu căn cứ, lý do.',
  },
  KNOWN_DECISION_SOURCE_REQUIRED: {
    meaning: 'A decision known only by its outcome is entered without the source that tells it.',
    message: 'Cần ghi nguồn cho biết quyết định này (văn bản, hồ sơ lưu trữ, bài báo…), như nguồn đó ghi.',
  },
} as const satisfies ErrorCatalogue;

export type DossierErrorCode = keyof typeof dossierErrors | SharedErrorCode;
