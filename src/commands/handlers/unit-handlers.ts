import type { DissolveUnit, MergeUnit, RegisterUnit, RenameUnit } from '../../domain/unit/commands';
import { unitDecider } from '../../domain/unit/decider';
import { streams } from '../../domain/shared/streams';
import type { EventStore } from '../../eventstore/port';
import type { CommandContext } from '../command-context';
import type { CommandResult } from '../command-result';
import { facts } from '../facts';
import { runAcrossStreams, runCommand } from '../pipeline';

export type RegisterUnitInput = Omit<RegisterUnit, 'type' | 'parentRegistered' | 'establishedOn'> & { establishedOn?: string | null };
export type RenameUnitInput = Omit<RenameUnit, 'type'>;
export type MergeUnitsInput = { predecessorUnitIds: string[]; successorUnitId: string; effectiveDate: string };
export type DissolveUnitInput = Omit<DissolveUnit, 'type'>;

const run = (store: EventStore, unitId: string, build: () => Promise<Parameters<typeof unitDecider.decide>[0]>, context: CommandContext) =>
  runCommand(store, unitDecider, streams.unit(unitId), build, context);

export function registerUnit(store: EventStore, input: RegisterUnitInput, context: CommandContext) {
  return run(
    store,
    input.unitId,
    async () => ({
      type: 'RegisterUnit' as const,
      ...input,
      establishedOn: input.establishedOn ?? null,
      parentRegistered: input.parentUnitId !== null && (await facts.unit(store, input.parentUnitId)).registered,
    }),
    context,
  );
}

export function renameUnit(store: EventStore, input: RenameUnitInput, context: CommandContext) {
  return run(store, input.unitId, async () => ({ type: 'RenameUnit' as const, ...input }), context);
}

export function dissolveUnit(store: EventStore, input: DissolveUnitInput, context: CommandContext) {
  return run(store, input.unitId, async () => ({ type: 'DissolveUnit' as const, ...input }), context);
}

/**
 * Sáp nhập: each predecessor's stream records its merge into the successor, all in one atomic
 * write across their streams, so no position of the log (and no `asOf`) shows half a merge, and
 * a refusal for any predecessor writes nothing.
 */
export function mergeUnits(store: EventStore, input: MergeUnitsInput, context: CommandContext): Promise<CommandResult> {
  const parts = [...new Set(input.predecessorUnitIds)].map((unitId) => ({
    stream: streams.unit(unitId),
    build: async (): Promise<MergeUnit> => {
      const successor = await facts.unit(store, input.successorUnitId);
      return {
        type: 'MergeUnit',
        unitId,
        successorUnitId: input.successorUnitId,
        effectiveDate: input.effectiveDate,
        successorActive: successor.registered && successor.endedOn === null,
      };
    },
  }));
  return runAcrossStreams(store, unitDecider, parts, context);
}
