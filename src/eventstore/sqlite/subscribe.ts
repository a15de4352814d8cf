import { CATCH_UP_PAGE, catchUpSubscription } from '../catch-up';
import type { EventHandler, ReadAllOptions, RecordedEvent, Subscription, SubscriptionErrorHandler } from '../port';
import { READ_AHEAD_FROM, type ReadAhead } from '../read-ahead';
import type { SqliteContext } from './connection';
import { READ_ALL } from './read-log';
import { sqliteReadAhead } from './read-ahead';

/** What a subscription reads through: the store's own guarded reads of the log. */
interface LogReads {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  head(): number;
}

/**
 * The shared catch-up loop, woken by this connection's commits. A subscription that starts far
 * behind the head (a rebuild) of a file store is read ahead by a worker thread.
 */
export function sqliteSubscription(
  context: SqliteContext,
  log: LogReads,
  after: number,
  handler: EventHandler,
  onError: SubscriptionErrorHandler,
): Subscription {
  const ahead = readAheadFrom(context, log, after);
  const subscription = catchUpSubscription(
    async (options) => (await ahead?.read(options.after ?? 0, options.maxCount ?? CATCH_UP_PAGE)) ?? log.readAll(options),
    (wake) => {
      context.listeners.add(wake);
      return () => context.listeners.delete(wake);
    },
    after,
    handler,
    onError,
  );
  return {
    close: () => {
      ahead?.close();
      return subscription.close();
    },
  };
}

function readAheadFrom(context: SqliteContext, log: LogReads, after: number): ReadAhead | null {
  if (context.filename === ':memory:') return null;
  return log.head() - after >= READ_AHEAD_FROM ? sqliteReadAhead(context.filename, after, CATCH_UP_PAGE, READ_ALL) : null;
}
