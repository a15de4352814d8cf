import type { Decider } from '../../../kernel/decider';
import { DomainError } from '../../../kernel/domain-error';
import type {
  AddCeremonyParticipant,
  CeremonyCommand,
  LinkAttendancePerson,
  RecordAttendance,
  RecordCeremony,
  RecordCeremonyReview,
} from './commands';
import type { CeremonyEvent } from './events';
import type { CeremonyErrorCode } from './errors';

export interface CeremonyState {
  recorded: boolean;
  clusterId: string | null;
  reviewsYear: number | null;
  /** `personId|role` of every participant recorded. */
  participants: ReadonlySet<string>;
  /** The persons linked to each attendance recorded without names, by attendance id. */
  attendances: ReadonlyMap<string, ReadonlySet<string>>;
  reviewed: boolean;
}

function record(command: RecordCeremony, state: CeremonyState): CeremonyEvent[] {
  const { ceremonyId, clusterId, heldOn, place, hostUnitId, organisingDocumentId, reviewsYear, launchesYear } = command;
  if (state.recorded) throw new DomainError<CeremonyErrorCode>('CEREMONY_ALREADY_RECORDED', `Buổi lễ "${ceremonyId}" đã được ghi nhận.`);
  if (!command.clusterFormed)
    throw new DomainError<CeremonyErrorCode>('CLUSTER_NOT_FOUND', `Không tìm thấy Cụm/Khối thi đua "${clusterId}".`);
  if (reviewsYear === null && launchesYear === null)
    throw new DomainError<CeremonyErrorCode>(
      'CEREMONY_WITHOUT_YEAR',
      'Buổi lễ cần tổng kết một năm thi đua, phát động một năm, hoặc cả hai.',
    );
  if (reviewsYear !== null && launchesYear !== null && launchesYear !== reviewsYear + 1)
    throw new DomainError<CeremonyErrorCode>(
      'CEREMONY_YEARS_NOT_CONSECUTIVE',
      `Một buổi lễ tổng kết năm ${reviewsYear} thì phát động năm ${reviewsYear + 1}, không phải năm ${launchesYear}.`,
    );
  if (hostUnitId !== null && !command.hostRegistered)
    throw new DomainError<CeremonyErrorCode>('UNIT_NOT_FOUND', `Chưa đăng ký đơn vị đăng cai "${hostUnitId}".`);
  if (organisingDocumentId !== null && !command.documentRegistered)
    throw new DomainError<CeremonyErrorCode>(
      'DOCUMENT_NOT_FOUND',
      `Văn bản "${organisingDocumentId}" chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).`,
    );
  return [
    {
      type: 'CeremonyRecorded',
      data: { ceremonyId, clusterId, heldOn, place, hostUnitId, organisingDocumentId, reviewsYear, launchesYear },
    },
  ];
}

function requireCeremony(command: { ceremonyId: string; clusterId: string }, state: CeremonyState): void {
  if (!state.recorded || state.clusterId !== command.clusterId)
    throw new DomainError<CeremonyErrorCode>(
      'CEREMONY_NOT_FOUND',
      `Không có buổi lễ "${command.ceremonyId}" của Cụm "${command.clusterId}".`,
    );
}

function addParticipant(command: AddCeremonyParticipant, state: CeremonyState): CeremonyEvent[] {
  const { ceremonyId, personId, role, position, unitId } = command;
  requireCeremony(command, state);
  if (!command.personRegistered)
    throw new DomainError<CeremonyErrorCode>('PERSON_NOT_FOUND', `Chưa ghi nhận người "${personId}": hãy ghi nhận trước (registerPerson).`);
  if (unitId !== null && !command.unitRegistered)
    throw new DomainError<CeremonyErrorCode>('UNIT_NOT_FOUND', `Chưa đăng ký đơn vị "${unitId}".`);
  if (state.participants.has(`${personId}|${role}`))
    throw new DomainError<CeremonyErrorCode>(
      'PARTICIPANT_ALREADY_RECORDED',
      `Người "${personId}" đã được ghi với vai trò này trong buổi lễ.`,
    );
  return [{ type: 'CeremonyParticipantAdded', data: { ceremonyId, personId, role, position, unitId } }];
}

function recordAttendance(command: RecordAttendance, state: CeremonyState): CeremonyEvent[] {
  const { ceremonyId, attendanceId, role, unitId, group, count } = command;
  requireCeremony(command, state);
  if (unitId === null && group === null)
    throw new DomainError<CeremonyErrorCode>(
      'ATTENDANCE_WITHOUT_ATTENDEE',
      'Hãy nêu đơn vị tham dự (unitId) hoặc mô tả nhóm người tham dự như báo cáo ghi (group), ví dụ "Chánh Văn phòng các đơn vị thành viên".',
    );
  if (count !== null && group === null)
    throw new DomainError<CeremonyErrorCode>(
      'ATTENDANCE_COUNT_WITHOUT_GROUP',
      'Số người chỉ ghi cho một nhóm được mô tả (group); bỏ số người hoặc nêu nhóm.',
    );
  if (unitId !== null && !command.unitRegistered)
    throw new DomainError<CeremonyErrorCode>('UNIT_NOT_FOUND', `Chưa đăng ký đơn vị "${unitId}".`);
  if (state.attendances.has(attendanceId))
    throw new DomainError<CeremonyErrorCode>(
      'ATTENDANCE_ALREADY_RECORDED',
      `Đã ghi nhận thành phần tham dự "${attendanceId}" trong buổi lễ; dùng mã khác hoặc gắn người (linkAttendancePerson).`,
    );
  return [{ type: 'CeremonyAttendanceRecorded', data: { ceremonyId, attendanceId, role, unitId, group, count } }];
}

function linkAttendancePerson(command: LinkAttendancePerson, state: CeremonyState): CeremonyEvent[] {
  const { ceremonyId, attendanceId, personId, position } = command;
  requireCeremony(command, state);
  const linked = state.attendances.get(attendanceId);
  if (!linked)
    throw new DomainError<CeremonyErrorCode>(
      'ATTENDANCE_NOT_FOUND',
      `Buổi lễ không có thành phần tham dự "${attendanceId}": hãy ghi nhận trước (recordCeremonyAttendance).`,
    );
  if (!command.personRegistered)
    throw new DomainError<CeremonyErrorCode>('PERSON_NOT_FOUND', `Chưa ghi nhận người "${personId}": hãy ghi nhận trước (registerPerson).`);
  if (linked.has(personId))
    throw new DomainError<CeremonyErrorCode>(
      'PERSON_ALREADY_LINKED',
      `Người "${personId}" đã được gắn với thành phần tham dự "${attendanceId}".`,
    );
  return [{ type: 'AttendancePersonLinked', data: { ceremonyId, attendanceId, personId, position } }];
}

function recordReview(command: RecordCeremonyReview, state: CeremonyState): CeremonyEvent[] {
  const { ceremonyId, summary, commendations, leadingUnitId } = command;
  requireCeremony(command, state);
  if (state.reviewsYear === null)
    throw new DomainError<CeremonyErrorCode>(
      'CEREMONY_REVIEWS_NO_YEAR',
      `Buổi lễ "${ceremonyId}" không tổng kết năm nào: ghi nhận năm được tổng kết khi ghi buổi lễ.`,
    );
  if (state.reviewed)
    throw new DomainError<CeremonyErrorCode>('REVIEW_ALREADY_RECORDED', `Kết quả tổng kết của buổi lễ "${ceremonyId}" đã được ghi nhận.`);
  const members = command.reviewedYearMembers;
  const named = [...commendations.map((c) => c.unitId), ...(leadingUnitId ? [leadingUnitId] : [])];
  const outsiders = members === null ? [] : named.filter((unitId) => !members.includes(unitId));
  if (outsiders.length > 0)
    throw new DomainError<CeremonyErrorCode>(
      'REVIEWED_UNIT_NOT_MEMBER',
      `Các đơn vị không phải thành viên của Cụm năm ${state.reviewsYear}: ${[...new Set(outsiders)].join(', ')}.`,
      { unitIds: [...new Set(outsiders)] },
    );
  return [{ type: 'CeremonyReviewRecorded', data: { ceremonyId, year: state.reviewsYear, summary, commendations, leadingUnitId } }];
}

/** Một buổi lễ: what it is, who took part in which role, and the review of the past year it gave. */
export const ceremonyDecider: Decider<CeremonyCommand, CeremonyState, CeremonyEvent> = {
  initialState: () => ({
    recorded: false,
    clusterId: null,
    reviewsYear: null,
    participants: new Set(),
    attendances: new Map(),
    reviewed: false,
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CeremonyRecorded':
        return { ...state, recorded: true, clusterId: event.data.clusterId, reviewsYear: event.data.reviewsYear };
      case 'CeremonyParticipantAdded':
        return { ...state, participants: new Set(state.participants).add(`${event.data.personId}|${event.data.role}`) };
      case 'CeremonyReviewRecorded':
        return { ...state, reviewed: true };
      case 'CeremonyAttendanceRecorded':
        return { ...state, attendances: new Map(state.attendances).set(event.data.attendanceId, new Set()) };
      case 'AttendancePersonLinked': {
        const linked = new Set(state.attendances.get(event.data.attendanceId)).add(event.data.personId);
        return { ...state, attendances: new Map(state.attendances).set(event.data.attendanceId, linked) };
      }
      default:
        return state;
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'RecordCeremony':
        return record(command, state);
      case 'AddCeremonyParticipant':
        return addParticipant(command, state);
      case 'RecordCeremonyReview':
        return recordReview(command, state);
      case 'RecordAttendance':
        return recordAttendance(command, state);
      case 'LinkAttendancePerson':
        return linkAttendancePerson(command, state);
    }
  },
};
