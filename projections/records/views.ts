import type { CeremonyRecorded, CeremonyReviewRecorded } from '../../src/records/domain/ceremony/events';
import type { MembershipTerms } from '../../src/records/domain/council/commands';
import type { CouncilFields } from '../../src/records/domain/council/events';
import type { ParticipantRole } from '../../src/records/domain/ceremony/participant-role';
import type { DocumentFields } from '../../src/records/domain/document/document';
import type { DocumentRelationKind } from '../../src/records/domain/document/document-relation';

/** A document as registered, completed and corrected up to a position. */
export interface DocumentView extends DocumentFields {
  signer: string | null;
  pages: number | null;
}

/** One relation between two documents, seen from either end: `documentId` is the other document. */
export interface DocumentRelationView {
  relation: DocumentRelationKind;
  documentId: string;
  relatedOn: string | null;
}

export interface PersonView {
  personId: string;
  fullName: string;
}

export interface ParticipantView {
  personId: string;
  role: ParticipantRole;
  position: string | null;
  unitId: string | null;
}

/** A unit or a described group that attended, and the persons named for it later. */
export interface AttendanceView {
  attendanceId: string;
  role: ParticipantRole;
  unitId: string | null;
  group: string | null;
  count: number | null;
  persons: readonly { personId: string; position: string | null }[];
}

/** A meeting as recorded, with who took part and the review it gave. */
export interface CeremonyView extends Readonly<CeremonyRecorded['data']> {
  participants: readonly ParticipantView[];
  attendances: readonly AttendanceView[];
  review: Readonly<Omit<CeremonyReviewRecorded['data'], 'ceremonyId'>> | null;
}

export interface RepresentativeView {
  office: 'CHAIR' | 'VICE_CHAIR';
  personId: string;
  position: string | null;
}

/** The document and date that designated an office of the year, as far as the record gives them. */
export interface DesignationView {
  office: 'CHAIR' | 'VICE_CHAIR';
  documentId: string | null;
  designatedOn: string | null;
}

/** An official assigned to oversee a cluster-year (phụ trách), and why it ended when it has. */
export interface OversightView {
  personId: string;
  capacity: string;
  documentId: string | null;
  endReason: string | null;
}

/** A council member's appointment, as appointed, ended and corrected. */
export interface MembershipView extends MembershipTerms {
  membershipId: string;
  /** Why it ended, when it has. */
  endReason: string | null;
}

export interface CouncilView extends CouncilFields {
  members: readonly MembershipView[];
}
