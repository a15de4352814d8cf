import type { RegisterUnit } from '../../domain/unit/commands';
import { unitDecider } from '../../domain/unit/decider';
import { streams } from '../../domain/shared/streams';
import type { EventStore } from '../../eventstore/port';
import type { CommandContext } from '../command-context';
import { loadState } from '../fold';
import { runCommand } from '../pipeline';

/** Whether a unit has been registered: the fact other streams' rules ask about units. */
export async function unitRegistered(store: EventStore, unitId: string): Promise<boolean> {
  return (await loadState(store, unitDecider, streams.unit(unitId))).registered;
}

export type RegisterUnitInput = Omit<RegisterUnit, 'type' | 'parentRegistered'>;

export function registerUnit(store: EventStore, input: RegisterUnitInput, context: CommandContext) {
  return runCommand(
    store,
    unitDecider,
    streams.unit(input.unitId),
    async () => ({
      type: 'RegisterUnit' as const,
      ...input,
      parentRegistered: input.parentUnitId !== null && (await unitRegistered(store, input.parentUnitId)),
    }),
    context,
  );
}
