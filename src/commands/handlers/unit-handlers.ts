import { createHash } from 'node:crypto';
import type { DissolveUnit, MergeUnit, RegisterUnit, RenameUnit } from '../../domain/unit/commands';
import { unitDecider } from '../../domain/unit/decider';
import { unitNameDecider, unitNameKey } from '../../domain/unit/unit-name';
import { streams } from '../../domain/shared/streams';
import type { EventStore } from '../../eventstore/port';
import type { CommandContext } from '../command-context';
import type { CommandResult } from '../command-result';
import { facts } from '../facts';
import type { Intent } from '../idempotency';
import { runAcrossStreams, runCommand } from '../pipeline';

export type RegisterUnitInput = Omit<RegisterUnit, 'type' | 'parentRegistered' | 'nameTakenBy' | 'establishedOn'> & { establishedOn?: string | null };
export type RenameUnitInput = Omit<RenameUnit, 'type'>;
export type MergeUnitsInput = { predecessorUnitIds: string[]; successorUnitId: string; effectiveDate: string };
export type DissolveUnitInput = Omit<DissolveUnit, 'type'>;

const run = (
  store: EventStore,
  unitId: string,
  intent: Intent,
  build: () => Promise<Parameters<typeof unitDecider.decide>[0]>,
  context: CommandContext,
) => runCommand(store, unitDecider, streams.unit(unitId), intent, build, context);

const unitNameStream = (parentUnitId: string | null, name: string) =>
  streams.unitName(createHash('sha256').update(unitNameKey(parentUnitId, name)).digest('hex').slice(0, 32));

/**
 * Registers the unit, then records that it bears its name. Two streams, so a registration racing
 * another of the same name could pass both checks; registrations are rare administrative acts.
 */
export async function registerUnit(store: EventStore, input: RegisterUnitInput, context: CommandContext): Promise<CommandResult> {
  const nameStream = unitNameStream(input.parentUnitId, input.name);
  const result = await run(
    store,
    input.unitId,
    { type: 'RegisterUnit', input },
    async () => ({
      type: 'RegisterUnit' as const,
      ...input,
      establishedOn: input.establishedOn ?? null,
      parentRegistered: input.parentUnitId !== null && (await facts.unit(store, input.parentUnitId)).registered,
      nameTakenBy: await facts.unitNameBearer(store, nameStream, input.name),
    }),
    context,
  );
  const { unitId, parentUnitId, name } = input;
  // The caller's registration is the intent: its retry repeats this step too, and nothing more.
  await runCommand(store, unitNameDecider, nameStream, { type: 'RegisterUnit', input }, () => ({ type: 'RecordUnitName' as const, unitId, parentUnitId, name }), {
    ...context,
    commandId: `${context.commandId}:name`,
  });
  return result;
}

export function renameUnit(store: EventStore, input: RenameUnitInput, context: CommandContext) {
  return run(store, input.unitId, { type: 'RenameUnit', input }, async () => ({ type: 'RenameUnit' as const, ...input }), context);
}

export function dissolveUnit(store: EventStore, input: DissolveUnitInput, context: CommandContext) {
  return run(store, input.unitId, { type: 'DissolveUnit', input }, async () => ({ type: 'DissolveUnit' as const, ...input }), context);
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
  // The whole merge is one intent: the same id with other predecessors or another successor is a misuse.
  return runAcrossStreams(store, unitDecider, parts, { type: 'MergeUnits', input }, context);
}
