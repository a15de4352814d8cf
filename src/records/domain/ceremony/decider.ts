import type { Decider } from '../../../kernel/decider';
import { DomainError } from '../../../kernel/domain-error';
import type { AddCeremonyParticipant, CeremonyCommand, LinkAttendancePerson, RecordAttendance } from './commands';
import { recordMeeting, recordReview, type MeetingFacts } from './decide-meeting';
import type { CeremonyEvent } from './events';
import type { CeremonyErrorCode } from './errors';

export interface CeremonyState extends MeetingFacts {
  clusterId: string | null;
  /** `personId|role` of every participant recorded. */
  participants: ReadonlySet<string>;
  /** The persons linked to each attendance recorded without names, by attendance id. */
  attendances: ReadonlyMap<string, ReadonlySet<string>>;
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

/** Một buổi lễ, cuộc họp: what it is, who took part in which role, and the review of the period it gave. */
export const ceremonyDecider: Decider<CeremonyCommand, CeremonyState, CeremonyEvent> = {
  initialState: () => ({
    recorded: false,
    clusterId: null,
    reviewsYear: null,
    reviewsHalf: null,
    participants: new Set(),
    attendances: new Map(),
    reviewed: false,
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CeremonyRecorded':
        return {
          ...state,
          recorded: true,
          clusterId: event.data.clusterId,
          reviewsYear: event.data.reviewsYear,
          reviewsHalf: event.data.reviewsHalf,
        };
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
        return recordMeeting(command, state);
      case 'AddCeremonyParticipant':
        return addParticipant(command, state);
      case 'RecordCeremonyReview':
        requireCeremony(command, state);
        return recordReview(command, state);
      case 'RecordAttendance':
        return recordAttendance(command, state);
      case 'LinkAttendancePerson':
        return linkAttendancePerson(command, state);
    }
  },
};
