import type { CouncilLevel } from '../document/document-issuer';
import type { UnitLevel } from '../../../unit/domain/unit-level';
import type { CouncilCapacity } from './council-capacity';

/**
 * Đăng ký Hội đồng Thi đua – Khen thưởng: of the sector, of a provincial procuracy, or of one unit.
 * The sector has one council; a unit has at most one.
 */
export interface RegisterCouncil {
  type: 'RegisterCouncil';
  councilId: string;
  name: string;
  level: CouncilLevel;
  /** The unit the council belongs to; the sector council's (the Supreme Procuracy) may be left out. */
  unitId: string | null;
  /** Gathered: the level of the unit named, null when it is not registered. */
  unitLevel: UnitLevel | null;
  /** Gathered: the council already holding the seat (the sector's, or the unit's), if any. */
  seatTakenBy: string | null;
}

/** What a membership states: who, in which capacity, from when to when, appointed by which document. */
export interface MembershipTerms {
  personId: string;
  capacity: CouncilCapacity;
  /** A partial date: "2020", "2020-02" or "2020-02-14". */
  from: string;
  /** A partial date, the day it ended, when the appointment states it. */
  to: string | null;
  /** The registered document that appointed the member (quyết định kiện toàn Hội đồng), when known. */
  appointingDocumentId: string | null;
}

/** Bổ nhiệm, kiện toàn: a person becomes a member of the council in a capacity for a period. */
export interface AppointCouncilMember extends MembershipTerms {
  type: 'AppointCouncilMember';
  councilId: string;
  /** The caller's id of this appointment within the council. */
  membershipId: string;
  /** Gathered */
  personRegistered: boolean;
  documentRegistered: boolean;
}

/** Thôi làm thành viên: the membership ends on a date, for a reason (retirement, transfer, a new council). */
export interface EndCouncilMembership {
  type: 'EndCouncilMembership';
  councilId: string;
  membershipId: string;
  endedOn: string;
  reason: string;
}

/** Đính chính: terms recorded wrongly, changed with a reason; a key given with null clears an optional term. */
export interface CorrectCouncilMember {
  type: 'CorrectCouncilMember';
  councilId: string;
  membershipId: string;
  changes: Partial<Omit<MembershipTerms, 'personId'>>;
  reason: string;
  /** Gathered: whether the appointing document given in the changes is registered. */
  documentRegistered: boolean;
}

export type CouncilCommand = RegisterCouncil | AppointCouncilMember | EndCouncilMembership | CorrectCouncilMember;
