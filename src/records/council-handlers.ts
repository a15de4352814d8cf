import type { AppointCouncilMember, CorrectCouncilMember, EndCouncilMembership, RegisterCouncil } from './domain/council/commands';
import { councilDecider } from './domain/council/decider';
import { councilSeatDecider, seatOf } from './domain/council/council-seat';
import { streams } from '../kernel/streams';
import type { EventStore } from '../eventstore/port';
import type { CommandContext } from '../commands/command-context';
import type { CommandResult } from '../commands/command-result';
import { facts } from '../commands/facts';
import { loadState } from '../commands/fold';
import { ownStreamCommand, runOnStreams, streamPart } from '../commands/pipeline';

export type RegisterCouncilInput = Omit<RegisterCouncil, 'type' | 'unitLevel' | 'seatTakenBy'>;
export type AppointCouncilMemberInput = Omit<AppointCouncilMember, 'type' | 'personRegistered' | 'documentRegistered'>;
export type EndCouncilMembershipInput = Omit<EndCouncilMembership, 'type'>;
export type CorrectCouncilMemberInput = Omit<CorrectCouncilMember, 'type' | 'documentRegistered'>;

const documentRegistered = (store: EventStore, documentId: string | null | undefined) =>
  documentId ? facts.documentRegistered(store, documentId) : Promise.resolve(false);

/**
 * Registers a council and the seat it takes (the sector's one council, or its unit's), in one
 * atomic append: two registrations racing for a seat meet a conflict on the seat stream, and the
 * second is decided again and refused. The council's part goes last, so the answer names its stream.
 */
export function registerCouncil(store: EventStore, input: RegisterCouncilInput, context: CommandContext): Promise<CommandResult> {
  const seatStream = streams.councilSeat(seatOf(input.level, input.unitId));
  const parts = [
    streamPart(councilSeatDecider, seatStream, () => ({
      type: 'ClaimCouncilSeat' as const,
      seat: seatOf(input.level, input.unitId),
      councilId: input.councilId,
    })),
    streamPart(councilDecider, streams.council(input.councilId), async () => ({
      type: 'RegisterCouncil' as const,
      ...input,
      unitLevel: input.unitId === null ? null : (await facts.unit(store, input.unitId)).level,
      seatTakenBy: (await loadState(store, councilSeatDecider, seatStream)).holder,
    })),
  ];
  return runOnStreams(store, parts, { type: 'RegisterCouncil', input }, context);
}

const councilOf = (input: { councilId: string }) => streams.council(input.councilId);

export const appointCouncilMember = ownStreamCommand(councilDecider, 'AppointCouncilMember', councilOf, {
  names: ['personRegistered', 'documentRegistered'],
  read: async (store, input) => ({
    personRegistered: await facts.personRegistered(store, input.personId),
    documentRegistered: await documentRegistered(store, input.appointingDocumentId),
  }),
});

export const endCouncilMembership = ownStreamCommand(councilDecider, 'EndCouncilMembership', councilOf);

export const correctCouncilMember = ownStreamCommand(councilDecider, 'CorrectCouncilMember', councilOf, {
  names: ['documentRegistered'],
  read: async (store, input) => ({ documentRegistered: await documentRegistered(store, input.changes.appointingDocumentId) }),
});
