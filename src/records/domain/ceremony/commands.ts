import type { Commendation } from './events';
import type { ParticipantRole } from './participant-role';

type C<Type extends string, Data> = { type: Type; ceremonyId: string; clusterId: string } & Data;

export type RecordCeremony = C<
  'RecordCeremony',
  {
    heldOn: string;
    place: string | null;
    hostUnitId: string | null;
    organisingDocumentId: string | null;
    reviewsYear: number | null;
    launchesYear: number | null;
    /** Gathered by the handler. */
    clusterFormed: boolean;
    hostRegistered: boolean;
    documentRegistered: boolean;
  }
>;

export type AddCeremonyParticipant = C<
  'AddCeremonyParticipant',
  {
    personId: string;
    role: ParticipantRole;
    position: string | null;
    unitId: string | null;
    /** Gathered by the handler. */
    personRegistered: boolean;
    unitRegistered: boolean;
  }
>;

export type RecordCeremonyReview = C<
  'RecordCeremonyReview',
  {
    summary: string | null;
    commendations: Commendation[];
    leadingUnitId: string | null;
    /** Gathered: the members of the reviewed year, when that year is recorded; null when it is not. */
    reviewedYearMembers: string[] | null;
  }
>;

/** A unit, or a group described by its office ("Chánh Văn phòng các đơn vị thành viên"), attends in a role; no person needed. */
export type RecordAttendance = C<
  'RecordAttendance',
  {
    attendanceId: string;
    role: ParticipantRole;
    unitId: string | null;
    group: string | null;
    /** How many, when the report says. */
    count: number | null;
    /** Gathered by the handler. */
    unitRegistered: boolean;
  }
>;

/** A person named later for an attendance recorded without names. */
export type LinkAttendancePerson = C<
  'LinkAttendancePerson',
  { attendanceId: string; personId: string; position: string | null; /** Gathered by the handler. */ personRegistered: boolean }
>;

export type CeremonyCommand = RecordCeremony | AddCeremonyParticipant | RecordCeremonyReview | RecordAttendance | LinkAttendancePerson;
