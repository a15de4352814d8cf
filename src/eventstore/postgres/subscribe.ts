import { CATCH_UP_PAGE, catchUpSubscription } from '../catch-up';
import { EventStoreUnavailableError } from '../errors';
import type { EventHandler, ReadAllOptions, RecordedEvent, Subscription, SubscriptionErrorHandler } from '../port';
import { READ_AHEAD_FROM, type ReadAhead } from '../read-ahead';
import type { PgConnection } from './connection';
import type { LiveNotifications } from './live-notifications';
import type { PgLog } from './read-log';
import { postgresReadAhead } from './read-ahead';

async function readAheadFrom(connection: PgConnection, log: PgLog, after: number): Promise<ReadAhead | null> {
  const head = await log.head().catch(() => after);
  return head - after >= READ_AHEAD_FROM ? postgresReadAhead(connection.config, connection.tables, after, CATCH_UP_PAGE) : null;
}

/**
 * Live delivery wakes on NOTIFY; the reading is the shared catch-up loop. While the server is
 * away the subscription waits and tries again instead of failing, and the listener's reconnect
 * wakes it to catch up with whatever was committed meanwhile.
 */
export function postgresSubscription(
  connection: PgConnection,
  log: PgLog,
  live: LiveNotifications,
  after: number,
  handler: EventHandler,
  onError: SubscriptionErrorHandler,
): Subscription {
  let stopped = false;
  // Started at the first read: a subscription far behind the head (a rebuild) is read by a worker thread.
  let ahead: Promise<ReadAhead | null> | null = null;
  const readPatiently = async (options: ReadAllOptions): Promise<RecordedEvent[]> => {
    ahead ??= readAheadFrom(connection, log, after);
    const early = await (await ahead)?.read(options.after ?? 0, options.maxCount ?? CATCH_UP_PAGE);
    if (early) return early;
    for (let wait = 100; ; wait = Math.min(wait * 2, 2000)) {
      if (stopped || connection.closed) return [];
      try {
        return await log.readAll(options);
      } catch (error) {
        if (!(error instanceof EventStoreUnavailableError)) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };
  const inner = catchUpSubscription(readPatiently, (wake) => live.listen(wake), after, handler, onError);
  return {
    close: () => {
      stopped = true;
      const closing = inner.close();
      void ahead?.then((reader) => reader?.close());
      return closing;
    },
  };
}
