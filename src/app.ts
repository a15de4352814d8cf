import { performance } from 'node:perf_hooks';
import { Checkpointer } from './audit/checkpointer';
import { FullVerification } from './audit/full-verification';
import { loadAuditKey, type AuditKey } from './audit/signing-key';
import { startupCheck } from './audit/startup-check';
import type { Config } from './config';
import { AvailabilityWatch, type AvailabilityListener } from './eventstore/availability';
import { ChainBrokenError } from './eventstore/errors';
import { domainUpcasters } from './domain/upcasters';
import { openStore } from './eventstore/open-store';
import { SubscriptionCount } from './eventstore/subscription-count';
import { Upcasters } from './eventstore/upcasters';
import { WriteGuard } from './eventstore/write-guard';
import { createReadModels, type ReadModels } from '../projections/read-models';
import { ProjectionRunner, type ReadModelFailedError } from '../projections/runner';
import { SnapshotFile } from '../projections/snapshot';

/** The running service's parts, shared by the API and the command-line tools. */
export interface App {
  config: Config;
  store: WriteGuard;
  /** The log subscriptions open on the store (read models, checkpointer, the checkpoint feeds' one). */
  logSubscriptions: Pick<SubscriptionCount, 'open'>;
  models: ReadModels;
  runner: ProjectionRunner;
  /** The background verification of the whole chain; /readyz says "verifying" until its first pass. */
  verification: FullVerification;
  /** The key that signs audit checkpoints; its public half is published for auditors. */
  auditKey: AuditKey;
  /**
   * How the read models came up: from a snapshot (and from where), how many events were replayed,
   * and how long each phase of the start took in milliseconds (checks and snapshot ran side by side).
   */
  startup: { snapshot: string; replayed: number; phasesMs: StartupPhases };
  /** Writes a read-model snapshot at the processed position (blocks while it serializes). */
  saveSnapshot(): void;
  close(): Promise<void>;
}

export interface StartupPhases {
  openStore: number;
  checks: number;
  snapshot: number;
  replay: number;
  checkpointer: number;
}

/** Milliseconds since `since`, to the tenth. */
const msSince = (since: number) => Math.round((performance.now() - since) * 10) / 10;

/** The promise's value, and how long it took from now. */
async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work;
  return [value, msSince(started)];
}

/** The parts the read models are brought up from: the store (wrapped), the key, the read models, their snapshots. */
async function openParts(config: Config, onStoreAvailability: AvailabilityListener) {
  const [opened, openMs] = await timed(openStore(config.store, new Upcasters(domainUpcasters)));
  const logSubscriptions = new SubscriptionCount(new AvailabilityWatch(opened, onStoreAvailability));
  const store = new WriteGuard(logSubscriptions);
  const { models, projections } = createReadModels();
  const snapshots = config.dataDir ? new SnapshotFile(config.dataDir) : null;
  return { openMs, logSubscriptions, store, auditKey: loadAuditKey(config.dataDir), models, projections, snapshots };
}

type Parts = Awaited<ReturnType<typeof openParts>>;

/**
 * The start-up checks, the snapshot and the replay, which are independent: the integrity check reads
 * the file in a worker thread while the chain check, the snapshot load and the replay take turns here.
 * Read models see an event past what the check covers only once it verified the chain up to there.
 */
async function bringUpReadModels(parts: Parts, onProjectionFailure: (error: ReadModelFailedError) => void) {
  const { store, auditKey, projections, snapshots } = parts;
  const checkedUpTo = await store.headPosition();
  const checks = timed(startupCheck(store, auditKey));
  checks.catch(() => undefined); // answered below, once the replay has started
  const [restored, snapshotMs] = await timed(
    snapshots ? snapshots.load(projections, store) : Promise.resolve({ skipped: 'in-memory store' }),
  );
  const onFailure = (error: ReadModelFailedError) => {
    // A broken link written by another process after start-up: stop writing on top of it too.
    if (error.cause instanceof ChainBrokenError) store.refuseWrites(error.cause.message);
    onProjectionFailure(error);
  };
  const verifiedHead = checks.then(([check]) => check.verifiedHead);
  const runner = new ProjectionRunner(store, projections, onFailure, { checkedUpTo, verifiedHead });
  if ('head' in restored) runner.resumeFrom(restored.head);
  const from = runner.processedPosition;
  const replayStarted = performance.now();
  const replay = runner.start().then(() => msSince(replayStarted));
  replay.catch(() => undefined); // answered below, after the checks
  let problems: string[];
  let checksMs: number;
  try {
    [{ problems }, checksMs] = await checks;
  } catch (error) {
    await runner.stop();
    throw error;
  }
  if (problems.length > 0) store.refuseWrites(problems.join('; '));
  const replayMs = await replay;
  const snapshot = 'head' in restored ? `restored at position ${restored.head.position}` : `not used: ${restored.skipped}`;
  return { runner, snapshot, replayed: runner.processedPosition - from, from, snapshotMs, checksMs, replayMs };
}

/** Opens the store and brings the read models up to date with it. */
export async function createApp(
  config: Config,
  onProjectionFailure: (error: ReadModelFailedError) => void = () => undefined,
  onCheckpointFailure: (error: unknown) => void = () => undefined,
  onVerificationProblem: (problem: string) => void = () => undefined,
  onStoreAvailability: AvailabilityListener = () => undefined,
): Promise<App> {
  const parts = await openParts(config, onStoreAvailability);
  const { store, auditKey, models, projections, snapshots, logSubscriptions } = parts;
  const { runner, snapshot, replayed, from, ...phases } = await bringUpReadModels(parts, onProjectionFailure);
  let snapshotAt = from;
  const saveSnapshot = () => {
    if (!snapshots || runner.failed || runner.processedPosition === snapshotAt) return;
    snapshots.save(projections, runner.head);
    snapshotAt = runner.processedPosition;
  };
  const checkpointer = new Checkpointer(store, auditKey, config.checkpointEvery, onCheckpointFailure, config.checkpointWithinMs);
  const [, checkpointerMs] = await timed(checkpointer.start());
  // After the quick check of the recent part above, the rest of the chain in the background.
  const verification = new FullVerification(store, auditKey, config.fullVerificationEveryMs, onVerificationProblem);
  verification.start();
  return {
    config,
    store,
    logSubscriptions,
    models,
    runner,
    auditKey,
    verification,
    saveSnapshot,
    startup: {
      snapshot,
      replayed,
      phasesMs: {
        openStore: parts.openMs,
        checks: phases.checksMs,
        snapshot: phases.snapshotMs,
        replay: phases.replayMs,
        checkpointer: checkpointerMs,
      },
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
