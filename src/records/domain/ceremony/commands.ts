import type { Commendation, ProposedCommendation, RankingPlace } from './events';
import type { Half, MeetingKind, PartOfDay } from './meeting-kind';
import type { ParticipantRole } from './participant-role';

type C<Type extends string, Data> = { type: Type; ceremonyId: string; clusterId: string } & Data;

export type RecordCeremony = C<
  'RecordCeremony',
  {
    kind: MeetingKind;
    /** A partial date's text, as the report gives it; null when it gives none. */
    heldOn: string | null;
    partOfDay: PartOfDay | null;
    place: string | null;
    hostUnitId: string | null;
    organisingDocumentIds: string[];
    legalBasisDocumentIds: string[];
    reviewsYear: number | null;
    reviewsHalf: Half | null;
    launchesYear: number | null;
    launchesHalf: Half | null;
    /** Gathered by the handler. */
    clusterFormed: boolean;
    hostRegistered: boolean;
    /** The cited documents not in the register. */
    unregisteredDocumentIds: string[];
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
    /** What the review rests on (báo cáo, kế hoạch): registered documents. */
    basisDocumentIds: string[];
    ranking: RankingPlace[];
    proposals: ProposedCommendation[];
    /** Gathered: the members of the reviewed year, when that year is recorded; null when it is not. */
    reviewedYearMembers: string[] | null;
    /** Gathered: the cited documents not in the register. */
    unregisteredDocumentIds: string[];
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
