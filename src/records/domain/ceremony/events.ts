import type { DomainEvent } from '../../../kernel/decider';
import type { Half, MeetingKind, PartOfDay } from './meeting-kind';
import type { ParticipantRole } from './participant-role';

type E<Type extends string, Data> = DomainEvent<Type, { ceremonyId: string } & Data>;

/**
 * Một cuộc họp, buổi lễ của Cụm: of a kind, on a date as the report gives it, reviewing a period
 * (a year or a half-year), launching one, both, or neither. Version 2 added the kind, the part of
 * the day, the halves and the cited documents, and let `heldOn` be a partial date's text ("2020",
 * "2020-02", "2020-02-14") or null when the report gives no date; version 1's one organising
 * document became the list.
 */
export type CeremonyRecorded = E<
  'CeremonyRecorded',
  {
    clusterId: string;
    kind: MeetingKind;
    heldOn: string | null;
    partOfDay: PartOfDay | null;
    place: string | null;
    hostUnitId: string | null;
    /** Kế hoạch, quyết định tổ chức: registered documents. */
    organisingDocumentIds: string[];
    /** Căn cứ: registered documents. */
    legalBasisDocumentIds: string[];
    reviewsYear: number | null;
    /** Null: the whole year. */
    reviewsHalf: Half | null;
    launchesYear: number | null;
    launchesHalf: Half | null;
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

/** A commendation proposed (đề nghị khen thưởng) in the words of the report, with the unit when it names one. */
export interface ProposedCommendation {
  unitId: string | null;
  words: string;
}

/** A place in the ranking the review announced; tied units share a rank. */
export interface RankingPlace {
  rank: number;
  unitId: string;
}

/**
 * Kết quả sơ kết, tổng kết as the report gives it: no scores are invented. Version 2 added the half
 * reviewed, the documents it rests on, the ranking and the proposed commendations.
 */
export type CeremonyReviewRecorded = E<
  'CeremonyReviewRecorded',
  {
    year: number;
    half: Half | null;
    summary: string | null;
    commendations: Commendation[];
    leadingUnitId: string | null;
    basisDocumentIds: string[];
    ranking: RankingPlace[];
    proposals: ProposedCommendation[];
  }
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
