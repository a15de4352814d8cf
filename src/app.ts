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
  close(): Promise<void>;
}

/** Opens the store and brings the read models up to date with it. */
export async function createApp(
  config: Config,
  onProjectionFailure: (error: ReadModelFailedError) => void = () => undefined,
): Promise<App> {
  const store = await openStore(config.store);
  const { models, projections } = createReadModels();
  const runner = new ProjectionRunner(store, projections, onProjectionFailure);
  await runner.start();
  return {
    config,
    store,
    models,
    runner,
    async close() {
      await runner.stop();
      await store.close();
    },
  };
}
