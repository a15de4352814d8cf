import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import { verifyStore } from '../../src/audit/verify-log';
import { createReadModels } from '../../projections/read-models';
import { ProjectionRunner } from '../../projections/runner';
import { fmt, type Log, type Row } from './shared';
import type { BenchStore } from './stores';

/** Every read model rebuilt from the store, in this process: what a start without a snapshot does. */
export async function rebuild(on: BenchStore, log: Log): Promise<Row[]> {
  const store = await on.open();
  const { projections } = createReadModels();
  const runner = new ProjectionRunner(store, projections);
  const started = performance.now();
  await runner.start();
  const seconds = (performance.now() - started) / 1000;
  await runner.stop();
  await store.close();
  const perSecond = runner.processedPosition / seconds;
  log(`rebuild on ${on.kind}: ${runner.processedPosition} events in ${seconds.toFixed(1)} s`);
  const target = on.kind === 'SQLite' ? 300_000 : 150_000;
  return [
    {
      measure: `Projection rebuild from the store (${fmt(runner.processedPosition)} events, all read models)`,
      figure: `${fmt(perSecond)} events/s (${seconds.toFixed(1)} s)`,
      target: `≥ ${fmt(target)} events/s`,
      met: perSecond >= target,
      store: { kind: on.kind, measure: 'Rebuild of every read model' },
    },
  ];
}

/**
 * The whole audit chain checked link by link as `npm run verify` does: the store's scan of its
 * stored bytes on one thread, and across one worker thread per core. A store generated before link
 * format 3 holds format-2 events, which the scan parses and canonicalises as before.
 */
export async function chainVerification(on: BenchStore, log: Log): Promise<Row[]> {
  const store = await on.open();
  const rows: Row[] = [];
  for (const workers of [0, availableParallelism()]) {
    const started = performance.now();
    const report = await verifyStore(store, null, { workers });
    const seconds = (performance.now() - started) / 1000;
    if (!report.ok) throw new Error(`the benchmark store's chain does not verify: ${JSON.stringify(report.firstBreak)}`);
    const perSecond = report.checkedEvents / seconds;
    const threads = workers === 0 ? 'one thread' : `${workers} worker threads`;
    log(`chain verification on ${on.kind}, ${threads}: ${report.checkedEvents} events in ${seconds.toFixed(1)} s`);
    rows.push({
      measure: `Audit chain verification (${fmt(report.checkedEvents)} events, ${threads})`,
      figure: `${fmt(perSecond)} events/s (${seconds.toFixed(1)} s)`,
      target: '≥ 300,000 events/s',
      met: perSecond >= 300_000,
      store: { kind: on.kind, measure: `Audit chain verification, ${threads}` },
    });
  }
  await store.close();
  return rows;
}
