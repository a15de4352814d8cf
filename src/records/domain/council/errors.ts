import type { ErrorCatalogue, SharedErrorCode } from '../../../kernel/errors';

/** Codes of the councils (Hội đồng Thi đua – Khen thưởng) and their members. */
export const councilErrors = {
  COUNCIL_ALREADY_REGISTERED: {
    meaning: 'A council with this id is already registered.',
    message: 'Hội đồng "…" đã có trong hồ sơ.',
  },
  COUNCIL_NAME_REQUIRED: {
    meaning: "The council's name is empty.",
    message: 'Cần ghi tên Hội đồng như văn bản ghi, ví dụ "Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang".',
  },
  COUNCIL_LEVEL_MISMATCH: {
    meaning:
      "The council's level does not fit its unit's level (the sector council sits at the Supreme Procuracy, a provincial one at a provincial procuracy).",
    message: 'Hội đồng cấp … phải thuộc …, còn đơn vị "…" là ….',
  },
  SECTOR_COUNCIL_EXISTS: {
    meaning: 'The sector has one council, and it is already registered under another id.',
    message: 'Ngành đã có Hội đồng Thi đua – Khen thưởng "…": dùng mã đó, không đăng ký Hội đồng ngành thứ hai.',
  },
  UNIT_COUNCIL_EXISTS: {
    meaning: 'The unit already has a council registered under another id.',
    message: 'Đơn vị "…" đã có Hội đồng "…": dùng mã đó, không đăng ký Hội đồng thứ hai.',
  },
  COUNCIL_NOT_FOUND: {
    meaning: 'The council named has not been registered (registerCouncil).',
    message: 'Chưa đăng ký Hội đồng "…": hãy đăng ký trước (registerCouncil).',
  },
  COUNCIL_DATE_INVALID: {
    meaning: 'A date of a membership is neither a year, a year and month, nor a full date that exists.',
    message: 'Ngày … "…" không hợp lệ: ghi năm ("2020"), năm và tháng ("2020-02") hoặc ngày đầy đủ ("2020-02-14").',
  },
  COUNCIL_MEMBERSHIP_EXISTS: {
    meaning: 'The membership id is already used in this council.',
    message: 'Mã thành viên "…" đã dùng trong Hội đồng "…": đặt mã khác cho lần bổ nhiệm này.',
  },
  COUNCIL_MEMBERSHIP_NOT_FOUND: {
    meaning: 'No membership with this id in this council.',
    message: 'Hội đồng "…" không có thành viên mã "…".',
  },
  COUNCIL_MEMBERSHIP_ENDS_BEFORE_START: {
    meaning: 'A membership would end on or before the day it starts.',
    message: 'Thời gian làm thành viên phải kết thúc sau khi bắt đầu: từ … đến … không hợp lệ.',
  },
  COUNCIL_MEMBERSHIP_OVERLAPS: {
    meaning: 'The person already holds the same capacity in this council for a period that certainly overlaps.',
    message: 'Người "…" đã là … của Hội đồng trong khoảng thời gian trùng (mã "…"): sửa hoặc kết thúc lần bổ nhiệm đó trước.',
  },
  COUNCIL_MEMBERSHIP_ENDED: {
    meaning: 'The membership already has an end date; changing it is a correction (correctCouncilMember).',
    message: 'Thành viên "…" đã kết thúc ngày …: muốn đổi thì dùng đính chính (correctCouncilMember) kèm lý do.',
  },
  COUNCIL_MEMBER_CHANGE_EMPTY: {
    meaning: 'A correction of a membership changes nothing.',
    message: 'Chưa nêu điều gì cần đính chính ở thành viên "…".',
  },
} as const satisfies ErrorCatalogue;

export type CouncilErrorCode = keyof typeof councilErrors | SharedErrorCode;
