import { createApp, type App } from './app';
import { loadDemo } from './demo/load-demo';
import { createVerifier } from './auth/tokens';
import { loadConfig, type Config } from './config';
import { createHttpService, GRAPHQL_PATH } from './http/server';
import type { Logger } from './logger';
import { redacted } from './eventstore/redacted-address';
import { asListenError, CannotListenError, checkCanListen } from './http/listen-check';

/** Replaying this many events at start-up writes a read-model snapshot. */
const SNAPSHOT_AFTER_REPLAYING = 50_000;

export interface Serving {
  config: Config;
  app: App;
  port: number;
  /** Refuses new requests, drains those in flight, stops the checkpointer and the read models, closes the store; answers how many requests it abandoned. */
  stop(signal: string): Promise<number>;
}

/**
 * The service from its settings to its first answer: what `src/main.ts` runs, for one environment
 * and command line. The failures an operator acts on are thrown as they are (ConfigError,
 * CannotListenError, EventStoreUnavailableError); the process around it decides how to exit.
 */
export async function serve(env: Record<string, string | undefined>, args: string[], logger: Logger): Promise<Serving> {
  const config = loadConfig(env, args);
  await checkCanListen(config.host, config.port);
  const app = await createApp(
    config,
    (error) => logger.error({ err: error.cause }, 'a projection failed'),
    (error) => logger.error({ err: error }, 'signing an audit checkpoint failed'),
    (problem) =>
      logger.error(
        { reason: problem },
        'the full verification of the audit chain failed: serving reads only, refusing every write until an operator restores the store',
      ),
    (available, reason) =>
      available
        ? logger.info('the event store answers again: writes are accepted')
        : logger.warn(
            { reason },
            'the event store is unavailable: writes are refused (EVENT_STORE_UNAVAILABLE, HTTP 503) until it answers',
          ),
  );
  await announceStore(app, logger);
  const service = await createHttpService(app, await createVerifier(config.auth), logger);
  let port: number;
  try {
    port = await service.listen(config.port);
  } catch (error) {
    const reason = asListenError(error, config.host, config.port);
    if (reason instanceof CannotListenError) await app.close();
    throw reason;
  }
  // Where a browser on this machine reaches it: every interface includes the loopback one.
  const shown = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(config.host) ? 'localhost' : config.host;
  logger.info({ host: config.host, port }, `GraphQL ready at http://${shown}:${port}${GRAPHQL_PATH} (open it in a browser for the IDE)`);
  // A long replay is worth keeping so the next start resumes from here; written once serving, it
  // pauses answers for the second or two it takes instead of delaying the start.
  if (app.startup.replayed >= SNAPSHOT_AFTER_REPLAYING)
    setImmediate(() => {
      app.saveSnapshot();
      logger.info({ position: app.runner.processedPosition }, 'read-model snapshot written');
    });

  return {
    config,
    app,
    port,
    async stop(signal) {
      logger.info({ signal }, 'shutting down: refusing new requests, finishing those in flight');
      const abandoned = await service.stop(Date.now() + config.drainMs);
      for (const request of abandoned) logger.error(request, 'request abandoned by the shutdown');
      await app.close();
      if (abandoned.length > 0)
        logger.error(
          { abandoned: abandoned.length },
          `stopped with ${abandoned.length} request(s) abandoned (named above; nothing of a cancelled import was recorded): checkpointer and read models stopped, store closed`,
        );
      else logger.info('stopped cleanly: requests drained, checkpointer and read models stopped, store closed');
      return abandoned.length;
    },
  };
}

/** Says which store the read models caught up with and how it stands, and loads the demo data into an empty one when asked. */
async function announceStore(app: App, logger: Logger): Promise<void> {
  const { config } = app;
  // A server store's address may carry a password: the log names it without.
  const store =
    config.store.kind === 'sqlite' ? config.store : { kind: config.store.kind, address: redacted(config.store.connectionString) };
  logger.info({ store, position: app.runner.processedPosition, ...app.startup }, 'read models caught up with the store');
  if (app.store.readOnlyReason)
    logger.error(
      { reason: app.store.readOnlyReason },
      'the store failed its start-up check: serving reads only, refusing every write until an operator restores it',
    );
  if (config.demo && (await app.store.headPosition()) === 0) {
    const titles = await loadDemo(app.store);
    logger.info(
      { demo: titles },
      `empty store: loaded the demo data, the ceremony reports and the illustrative year (minh hoạ): ${titles.length} files (start with --no-demo or THIDUA_DEMO=false to skip)`,
    );
  } else if (!config.demo) logger.info('demo data not loaded (--no-demo or THIDUA_DEMO=false)');
}
