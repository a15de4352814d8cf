import type { ErrorCatalogue, SharedErrorCode } from '../../../kernel/errors';
import type { RegistrationCountErrorCode } from './registration-count-errors';

/** Codes of a cluster's emulation year: members, offices, agreement, registrations, criteria, votes, awards. */
export const clusterYearErrors = {
  AGREEMENT_ALREADY_DRAFTED: {
    meaning: "The year's agreement is already drafted; amend it instead.",
    message: 'Giao ước năm … đã được dự thảo; dùng chức năng sửa đổi giao ước để ghi nhận thay đổi.',
  },
  AGREEMENT_ALREADY_IN_FORCE: {
    meaning: "The year's agreement is already in force.",
    message: 'Giao ước năm … đã có hiệu lực; không cần ghi nhận lại.',
  },
  AGREEMENT_NOT_DRAFTED: {
    meaning: "The year's agreement has not been drafted yet.",
    message: 'Giao ước thi đua năm … chưa được dự thảo.',
  },
  ALREADY_FINALIZED: {
    meaning: "The year's scores are already finalized.",
    message: 'Điểm năm … đã được chốt.',
  },
  ALREADY_INELIGIBLE: {
    meaning: 'The unit has already been declared ineligible this year.',
    message: 'Đơn vị "…" đã được ghi nhận không đủ điều kiện năm ….',
  },
  ALREADY_MEMBER: {
    meaning: 'The unit admitted is already a member of the year.',
    message: 'Đơn vị "…" đã là thành viên của Cụm năm ….',
  },
  ALREADY_REGISTERED: {
    meaning: 'The unit has already registered a title this year; withdraw it first.',
    message: 'Đơn vị "…" đã đăng ký danh hiệu "…" năm …; rút đăng ký trước khi đăng ký danh hiệu khác.',
  },
  ALREADY_SIGNED: {
    meaning: "The unit has already signed the year's agreement.",
    message: 'Đơn vị "…" đã ký giao ước năm ….',
  },
  ALREADY_VOTED: {
    meaning: 'The unit has already cast its ballot in this vote.',
    message: 'Đơn vị "…" đã bỏ phiếu trong cuộc "…".',
  },
  AWARDEE_NOT_MEMBER: {
    meaning: 'The unit proposed for an award is not a member of the year.',
    message: 'Đơn vị "…" không phải thành viên của Cụm năm …, nên không thể được đề nghị khen thưởng.',
  },
  AWARD_ALREADY_DECIDED: {
    meaning: 'The award proposal already has a decision.',
    message: 'Đề nghị "…" đã có quyết định (…).',
  },
  AWARD_ALREADY_EXISTS: {
    meaning: 'An award proposal with this id already exists.',
    message: 'Đề nghị khen thưởng "…" đã có.',
  },
  AWARD_ALREADY_PROPOSED: {
    meaning: 'The unit is already proposed for, or holds, this title this year.',
    message: 'Đơn vị "…" đã được đề nghị hoặc đã đạt danh hiệu "…" năm ….',
  },
  AWARD_BELOW_THRESHOLD: {
    meaning: "The unit's ranking does not reach the grade the title requires.",
    message: 'Danh hiệu "…" cần xếp loại "…" (từ … điểm); bảng xếp hạng năm … cho đơn vị "…" ….',
  },
  AWARD_NOT_FOUND: {
    meaning: 'The award proposal does not exist.',
    message: 'Không có đề nghị khen thưởng "…".',
  },
  AWARD_NOT_REGISTERED: {
    meaning: 'The unit did not register the title it is proposed for.',
    message: 'Đơn vị "…" không đăng ký danh hiệu "…" năm ……, nên không thể được khen thưởng danh hiệu này.',
  },
  CANDIDATE_NOT_MEMBER: {
    meaning: 'A candidate of the vote is not a member of the year.',
    message: 'Đơn vị "…" không phải thành viên của Cụm năm …, nên không thể được đề cử.',
  },
  CHAIR_NOT_APPOINTED: {
    meaning: 'A vice-chair is appointed only after a chair.',
    message: 'Năm … của Cụm "…" chưa có Cụm trưởng: hãy luân phiên Cụm trưởng (rotateChair) trước khi bổ nhiệm Cụm phó.',
  },
  CHAIR_NOT_ELIGIBLE: {
    meaning: 'A unit declared ineligible this year cannot chair.',
    message: 'Đơn vị "…" không đủ điều kiện bình xét năm …, nên không thể làm Cụm trưởng năm ….',
  },
  CHAIR_NOT_MEMBER: {
    meaning: 'The chair named is not a member of the year.',
    message: 'Đơn vị "…" không phải thành viên của Cụm năm …, nên không thể làm Cụm trưởng.',
  },
  CHAIR_NOT_ROTATED: {
    meaning: 'The chair must rotate: this unit chaired the previous year.',
    message: 'Đơn vị "…" đã làm Cụm trưởng năm …; Cụm trưởng phải luân phiên cho đơn vị khác.',
  },
  CHAIR_SAME_AS_VICE_CHAIR: {
    meaning: 'Chair and vice-chair are the same unit.',
    message: 'Cụm trưởng và Cụm phó phải là hai đơn vị khác nhau.',
  },
  CHAIR_UNCHANGED: {
    meaning: 'Chair and vice-chair are already exactly these units.',
    message: 'Cụm trưởng và Cụm phó năm … đã đúng như vậy.',
  },
  CRITERIA_SET_ALREADY_ADOPTED: {
    meaning: 'The year has already adopted this criteria set version.',
    message: 'Năm … đã áp dụng bộ tiêu chí … phiên bản ….',
  },
  CRITERIA_SET_NOT_FOUND: {
    meaning: 'The criteria set (or the requested version) does not exist.',
    message: 'Không tìm thấy bộ tiêu chí "…" (hoặc phiên bản yêu cầu).',
  },
  CRITERIA_SET_NOT_IN_FORCE: {
    meaning: 'The criteria set version takes effect only after the year.',
    message: 'Bộ tiêu chí … phiên bản … chỉ có hiệu lực từ …, sau năm ….',
  },
  DATE_INVALID: {
    meaning:
      'A date of the year (signing, entry into force, designation) is neither a year, a year and month, nor a full date that exists.',
    message: 'Ngày … "…" không hợp lệ: ghi năm ("2020"), năm và tháng ("2020-02") hoặc ngày đầy đủ ("2020-02-14").',
  },
  DESIGNATION_EMPTY: {
    meaning: 'A designation of an office names neither the designating document nor its date.',
    message: 'Hãy nêu văn bản chỉ định (documentId) hoặc ngày chỉ định (designatedOn) của … năm ….',
  },
  DUPLICATE_MEMBER: {
    meaning: 'The same unit is listed twice among the members.',
    message: 'Đơn vị "…" được kê hai lần trong danh sách thành viên.',
  },
  EXCELLENT_CAP_EXCEEDED: {
    meaning: 'Too many "Tập thể Lao động xuất sắc" titles for the number of "Lao động tiên tiến" units.',
    message:
      'Danh hiệu "Tập thể Lao động xuất sắc" không quá …% số đơn vị đạt "Tập thể Lao động tiên tiến" (… đơn vị, tối đa …); năm … đã có ….',
  },
  FLAG_APPROVAL_TOO_LOW: {
    meaning: "The emulation flag needs a minimum share of the members' approval in the vote.",
    message: '"Cờ thi đua của ngành" cần ít nhất …% số thành viên Cụm tán thành; đơn vị "…" đạt ….',
  },
  FLAG_REQUIRES_EXCELLENT_TITLE: {
    meaning: 'The emulation flag goes only to a unit holding "Tập thể Lao động xuất sắc" that year.',
    message: '"Cờ thi đua của ngành" chỉ xét cho đơn vị đạt "Tập thể Lao động xuất sắc" năm …; đơn vị "…" chưa đạt.',
  },
  GROUNDS_REQUIRED: {
    meaning: 'Revoking an award needs its grounds.',
    message: 'Thu hồi khen thưởng phải nêu căn cứ.',
  },
  HOST_NOT_MEMBER: {
    meaning: 'The unit hosting the signing ceremony is not a member of the year.',
    message: 'Đơn vị "…" không phải thành viên của Cụm năm …, nên không thể đăng cai lễ ký kết.',
  },
  IN_FORCE_SOURCE_REQUIRED: {
    meaning: 'Recording an agreement in force needs the source that says so.',
    message: 'Hãy nêu nguồn ghi nhận giao ước có hiệu lực (văn bản, bài báo…).',
  },
  MEMBERSHIP_COMPLETENESS_UNCHANGED: {
    meaning: 'The membership is already stated as complete, or as partial.',
    message: 'Danh sách thành viên năm … đã được ghi là ….',
  },
  MEMBER_HOLDS_OFFICE: {
    meaning: 'A member holding the chair or vice-chair cannot withdraw before the office rotates.',
    message: 'Đơn vị "…" đang là Cụm trưởng hoặc Cụm phó năm …: hãy luân phiên chức danh trước khi rút khỏi Cụm.',
  },
  NOTHING_TO_AMEND: {
    meaning: 'An agreement amendment changes nothing.',
    message: 'Bản sửa đổi giao ước không có nội dung thay đổi nào.',
  },
  NOT_A_CANDIDATE: {
    meaning: 'A ballot approves a unit that is not a candidate.',
    message: 'Đơn vị "…" không nằm trong danh sách đề cử của cuộc "…".',
  },
  NOT_A_MEMBER: {
    meaning: 'The unit withdrawn or declared ineligible is not a member of the year.',
    message: 'Đơn vị "…" không phải thành viên của Cụm năm …, nên không thể rút khỏi Cụm.',
  },
  NOT_FINALIZED: {
    meaning: "The year's scores are not finalized, so there is nothing to reopen.",
    message: 'Điểm năm … chưa được chốt nên không cần mở lại.',
  },
  NOT_REGISTERED: {
    meaning: 'The unit has registered no title this year.',
    message: 'Đơn vị "…" chưa đăng ký danh hiệu nào năm ….',
  },
  NO_CANDIDATES: {
    meaning: 'A vote was opened without candidates.',
    message: 'Cuộc bỏ phiếu cần ít nhất một đơn vị được đề cử.',
  },
  NO_MEMBERS: {
    meaning: 'A year was opened without any member unit.',
    message: 'Năm thi đua cần ít nhất một đơn vị thành viên.',
  },
  OFFICE_NOT_HELD: {
    meaning: 'A representative is named for an office no unit holds yet.',
    message: 'Năm … của Cụm "…" chưa có …: ghi nhận đơn vị giữ chức danh trước khi ghi người đại diện.',
  },
  OVERSIGHT_ALREADY_ASSIGNED: {
    meaning: 'The person already oversees the cluster that year.',
    message: 'Người "…" đã được ghi nhận phụ trách Cụm năm …: muốn đổi thì ghi việc thôi phụ trách (endOversight) trước.',
  },
  OVERSIGHT_CAPACITY_REQUIRED: {
    meaning: "The overseeing official's capacity is empty.",
    message: 'Cần ghi cương vị phụ trách như hồ sơ ghi, ví dụ "Phó Viện trưởng VKSND tối cao phụ trách".',
  },
  OVERSIGHT_NOT_FOUND: {
    meaning: 'The person is not recorded as overseeing the cluster that year.',
    message: 'Người "…" không được ghi nhận phụ trách Cụm năm ….',
  },
  REGISTRANT_NOT_MEMBER: {
    meaning: 'The unit registering (or withdrawing) a title is not a member of the year.',
    message: 'Đơn vị "…" không phải thành viên của Cụm năm …, nên không thể đăng ký danh hiệu.',
  },
  REGISTRATION_CLOSED: {
    meaning: 'Scores are finalized, so title registrations can no longer change.',
    message: 'Điểm năm … đã chốt: không thể thay đổi đăng ký danh hiệu.',
  },
  REPORT_ALREADY_ISSUED: {
    meaning: "The year's report already has its number; a number is issued once.",
    message: 'Báo cáo tổng hợp năm … đã được cấp số …; mỗi báo cáo chỉ cấp số một lần.',
  },
  REPORT_ISSUED_BEFORE_YEAR: {
    meaning: "A year's report is issued in that year or later.",
    message: 'Báo cáo tổng hợp năm … không thể ban hành ngày …, trước năm thi đua: kiểm tra lại ngày ban hành.',
  },
  REPORT_NUMBER_INVALID: {
    meaning: 'A report number is written as number/symbol, as the register has it.',
    message: 'Số, ký hiệu báo cáo "…" không hợp lệ: ghi số và ký hiệu như trong sổ văn bản, ví dụ "15/BC-CTĐ".',
  },
  SCORES_NOT_FINALIZED: {
    meaning: "Awards are decided only after the year's scores are finalized.",
    message: 'Chỉ quyết định khen thưởng sau khi điểm năm … đã được chốt.',
  },
  SIGNER_NOT_MEMBER: {
    meaning: 'The unit signing the agreement is not a member of the year.',
    message: 'Đơn vị "…" không phải thành viên của Cụm năm …, nên không thể ký giao ước.',
  },
  SUMMARY_REQUIRED: {
    meaning: 'A regulation amendment needs a summary.',
    message: 'Sửa đổi quy chế cần có nội dung tóm tắt.',
  },
  THEME_REQUIRED: {
    meaning: 'An agreement needs a theme.',
    message: 'Chủ đề giao ước không được để trống; bỏ trường này nếu báo cáo không nêu chủ đề.',
  },
  TITLE_NOT_FOUND: {
    meaning: 'The title is not in the catalogue.',
    message: 'Danh hiệu "…" không có trong danh mục.',
  },
  VICE_CHAIR_NOT_ELIGIBLE: {
    meaning: 'A unit declared ineligible this year cannot be vice-chair.',
    message: 'Đơn vị "…" không đủ điều kiện bình xét năm …, nên không thể làm Cụm phó năm ….',
  },
  VICE_CHAIR_NOT_MEMBER: {
    meaning: 'The vice-chair named is not a member of the year.',
    message: 'Đơn vị "…" không phải thành viên của Cụm năm …, nên không thể làm Cụm phó.',
  },
  VICE_CHAIR_UNCHANGED: {
    meaning: 'The unit is already the vice-chair.',
    message: 'Đơn vị "…" đã là Cụm phó năm ….',
  },
  VOTER_NOT_MEMBER: {
    meaning: 'The voting unit is not a member of the year.',
    message: 'Đơn vị "…" không phải thành viên của Cụm năm …, nên không thể bỏ phiếu.',
  },
  VOTE_ALREADY_EXISTS: {
    meaning: 'A vote with this id already exists.',
    message: 'Cuộc bỏ phiếu "…" đã có.',
  },
  VOTE_CLOSED: {
    meaning: 'The vote is closed.',
    message: 'Cuộc bỏ phiếu "…" đã kết thúc.',
  },
  VOTE_NOT_FOUND: {
    meaning: 'The vote does not exist.',
    message: 'Không có cuộc bỏ phiếu "…".',
  },
  YEAR_ALREADY_OPEN: {
    meaning: 'The emulation year of this cluster is already open.',
    message: 'Năm thi đua … của Cụm "…" đã được mở.',
  },
  YEAR_NOT_OPEN: {
    meaning: 'The emulation year of this cluster has not been opened.',
    message: 'Năm thi đua … của Cụm "…" chưa được mở.',
  },
} as const satisfies ErrorCatalogue;

export type ClusterYearErrorCode = keyof typeof clusterYearErrors | RegistrationCountErrorCode | SharedErrorCode;
