import { Checkpointer } from './audit/checkpointer';
import { loadAuditKey, type AuditKey } from './audit/signing-key';
import type { Config } from './config';
import { openStore } from './eventstore/open-store';
import type { EventStore } from './eventstore/port';
import { createReadModels, type ReadModels } from '../projections/read-models';
import { ProjectionRunner, type ReadModelFailedError } from '../projections/runner';

/** The running service's parts, shared by the API and the command-line tools. */
export interface App {
  config: Config;
  store: EventStore;
  models: ReadModels;
  runner: ProjectionRunner;
  /** The key that signs audit checkpoints; its public half is published for auditors. */
  auditKey: AuditKey;
  close(): Promise<void>;
}

/** Opens the store and brings the read models up to date with it. */
export async function createApp(
  config: Config,
  onProjectionFailure: (error: ReadModelFailedError) => void = () => undefined,
  onCheckpointFailure: (error: unknown) => void = () => undefined,
): Promise<App> {
  const store = await openStore(config.store);
  const { models, projections } = createReadModels();
  const runner = new ProjectionRunner(store, projections, onProjectionFailure);
  await runner.start();
  const auditKey = loadAuditKey(config.dataDir);
  const checkpointer = new Checkpointer(store, auditKey, config.checkpointEvery, onCheckpointFailure);
  await checkpointer.start();
  return {
    config,
    store,
    models,
    runner,
    auditKey,
    async close() {
      await checkpointer.stop();
      await runner.stop();
      await store.close();
    },
  };
}
