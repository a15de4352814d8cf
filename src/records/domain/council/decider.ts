import type { Decider } from '../../../kernel/decider';
import { DomainError } from '../../../kernel/domain-error';
import { parsePartialDate, partialDateText } from '../../../kernel/partial-date';
import { UnitLevel } from '../../../unit/domain/unit-level';
import { CouncilLevel } from '../document/document-issuer';
import type {
  AppointCouncilMember,
  CorrectCouncilMember,
  CouncilCommand,
  EndCouncilMembership,
  MembershipTerms,
  RegisterCouncil,
} from './commands';
import { CAPACITY_LABELS } from './council-capacity';
import type { CouncilErrorCode } from './errors';
import type { CouncilEvent, CouncilFields } from './events';
import { certainlyOverlap, endsBeforeStart } from './membership-period';

export interface CouncilState {
  council: CouncilFields | null;
  memberships: ReadonlyMap<string, MembershipTerms>;
}

function refuse(code: CouncilErrorCode, message: string): never {
  throw new DomainError<CouncilErrorCode>(code, message);
}

/** The unit level each council level sits at; a unit's own council may be of any unit. */
const SEAT_LEVEL: Partial<Record<CouncilLevel, { unit: UnitLevel; name: string }>> = {
  [CouncilLevel.SECTOR]: { unit: UnitLevel.SUPREME, name: 'VKSND tối cao' },
  [CouncilLevel.PROVINCIAL]: { unit: UnitLevel.PROVINCIAL, name: 'VKSND cấp tỉnh' },
};
const LEVEL_WORDS: Record<CouncilLevel, string> = { SECTOR: 'ngành', PROVINCIAL: 'tỉnh', UNIT: 'đơn vị' };

function register(command: RegisterCouncil, state: CouncilState): CouncilEvent[] {
  const { councilId, level, unitId, unitLevel, seatTakenBy } = command;
  if (state.council) refuse('COUNCIL_ALREADY_REGISTERED', `Hội đồng "${councilId}" đã có trong hồ sơ.`);
  const name = command.name.trim();
  if (!name)
    refuse('COUNCIL_NAME_REQUIRED', 'Cần ghi tên Hội đồng như văn bản ghi, ví dụ "Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang".');
  if (unitId === null && level !== CouncilLevel.SECTOR)
    refuse('COUNCIL_UNIT_REQUIRED', `Hội đồng "${name}" thuộc một đơn vị: hãy nêu đơn vị của Hội đồng (unitId).`);
  if (unitId !== null && unitLevel === null) refuse('UNIT_NOT_FOUND', `Chưa đăng ký đơn vị "${unitId}".`);
  const seat = SEAT_LEVEL[level];
  if (unitId !== null && seat && unitLevel !== seat.unit)
    refuse(
      'COUNCIL_LEVEL_MISMATCH',
      `Hội đồng cấp ${LEVEL_WORDS[level]} phải thuộc ${seat.name}, còn đơn vị "${unitId}" là cấp ${unitLevel}.`,
    );
  if (seatTakenBy !== null && level === CouncilLevel.SECTOR)
    refuse(
      'SECTOR_COUNCIL_EXISTS',
      `Ngành đã có Hội đồng Thi đua – Khen thưởng "${seatTakenBy}": dùng mã đó, không đăng ký Hội đồng ngành thứ hai.`,
    );
  if (seatTakenBy !== null)
    refuse('UNIT_COUNCIL_EXISTS', `Đơn vị "${unitId}" đã có Hội đồng "${seatTakenBy}": dùng mã đó, không đăng ký Hội đồng thứ hai.`);
  return [{ type: 'CouncilRegistered', data: { councilId, name, level, unitId } }];
}

const registered = (state: CouncilState, councilId: string): CouncilFields =>
  state.council ?? refuse('COUNCIL_NOT_FOUND', `Chưa đăng ký Hội đồng "${councilId}": hãy đăng ký trước (registerCouncil).`);

function dateOf(text: string, what: string): string {
  const date = parsePartialDate(text);
  if (!date)
    refuse(
      'COUNCIL_DATE_INVALID',
      `Ngày ${what} "${text}" không hợp lệ: ghi năm ("2020"), năm và tháng ("2020-02") hoặc ngày đầy đủ ("2020-02-14").`,
    );
  return partialDateText(date);
}

/** The terms with canonical dates, refused when they end before they start or overlap the same person's same capacity. */
function checkedTerms(terms: MembershipTerms, state: CouncilState, membershipId: string): MembershipTerms {
  const checked = { ...terms, from: dateOf(terms.from, 'bắt đầu'), to: terms.to === null ? null : dateOf(terms.to, 'kết thúc') };
  if (endsBeforeStart(checked))
    refuse(
      'COUNCIL_MEMBERSHIP_ENDS_BEFORE_START',
      `Thời gian làm thành viên phải kết thúc sau khi bắt đầu: từ ${checked.from} đến ${checked.to} không hợp lệ.`,
    );
  for (const [otherId, other] of state.memberships) {
    if (otherId === membershipId || other.personId !== checked.personId || other.capacity !== checked.capacity) continue;
    if (certainlyOverlap(other, checked))
      refuse(
        'COUNCIL_MEMBERSHIP_OVERLAPS',
        `Người "${checked.personId}" đã là ${CAPACITY_LABELS[checked.capacity]} của Hội đồng trong khoảng thời gian trùng (mã "${otherId}"): sửa hoặc kết thúc lần bổ nhiệm đó trước.`,
      );
  }
  return checked;
}

const documentMissing = (documentId: string) =>
  refuse('DOCUMENT_NOT_FOUND', `Văn bản "${documentId}" chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).`);

function appoint(command: AppointCouncilMember, state: CouncilState): CouncilEvent[] {
  const { councilId, membershipId, personId, capacity, from, to, appointingDocumentId } = command;
  registered(state, councilId);
  if (state.memberships.has(membershipId))
    refuse(
      'COUNCIL_MEMBERSHIP_EXISTS',
      `Mã thành viên "${membershipId}" đã dùng trong Hội đồng "${councilId}": đặt mã khác cho lần bổ nhiệm này.`,
    );
  if (!command.personRegistered) refuse('PERSON_NOT_FOUND', `Chưa ghi nhận người "${personId}": hãy ghi nhận trước (registerPerson).`);
  if (appointingDocumentId !== null && !command.documentRegistered) documentMissing(appointingDocumentId);
  const terms = checkedTerms({ personId, capacity, from, to, appointingDocumentId }, state, membershipId);
  return [{ type: 'CouncilMemberAppointed', data: { councilId, membershipId, ...terms } }];
}

function membershipOf(state: CouncilState, councilId: string, membershipId: string): MembershipTerms {
  registered(state, councilId);
  return (
    state.memberships.get(membershipId) ??
    refuse('COUNCIL_MEMBERSHIP_NOT_FOUND', `Hội đồng "${councilId}" không có thành viên mã "${membershipId}".`)
  );
}

const requireReason = (reason: string, what: string) => {
  if (!reason.trim()) refuse('REASON_REQUIRED', `${what} phải nêu lý do.`);
};

function end(command: EndCouncilMembership, state: CouncilState): CouncilEvent[] {
  const { councilId, membershipId, reason } = command;
  const terms = membershipOf(state, councilId, membershipId);
  if (terms.to !== null)
    refuse(
      'COUNCIL_MEMBERSHIP_ENDED',
      `Thành viên "${membershipId}" đã kết thúc ngày ${terms.to}: muốn đổi thì dùng đính chính (correctCouncilMember) kèm lý do.`,
    );
  requireReason(reason, 'Kết thúc tư cách thành viên Hội đồng');
  const endedOn = checkedTerms({ ...terms, to: command.endedOn }, state, membershipId).to!;
  return [{ type: 'CouncilMembershipEnded', data: { councilId, membershipId, endedOn, reason: reason.trim() } }];
}

function correct(command: CorrectCouncilMember, state: CouncilState): CouncilEvent[] {
  const { councilId, membershipId, changes, reason } = command;
  const terms = membershipOf(state, councilId, membershipId);
  const changed = Object.entries(changes).filter(([key, value]) => value !== undefined && terms[key as keyof MembershipTerms] !== value);
  if (!changed.length) refuse('COUNCIL_MEMBER_CHANGE_EMPTY', `Chưa nêu điều gì cần đính chính ở thành viên "${membershipId}".`);
  requireReason(reason, 'Đính chính thành viên Hội đồng');
  if (changes.appointingDocumentId && !command.documentRegistered) documentMissing(changes.appointingDocumentId);
  const checked = checkedTerms({ ...terms, ...Object.fromEntries(changed) }, state, membershipId);
  const canonical = Object.fromEntries(changed.map(([key]) => [key, checked[key as keyof MembershipTerms]]));
  return [{ type: 'CouncilMemberCorrected', data: { councilId, membershipId, changes: canonical, reason: reason.trim() } }];
}

const DECIDE = {
  RegisterCouncil: register,
  AppointCouncilMember: appoint,
  EndCouncilMembership: end,
  CorrectCouncilMember: correct,
} as const;

function evolve(state: CouncilState, event: CouncilEvent): CouncilState {
  const memberships = new Map(state.memberships);
  switch (event.type) {
    case 'CouncilRegistered':
      return { ...state, council: event.data };
    case 'CouncilMemberAppointed': {
      const { councilId: _council, membershipId, ...terms } = event.data;
      return { ...state, memberships: memberships.set(membershipId, terms) };
    }
    case 'CouncilMembershipEnded':
      return {
        ...state,
        memberships: memberships.set(event.data.membershipId, { ...memberships.get(event.data.membershipId)!, to: event.data.endedOn }),
      };
    case 'CouncilMemberCorrected':
      return {
        ...state,
        memberships: memberships.set(event.data.membershipId, { ...memberships.get(event.data.membershipId)!, ...event.data.changes }),
      };
  }
}

/** Hội đồng Thi đua – Khen thưởng: a body with members by period, each in a capacity. */
export const councilDecider: Decider<CouncilCommand, CouncilState, CouncilEvent> = {
  initialState: () => ({ council: null, memberships: new Map() }),
  evolve,
  decide: (command, state) => (DECIDE[command.type] as (c: CouncilCommand, s: CouncilState) => CouncilEvent[])(command, state),
};
