import type { DomainEvent } from '../../../kernel/decider';
import type { ParticipantRole } from './participant-role';

type E<Type extends string, Data> = DomainEvent<Type, { ceremonyId: string } & Data>;

/** Một buổi lễ của Cụm: at one place on one date, reviewing a year (tổng kết), launching the next (phát động), or both. */
export type CeremonyRecorded = E<
  'CeremonyRecorded',
  {
    clusterId: string;
    heldOn: string;
    place: string | null;
    hostUnitId: string | null;
    /** The plan or decision that organised it (kế hoạch tổ chức), when known. */
    organisingDocumentId: string | null;
    reviewsYear: number | null;
    launchesYear: number | null;
  }
>;

/** A person who took part, in a role, with the position and unit of that day. */
export type CeremonyParticipantAdded = E<
  'CeremonyParticipantAdded',
  { personId: string; role: ParticipantRole; position: string | null; unitId: string | null }
>;

export interface Commendation {
  unitId: string;
  /** What the report says of it (a title, a certificate of merit…); null when it says only the name. */
  note: string | null;
}

/** Kết quả tổng kết as the report gives it: no scores are invented. */
export type CeremonyReviewRecorded = E<
  'CeremonyReviewRecorded',
  { year: number; summary: string | null; commendations: Commendation[]; leadingUnitId: string | null }
>;

/** Attendance without names: a unit, or a described group with its count when the report gives one, in a role. */
export type CeremonyAttendanceRecorded = E<
  'CeremonyAttendanceRecorded',
  { attendanceId: string; role: ParticipantRole; unitId: string | null; group: string | null; count: number | null }
>;

/** A person named for an attendance recorded without names (one of the group, or the unit's delegate). */
export type AttendancePersonLinked = E<'AttendancePersonLinked', { attendanceId: string; personId: string; position: string | null }>;

export type CeremonyEvent =
  CeremonyRecorded | CeremonyParticipantAdded | CeremonyReviewRecorded | CeremonyAttendanceRecorded | AttendancePersonLinked;
