import { Checkpointer } from './audit/checkpointer';
import { loadAuditKey, type AuditKey } from './audit/signing-key';
import { startupCheck } from './audit/startup-check';
import type { Config } from './config';
import { ChainBrokenError } from './eventstore/errors';
import { openStore } from './eventstore/open-store';
import { WriteGuard } from './eventstore/write-guard';
import { createReadModels, type ReadModels } from '../projections/read-models';
import { ProjectionRunner, type ReadModelFailedError } from '../projections/runner';

/** The running service's parts, shared by the API and the command-line tools. */
export interface App {
  config: Config;
  store: WriteGuard;
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
  const store = new WriteGuard(await openStore(config.store));
  const auditKey = loadAuditKey(config.dataDir);
  const { problems, verifiedHead } = await startupCheck(store, auditKey);
  if (problems.length > 0) store.refuseWrites(problems.join('; '));
  const { models, projections } = createReadModels();
  const onFailure = (error: ReadModelFailedError) => {
    // A broken link written by another process after start-up: stop writing on top of it too.
    if (error.cause instanceof ChainBrokenError) store.refuseWrites(error.cause.message);
    onProjectionFailure(error);
  };
  const runner = new ProjectionRunner(store, projections, onFailure, verifiedHead ?? undefined);
  await runner.start();
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
