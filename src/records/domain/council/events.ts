import type { DomainEvent } from '../../../kernel/decider';
import type { CouncilLevel } from '../document/document-issuer';
import type { MembershipTerms } from './commands';

export interface CouncilFields {
  councilId: string;
  name: string;
  level: CouncilLevel;
  unitId: string | null;
}

/** Hội đồng được đăng ký. */
export type CouncilRegistered = DomainEvent<'CouncilRegistered', CouncilFields>;
/** A member appointed in a capacity, from a date (partial), until one when stated. */
export type CouncilMemberAppointed = DomainEvent<'CouncilMemberAppointed', { councilId: string; membershipId: string } & MembershipTerms>;
/** Thôi làm thành viên, on `endedOn` (a partial date), with the reason. */
export type CouncilMembershipEnded = DomainEvent<
  'CouncilMembershipEnded',
  { councilId: string; membershipId: string; endedOn: string; reason: string }
>;
/** Đính chính: only the terms that change, with the reason. */
export type CouncilMemberCorrected = DomainEvent<
  'CouncilMemberCorrected',
  { councilId: string; membershipId: string; changes: Partial<Omit<MembershipTerms, 'personId'>>; reason: string }
>;

export type CouncilEvent = CouncilRegistered | CouncilMemberAppointed | CouncilMembershipEnded | CouncilMemberCorrected;

/** Which council holds a seat: the sector's one council, or a unit's. Kept on its own stream so two registrations race there. */
export type CouncilSeatClaimed = DomainEvent<'CouncilSeatClaimed', { seat: string; councilId: string }>;
