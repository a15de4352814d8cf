import type { Decider } from '../../../kernel/decider';
import { CouncilLevel } from '../document/document-issuer';
import type { CouncilSeatClaimed } from './events';

/** The seat a council takes: the sector has one council, a unit at most one. */
export const seatOf = (level: CouncilLevel, unitId: string | null): string => (level === CouncilLevel.SECTOR ? 'sector' : `unit-${unitId}`);

export interface ClaimCouncilSeat {
  type: 'ClaimCouncilSeat';
  seat: string;
  councilId: string;
}

/**
 * Records which council took a seat. The rule (a seat is not taken twice) is the council decider's,
 * which receives the holder as a fact; both are appended together, so a race meets a conflict here.
 */
export const councilSeatDecider: Decider<ClaimCouncilSeat, { holder: string | null }, CouncilSeatClaimed> = {
  initialState: () => ({ holder: null }),
  evolve: (_state, event) => ({ holder: event.data.councilId }),
  decide: ({ seat, councilId }) => [{ type: 'CouncilSeatClaimed', data: { seat, councilId } }],
};
