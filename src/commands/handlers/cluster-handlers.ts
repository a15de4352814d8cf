import type { FormCluster } from '../../domain/cluster/commands';
import { clusterDecider } from '../../domain/cluster/decider';
import { streams } from '../../domain/shared/streams';
import type { EventStore } from '../../eventstore/port';
import type { CommandContext } from '../command-context';
import { runCommand } from '../pipeline';
import { facts } from '../facts';

export type FormClusterInput = Omit<FormCluster, 'type' | 'organizerRegistered'>;

export function formCluster(store: EventStore, input: FormClusterInput, context: CommandContext) {
  return runCommand(
    store,
    clusterDecider,
    streams.cluster(input.clusterId),
    { type: 'FormCluster', input },
    async () => ({
      type: 'FormCluster' as const,
      ...input,
      organizerRegistered: (await facts.unit(store, input.organizerUnitId)).registered,
    }),
    context,
  );
}
