import 'reflect-metadata';
import { createApp } from './app';
import { loadDemo } from './demo/load-demo';
import { createVerifier } from './auth/tokens';
import { ConfigError, loadConfig } from './config';
import { createHttpService, GRAPHQL_PATH } from './http/server';
import { createLogger } from './logger';
import { EventStoreUnavailableError } from './eventstore/errors';
import { redacted } from './eventstore/redacted-address';
import { asListenError, CannotListenError, checkCanListen } from './http/listen-check';

/** Replaying this many events at start-up writes a read-model snapshot. */
const SNAPSHOT_AFTER_REPLAYING = 50_000;
/** A graceful stop (drain, checkpoint, snapshot, close) that takes longer than this is cut short. */
const SHUTDOWN_BOUND_MS = 15_000;
/** Of that bound, what requests in flight (score imports above all) get to finish; the rest is the checkpoint's, the snapshot's and the store's. */
const DRAIN_MS = 10_000;

async function main(): Promise<void> {
  const logger = createLogger();
  let config;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.fatal(`Cấu hình sai: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  try {
    await checkCanListen(config.host, config.port);
  } catch (error) {
    if (error instanceof CannotListenError) {
      logger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }
  let app;
  try {
    app = await createApp(
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
  } catch (error) {
    if (error instanceof EventStoreUnavailableError) {
      logger.fatal(`Không mở được kho sự kiện: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
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
  const service = await createHttpService(app, await createVerifier(config.auth), logger);
  let port: number;
  try {
    port = await service.listen(config.port);
  } catch (error) {
    const reason = asListenError(error, config.host, config.port);
    if (!(reason instanceof CannotListenError)) throw error;
    logger.fatal(reason.message);
    await app.close();
    process.exit(1);
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

  let stopping = false;
  const shutdown = async (signal: string) => {
    // A second Ctrl-C while draining must not cut the clean stop short: the bound below ends it.
    if (stopping) return logger.warn({ signal }, 'already shutting down');
    stopping = true;
    logger.info({ signal }, 'shutting down: refusing new requests, finishing those in flight');
    setTimeout(() => {
      logger.error(`shutdown took longer than ${SHUTDOWN_BOUND_MS / 1000} s; exiting without waiting further`);
      process.exit(1);
    }, SHUTDOWN_BOUND_MS).unref();
    const abandoned = await service.stop(Date.now() + DRAIN_MS);
    for (const request of abandoned) logger.error(request, 'request abandoned by the shutdown');
    await app.close();
    if (abandoned.length > 0) {
      logger.error(
        { abandoned: abandoned.length },
        `stopped with ${abandoned.length} request(s) abandoned (named above; nothing of a cancelled import was recorded): checkpointer and read models stopped, store closed`,
      );
      process.exit(1);
    }
    logger.info('stopped cleanly: requests drained, checkpointer and read models stopped, store closed');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
