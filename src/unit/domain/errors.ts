import type { ErrorCatalogue, SharedErrorCode } from '../../kernel/errors';

/** Codes the units (đơn vị) answer with: registration, renaming, mergers, dissolution, lifespans. */
export const unitErrors = {
  LEVEL_NOT_IN_FORCE: {
    meaning: "The unit's level (e.g. district procuracy) did not exist on that date.",
    message: 'Không thể là thành viên năm thi đua …: đơn vị "…" cấp … chỉ có từ ….',
  },
  LEVEL_UNCHANGED: {
    meaning: 'A level correction gives the level the unit already has.',
    message: 'Đơn vị "…" đã ở cấp …: không có gì để sửa.',
  },
  MERGE_INTO_SELF: {
    meaning: 'A unit was merged into itself.',
    message: 'Không thể sáp nhập đơn vị "…" vào chính nó.',
  },
  NAME_UNCHANGED: {
    meaning: 'A rename gives the name the unit already has.',
    message: 'Đơn vị "…" đã mang tên này.',
  },
  PARENT_UNIT_NOT_IN_FORCE: {
    meaning: "The parent unit did not exist on the day the unit starts (its establishment, or its level's start).",
    message:
      'Đơn vị cấp trên "…" (cấp …) chỉ tồn tại …, còn đơn vị cấp … bắt đầu từ …: hãy chọn đơn vị cấp trên tồn tại vào ngày đó (đơn vị kế thừa sau sáp nhập, hoặc đơn vị trước đó), hoặc ghi đúng ngày thành lập.',
  },
  PARENT_UNIT_NOT_FOUND: {
    meaning: 'The parent unit has not been registered.',
    message: 'Không tìm thấy đơn vị cấp trên "…": hãy đăng ký đơn vị cấp trên trước.',
  },
  SUCCESSOR_NOT_FOUND: {
    meaning: 'The successor of a merger is not registered or no longer active.',
    message: 'Đơn vị kế thừa "…" chưa được đăng ký hoặc không còn hoạt động: hãy đăng ký đơn vị mới trước.',
  },
  UNIT_ALREADY_REGISTERED: {
    meaning: 'A unit with this id is already registered.',
    message: 'Đơn vị "…" đã được đăng ký trước đó.',
  },
  UNIT_LEVEL_PARENT_MISMATCH: {
    meaning:
      "The unit's level cannot sit under its parent's level (e.g. a district procuracy under another district, a Supreme Procuracy department under a province).",
    message:
      'Đơn vị cấp … không thể trực thuộc "…" (cấp …): đơn vị cấp … chỉ trực thuộc đơn vị cấp …: hãy chọn đúng đơn vị cấp trên, hoặc đúng cấp của đơn vị.',
  },
  UNIT_NAME_TAKEN: {
    meaning: 'Another active unit already has this name; reuse its id or choose another name.',
    message:
      '… đơn vị mang tên "…" (mã "…"): dùng mã đó, hoặc đặt tên khác nếu đây là một đơn vị khác (khi đổi tên: đặt cho đơn vị một tên khác).',
  },
  UNIT_NOT_ACTIVE: {
    meaning: 'The unit was merged or dissolved before the date or year the command is about.',
    message: 'Đơn vị "…" đã sáp nhập hoặc giải thể từ ….',
  },
  UNIT_NOT_YET_ESTABLISHED: {
    meaning: 'The unit did not exist yet in the year the command is about.',
    message: 'Không thể là thành viên năm thi đua …: đơn vị "…" thành lập từ ….',
  },
  UNIT_OWN_PARENT: {
    meaning: 'A unit was given itself as its parent.',
    message: 'Một đơn vị không thể là đơn vị cấp trên của chính nó.',
  },
} as const satisfies ErrorCatalogue;

export type UnitErrorCode = keyof typeof unitErrors | SharedErrorCode;
