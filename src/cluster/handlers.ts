import type { FormCluster } from './domain/commands';
import { clusterDecider } from './domain/decider';
import { streams } from '../kernel/streams';
import type { EventStore } from '../eventstore/port';
import type { CommandContext } from '../commands/command-context';
import { runCommand } from '../commands/pipeline';
import { facts } from '../commands/facts';

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
