import { performance } from 'node:perf_hooks';
import { pagesOf, verifyLog } from '../../src/audit/verify-log';
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

/** The whole audit chain checked link by link, reading the store as `npm run verify` does. */
export async function chainVerification(on: BenchStore, log: Log): Promise<Row[]> {
  const store = await on.open();
  const started = performance.now();
  const report = await verifyLog(
    pagesOf((after) => store.readAll({ after, maxCount: 5000 })),
    null,
  );
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  if (!report.ok) throw new Error(`the benchmark store's chain does not verify: ${JSON.stringify(report.firstBreak)}`);
  const perSecond = report.checkedEvents / seconds;
  log(`chain verification on ${on.kind}: ${report.checkedEvents} events in ${seconds.toFixed(1)} s`);
  return [
    {
      measure: `Audit chain verification (${fmt(report.checkedEvents)} events)`,
      figure: `${fmt(perSecond)} events/s (${seconds.toFixed(1)} s)`,
      target: '≥ 300,000 events/s',
      met: perSecond >= 300_000,
      store: { kind: on.kind, measure: 'Audit chain verification' },
    },
  ];
}
