import { Checkpointer } from './audit/checkpointer';
import { FullVerification } from './audit/full-verification';
import { loadAuditKey, type AuditKey } from './audit/signing-key';
import { startupCheck } from './audit/startup-check';
import type { Config } from './config';
import { ChainBrokenError } from './eventstore/errors';
import { domainUpcasters } from './domain/upcasters';
import { openStore } from './eventstore/open-store';
import { Upcasters } from './eventstore/upcasters';
import { WriteGuard } from './eventstore/write-guard';
import { WholeGraphs } from './graphql/cluster-graph-cache';
import { createReadModels, type ReadModels } from '../projections/read-models';
import { ProjectionRunner, type ReadModelFailedError } from '../projections/runner';
import { SnapshotFile } from '../projections/snapshot';

/** The running service's parts, shared by the API and the command-line tools. */
export interface App {
  config: Config;
  store: WriteGuard;
  models: ReadModels;
  runner: ProjectionRunner;
  /** The background verification of the whole chain; /readyz says "verifying" until its first pass. */
  verification: FullVerification;
  /** The key that signs audit checkpoints; its public half is published for auditors. */
  auditKey: AuditKey;
  /** How the read models came up: from a snapshot (and from where), and how many events were replayed. */
  startup: { snapshot: string; replayed: number };
  /** The whole-year cluster graphs built from the read models, kept for the next request. */
  graphs: WholeGraphs;
  /** Writes a read-model snapshot at the current checkpoint (blocks while it serializes). */
  saveSnapshot(): void;
  close(): Promise<void>;
}

/** Opens the store and brings the read models up to date with it. */
export async function createApp(
  config: Config,
  onProjectionFailure: (error: ReadModelFailedError) => void = () => undefined,
  onCheckpointFailure: (error: unknown) => void = () => undefined,
  onVerificationProblem: (problem: string) => void = () => undefined,
): Promise<App> {
  const store = new WriteGuard(await openStore(config.store, new Upcasters(domainUpcasters)));
  const auditKey = loadAuditKey(config.dataDir);
  const { models, projections } = createReadModels();
  const snapshots = config.dataDir ? new SnapshotFile(config.dataDir) : null;
  // The checks and the snapshot are independent: the integrity check reads the file in a worker
  // thread while the chain check and the snapshot load run here.
  const [{ problems, verifiedHead }, restored] = await Promise.all([
    startupCheck(store, auditKey),
    snapshots ? snapshots.load(projections, store) : { skipped: 'in-memory store' },
  ]);
  if (problems.length > 0) store.refuseWrites(problems.join('; '));
  const onFailure = (error: ReadModelFailedError) => {
    // A broken link written by another process after start-up: stop writing on top of it too.
    if (error.cause instanceof ChainBrokenError) store.refuseWrites(error.cause.message);
    onProjectionFailure(error);
  };
  const runner = new ProjectionRunner(store, projections, onFailure, verifiedHead ?? undefined);
  if ('head' in restored) runner.resumeFrom(restored.head);
  const from = runner.checkpoint;
  await runner.start();
  const replayed = runner.checkpoint - from;
  let snapshotAt = from;
  const saveSnapshot = () => {
    if (!snapshots || runner.failed || runner.checkpoint === snapshotAt) return;
    snapshots.save(projections, runner.head);
    snapshotAt = runner.checkpoint;
  };
  const checkpointer = new Checkpointer(store, auditKey, config.checkpointEvery, onCheckpointFailure, config.checkpointWithinMs);
  await checkpointer.start();
  // After the quick check of the recent part above, the rest of the chain in the background.
  const verification = new FullVerification(store, auditKey, config.fullVerificationEveryMs, onVerificationProblem);
  verification.start();
  return {
    config,
    store,
    models,
    runner,
    graphs: new WholeGraphs({ models, runner }),
    auditKey,
    verification,
    saveSnapshot,
    startup: {
      snapshot: 'head' in restored ? `restored at position ${restored.head.position}` : `not used: ${restored.skipped}`,
      replayed,
    },
    async close() {
      await verification.stop();
      await checkpointer.stop({ signHead: true });
      // Let the read models take in the shutdown checkpoint, so the snapshot is taken at the head.
      await runner.waitFor(await store.headPosition(), 2000).catch(() => undefined);
      await runner.stop();
      saveSnapshot();
      await store.close();
    },
  };
}
