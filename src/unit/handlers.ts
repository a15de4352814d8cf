import { createHash } from 'node:crypto';
import type { CorrectUnitLevel, DissolveUnit, MergeUnit, RegisterUnit, RenameUnit } from './domain/commands';
import { lifespanOf, unitDecider } from './domain/decider';
import { unitNameDecider, unitNameKey } from './domain/unit-name';
import { streams } from '../kernel/streams';
import type { EventStore } from '../eventstore/port';
import type { CommandContext } from '../commands/command-context';
import type { CommandResult } from '../commands/command-result';
import { facts } from '../commands/facts';
import type { Intent } from '../commands/idempotency';
import { runAcrossStreams, runCommand, runOnStreams, streamPart, type StreamPart } from '../commands/pipeline';

export type RegisterUnitInput = Omit<RegisterUnit, 'type' | 'parentRegistered' | 'parentSpan' | 'nameTakenBy' | 'establishedOn'> & {
  establishedOn?: string | null;
};
export type RenameUnitInput = Omit<RenameUnit, 'type' | 'nameTakenBy'>;
export type MergeUnitsInput = { predecessorUnitIds: string[]; successorUnitId: string; effectiveDate: string };
export type DissolveUnitInput = Omit<DissolveUnit, 'type'>;
export type CorrectUnitLevelInput = Omit<CorrectUnitLevel, 'type' | 'parentSpan'>;

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
 * The parts of a command that gives a unit a name: the name's record, then the unit's own command
 * (told which active unit bears the name now), for one atomic append. A crash cannot leave a unit
 * without its name record, and a command racing another for the same name meets a conflict on the
 * name stream and decides again (UNIT_NAME_TAKEN). The unit's part goes last, so the answer names
 * the unit's stream.
 */
function naming(
  store: EventStore,
  unitId: string,
  parentUnitId: string | null,
  name: string,
  command: (nameTakenBy: string | null) => Promise<Parameters<typeof unitDecider.decide>[0]>,
): StreamPart[] {
  const nameStream = unitNameStream(parentUnitId, name);
  return [
    streamPart(unitNameDecider, nameStream, () => ({ type: 'RecordUnitName' as const, unitId, parentUnitId, name })),
    streamPart(unitDecider, streams.unit(unitId), async () => command(await facts.unitNameBearer(store, nameStream, name))),
  ];
}

/** Registers a unit and records the name it bears (see naming). */
export function registerUnit(store: EventStore, input: RegisterUnitInput, context: CommandContext): Promise<CommandResult> {
  const { unitId, parentUnitId, name } = input;
  const parts = naming(store, unitId, parentUnitId, name, async (nameTakenBy) => {
    const parent = parentUnitId !== null ? await facts.unit(store, parentUnitId) : null;
    return {
      type: 'RegisterUnit' as const,
      ...input,
      establishedOn: input.establishedOn ?? null,
      parentRegistered: parent?.registered ?? false,
      parentSpan: parent && lifespanOf(parent),
      nameTakenBy,
    };
  });
  return runOnStreams(store, parts, { type: 'RegisterUnit', input }, context);
}

/**
 * Renames a unit and records the new name, as a registration does, so that the name a unit now
 * bears cannot be given to another unit under its parent. A unit's parent never changes, so it is
 * read before the command is queued.
 */
export async function renameUnit(store: EventStore, input: RenameUnitInput, context: CommandContext): Promise<CommandResult> {
  const { unitId, name } = input;
  const { parentUnitId } = await facts.unit(store, unitId);
  const parts = naming(store, unitId, parentUnitId, name, async (nameTakenBy) => ({ type: 'RenameUnit' as const, ...input, nameTakenBy }));
  return runOnStreams(store, parts, { type: 'RenameUnit', input }, context);
}

export function dissolveUnit(store: EventStore, input: DissolveUnitInput, context: CommandContext) {
  return run(store, input.unitId, { type: 'DissolveUnit', input }, async () => ({ type: 'DissolveUnit' as const, ...input }), context);
}

/** Sửa cấp đơn vị, judged against the parent's level and dates as a registration is (a unit's parent never changes). */
export function correctUnitLevel(store: EventStore, input: CorrectUnitLevelInput, context: CommandContext) {
  return run(
    store,
    input.unitId,
    { type: 'CorrectUnitLevel', input },
    async () => {
      const { parentUnitId } = await facts.unit(store, input.unitId);
      const parent = parentUnitId !== null ? await facts.unit(store, parentUnitId) : null;
      return { type: 'CorrectUnitLevel' as const, ...input, parentSpan: parent && lifespanOf(parent) };
    },
    context,
  );
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
