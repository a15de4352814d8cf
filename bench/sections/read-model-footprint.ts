import { createReadModels } from '../../projections/read-models';
import { ProjectionRunner } from '../../projections/runner';
import { retainedBytesEach } from '../lib/retained-bytes';
import { fmt, type Log, type Row } from './shared';
import type { BenchStore } from './stores';

/** The heap each read model holds once built from the whole store: what the service's memory is mostly made of. */
export async function readModelFootprint(on: BenchStore, log: Log): Promise<Row[]> {
  const store = await on.open();
  const { projections } = createReadModels();
  let runner: ProjectionRunner | null = new ProjectionRunner(store, projections);
  await runner.start();
  await runner.stop();
  await store.close();
  const events = runner.processedPosition;
  runner = null;
  const sizes = retainedBytesEach(projections, (projection) => projection.constructor.name.replace(/Projection$/, ''));
  if (!sizes) return [{ measure: 'Heap of each read model', figure: 'not measured: run node with --expose-gc' }];
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  const MiB = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MiB`;
  const figure = `${MiB(total)} in all: ${sizes.map(([name, bytes]) => `${name} ${MiB(bytes)}`).join(', ')}`;
  log(`read models after ${fmt(events)} events: ${figure}`);
  return [{ measure: `Heap of each read model built from the store (${fmt(events)} events)`, figure }];
}
