import 'reflect-metadata';
import { ConfigError } from './config';
import { createLogger } from './logger';
import { EventStoreUnavailableError, StoreNeedsUpgradeError } from './eventstore/errors';
import { CannotListenError } from './http/listen-check';
import { serve, type Serving } from './serve';

/**
 * A graceful stop takes the drain (THIDUA_DRAIN_SECONDS, for requests in flight, score imports above
 * all) and then this long for the checkpoint, the snapshot and the store; past both it is cut short.
 */
const AFTER_DRAIN_MS = 5_000;

/** The failures an operator can act on: one line in the log and an exit code, no stack trace. */
function fatalLine(error: unknown): { line: string; code: number } | null {
  if (error instanceof ConfigError) return { line: `Cấu hình sai: ${error.message}`, code: 2 };
  if (error instanceof CannotListenError) return { line: error.message, code: 1 };
  if (error instanceof StoreNeedsUpgradeError) return { line: error.message, code: 1 };
  if (error instanceof EventStoreUnavailableError) return { line: `Không mở được kho sự kiện: ${error.message}`, code: 1 };
  return null;
}

async function main(): Promise<void> {
  const logger = createLogger();
  let serving: Serving;
  try {
    serving = await serve(process.env, process.argv.slice(2), logger);
  } catch (error) {
    const fatal = fatalLine(error);
    if (!fatal) throw error;
    logger.fatal(fatal.line);
    process.exit(fatal.code);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    // A second Ctrl-C while draining must not cut the clean stop short: the bound below ends it.
    if (stopping) return logger.warn({ signal }, 'already shutting down');
    stopping = true;
    const bound = serving.config.drainMs + AFTER_DRAIN_MS;
    setTimeout(() => {
      logger.error(`shutdown took longer than ${bound / 1000} s; exiting without waiting further`);
      process.exit(1);
    }, bound).unref();
    const abandoned = await serving.stop(signal);
    process.exit(abandoned > 0 ? 1 : 0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
