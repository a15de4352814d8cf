import { clusterDecider } from '../../domain/cluster/decider';
import type { AdmitMember, OpenClusterYear, RotateChair, WithdrawMember } from '../../domain/cluster-year/commands';
import { clusterYearDecider } from '../../domain/cluster-year/decider';
import { streams } from '../../domain/shared/streams';
import type { EventStore } from '../../eventstore/port';
import type { CommandContext } from '../command-context';
import { loadState } from '../fold';
import { runCommand } from '../pipeline';
import { unitRegistered } from './unit-handlers';

export type OpenClusterYearInput = Omit<OpenClusterYear, 'type' | 'clusterFormed' | 'unregisteredUnitIds'>;
export type AdmitMemberInput = Omit<AdmitMember, 'type' | 'unitRegistered'>;
export type WithdrawMemberInput = Omit<WithdrawMember, 'type'>;
export type RotateChairInput = Omit<RotateChair, 'type' | 'previousChairUnitId'>;

const run = <C extends OpenClusterYear | AdmitMember | WithdrawMember | RotateChair>(
  store: EventStore,
  input: { clusterId: string; year: number },
  build: () => Promise<C>,
  context: CommandContext,
) => runCommand(store, clusterYearDecider, streams.clusterYear(input.clusterId, input.year), build, context);

export function openClusterYear(store: EventStore, input: OpenClusterYearInput, context: CommandContext) {
  return run(
    store,
    input,
    async () => {
      const registered = await Promise.all(input.memberUnitIds.map((id) => unitRegistered(store, id)));
      return {
        type: 'OpenClusterYear' as const,
        ...input,
        clusterFormed: (await loadState(store, clusterDecider, streams.cluster(input.clusterId))).formed,
        unregisteredUnitIds: input.memberUnitIds.filter((_, i) => !registered[i]),
      };
    },
    context,
  );
}

export function admitMember(store: EventStore, input: AdmitMemberInput, context: CommandContext) {
  return run(
    store,
    input,
    async () => ({ type: 'AdmitMember' as const, ...input, unitRegistered: await unitRegistered(store, input.unitId) }),
    context,
  );
}

export function withdrawMember(store: EventStore, input: WithdrawMemberInput, context: CommandContext) {
  return run(store, input, async () => ({ type: 'WithdrawMember' as const, ...input }), context);
}

export function rotateChair(store: EventStore, input: RotateChairInput, context: CommandContext) {
  return run(
    store,
    input,
    async () => {
      const previous = await loadState(store, clusterYearDecider, streams.clusterYear(input.clusterId, input.year - 1));
      return { type: 'RotateChair' as const, ...input, previousChairUnitId: previous.chairUnitId };
    },
    context,
  );
}
