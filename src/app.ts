import type { Config } from './config';
import { openStore } from './eventstore/open-store';
import type { EventStore } from './eventstore/port';
import { DirectoryProjection } from '../projections/directory/directory-projection';
import { ProjectionRunner, type ReadModelFailedError } from '../projections/runner';

/** The running service's parts, shared by the API and the command-line tools. */
export interface App {
  config: Config;
  store: EventStore;
  directory: DirectoryProjection;
  runner: ProjectionRunner;
  close(): Promise<void>;
}

/** Opens the store and brings the read models up to date with it. */
export async function createApp(
  config: Config,
  onProjectionFailure: (error: ReadModelFailedError) => void = () => undefined,
): Promise<App> {
  const store = await openStore(config.store);
  const directory = new DirectoryProjection();
  const runner = new ProjectionRunner(store, [directory], onProjectionFailure);
  await runner.start();
  return {
    config,
    store,
    directory,
    runner,
    async close() {
      await runner.stop();
      await store.close();
    },
  };
}
