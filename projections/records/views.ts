import type { Commendation } from '../../src/records/domain/ceremony/events';
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

export interface CeremonyView {
  ceremonyId: string;
  clusterId: string;
  heldOn: string;
  place: string | null;
  hostUnitId: string | null;
  organisingDocumentId: string | null;
  reviewsYear: number | null;
  launchesYear: number | null;
  participants: readonly ParticipantView[];
  attendances: readonly AttendanceView[];
  review: { year: number; summary: string | null; commendations: readonly Commendation[]; leadingUnitId: string | null } | null;
}

export interface RepresentativeView {
  office: 'CHAIR' | 'VICE_CHAIR';
  personId: string;
  position: string | null;
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
