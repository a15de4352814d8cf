import { setImmediate as turn } from 'node:timers/promises';
import type { EventHandler, ReadAllOptions, RecordedEvent, Subscription, SubscriptionErrorHandler } from './port';

/** Events per read: a read-ahead that serves a catch-up reads pages of this size. */
export const CATCH_UP_PAGE = 1000;

/**
 * Events handed to the handler between two turns of the event loop: a page read from an embedded
 * store resolves without waiting, so a write of thousands of events (a score sheet) would otherwise
 * be applied in one stretch that holds every other caller.
 */
const EVENTS_PER_TURN = 100;

/**
 * A catch-up subscription over any adapter that can read the log after a position and tell when
 * something new was committed: reading and live delivery are one loop, so no event can slip
 * between "caught up" and "live", and handlers never run concurrently.
 */
export function catchUpSubscription(
  readAll: (options: ReadAllOptions) => Promise<RecordedEvent[]>,
  onCommitted: (wake: () => void) => () => void,
  after: number,
  handler: EventHandler,
  onError: SubscriptionErrorHandler,
): Subscription {
  let position = after;
  let closed = false;
  let running: Promise<void> | null = null;
  let wakeAgain = false;

  const drain = async (): Promise<void> => {
    let handled = 0;
    do {
      wakeAgain = false;
      for (;;) {
        if (closed) return;
        const batch = await readAll({ after: position, maxCount: CATCH_UP_PAGE });
        for (const event of batch) {
          if (handled > 0 && handled % EVENTS_PER_TURN === 0) await turn();
          handled += 1;
          if (closed) return;
          // Handlers are mostly synchronous: awaiting each would cost a turn of the microtask queue per event.
          const pending = handler(event);
          if (pending) await pending;
          position = event.position;
        }
        if (batch.length < CATCH_UP_PAGE) break;
      }
    } while (wakeAgain && !closed);
  };

  const wake = (): void => {
    if (running) {
      wakeAgain = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => {
        // A failed read or handler would leave a gap if delivery went on: stop and report.
        closed = true;
        unlisten();
        onError(error);
      })
      .finally(() => {
        running = null;
        if (wakeAgain && !closed) wake();
      });
  };

  const unlisten = onCommitted(wake);
  wake();

  return {
    async close() {
      closed = true;
      unlisten();
      await running;
    },
  };
}
