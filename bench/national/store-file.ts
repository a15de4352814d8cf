import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Checkpointer } from '../../src/audit/checkpointer';
import { loadAuditKey } from '../../src/audit/signing-key';
import { loadConfig } from '../../src/config';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { NationalDataWriter } from './generate';
import { planNationalData, type Shape } from './plan';

const CHECKPOINT_EVERY = loadConfig({}).checkpointEvery;

export const NATIONAL: Shape = { units: 1000, clusters: 150, years: 10, criteria: 40, seed: 1 };

const positive = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1, got "${raw}"`);
  return value;
};

/**
 * Where a shape's store lives unless told otherwise: one folder per shape (the store, its audit
 * signing key, the read-model snapshot), so benchmarks can reuse it.
 */
export function defaultFile(shape: Shape): string {
  return path.join(
    'data',
    'bench',
    `national-u${shape.units}-c${shape.clusters}-y${shape.years}-k${shape.criteria}-s${shape.seed}`,
    'thidua.db',
  );
}

export function parseShape(args: string[]): { shape: Shape; out: string } {
  const { values } = parseArgs({
    args,
    options: {
      units: { type: 'string' },
      clusters: { type: 'string' },
      years: { type: 'string' },
      criteria: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const shape: Shape = {
    units: positive('units', values.units, NATIONAL.units),
    clusters: positive('clusters', values.clusters, NATIONAL.clusters),
    years: positive('years', values.years, NATIONAL.years),
    criteria: positive('criteria', values.criteria, NATIONAL.criteria),
    seed: positive('seed', values.seed, NATIONAL.seed),
  };
  return { shape, out: values.out ?? defaultFile(shape) };
}

export interface GenerateReport {
  file: string;
  events: number;
  commands: number;
  seconds: number;
  commandsPerSecond: number;
  megabytes: number;
}

/** Generates a fresh store file for `shape` (replacing one that is there). */
export async function generateStore(shape: Shape, file: string, log: (line: string) => void = () => undefined): Promise<GenerateReport> {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  fs.rmSync(path.join(path.dirname(file), 'read-models.snapshot'), { force: true });
  const store = new SqliteEventStore(file);
  const plan = planNationalData(shape);
  const writer = new NationalDataWriter(store, plan);
  // Signed checkpoints as the service writes them, so a service started on this store checks
  // the chain from the last one, as it would in production.
  const checkpointing: { failure?: unknown } = {};
  const checkpointer = new Checkpointer(
    store,
    loadAuditKey(path.dirname(file)),
    CHECKPOINT_EVERY,
    (error) => (checkpointing.failure = error),
  );
  await checkpointer.start();
  const started = performance.now();
  await writer.writeDirectory();
  for (let y = plan.firstYear; y < plan.firstYear + shape.years; y += 1) {
    await writer.writeYear(y);
    const seconds = (performance.now() - started) / 1000;
    log(
      `year ${y}: ${writer.commands} commands, ${await store.headPosition()} events, ${(writer.commands / seconds).toFixed(0)} commands/s`,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await checkpointer.stop({ signHead: true });
  if (checkpointing.failure) throw checkpointing.failure as Error;
  const events = await store.headPosition();
  await store.close();
  return {
    file,
    events,
    commands: writer.commands,
    seconds: Number(seconds.toFixed(1)),
    commandsPerSecond: Math.round(writer.commands / seconds),
    megabytes: Math.round(fs.statSync(file).size / 2 ** 20),
  };
}

/** The store for `shape`, generated the first time it is asked for. */
export async function ensureStore(shape: Shape, log: (line: string) => void): Promise<string> {
  const file = defaultFile(shape);
  if (!fs.existsSync(file)) {
    log(`generating ${file} (once; later runs reuse it)`);
    const report = await generateStore(shape, file, log);
    log(`generated ${report.events} events in ${report.seconds} s (${report.commandsPerSecond} commands/s)`);
  }
  return file;
}
