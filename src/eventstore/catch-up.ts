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
  const loop = new CatchUp(readAll, handler, after);
  let running: Promise<void> | null = null;
  const wake = (): void => {
    if (running) {
      loop.wakeAgain = true;
      return;
    }
    running = loop
      .drain()
      .catch((error: unknown) => {
        // A failed read or handler would leave a gap if delivery went on: stop and report.
        loop.closed = true;
        unlisten();
        onError(error);
      })
      .finally(() => {
        running = null;
        if (loop.wakeAgain && !loop.closed) wake();
      });
  };
  const unlisten = onCommitted(wake);
  wake();
  return {
    async close() {
      loop.closed = true;
      unlisten();
      await running;
    },
  };
}

/** The reading side of a subscription: where it stands, and one run of reading until caught up. */
class CatchUp {
  closed = false;
  /** A commit was announced while a run was reading: the run reads once more before it ends. */
  wakeAgain = false;
  /** Events handed over in this run (a turn of the event loop is given every EVENTS_PER_TURN). */
  private handled = 0;

  constructor(
    private readonly readAll: (options: ReadAllOptions) => Promise<RecordedEvent[]>,
    private readonly handler: EventHandler,
    private position: number,
  ) {}

  async drain(): Promise<void> {
    this.handled = 0;
    do {
      this.wakeAgain = false;
      for (;;) {
        if (this.closed) return;
        const batch = await this.readAll({ after: this.position, maxCount: CATCH_UP_PAGE });
        if (!(await this.deliver(batch))) return;
        if (batch.length < CATCH_UP_PAGE) break;
      }
    } while (this.wakeAgain && !this.closed);
  }

  /** Hands the batch to the handler in order; false when the subscription closed meanwhile. */
  private async deliver(batch: RecordedEvent[]): Promise<boolean> {
    for (const event of batch) {
      if (this.handled > 0 && this.handled % EVENTS_PER_TURN === 0) await turn();
      this.handled += 1;
      if (this.closed) return false;
      // Handlers are mostly synchronous: awaiting each would cost a turn of the microtask queue per event.
      const pending = this.handler(event);
      if (pending) await pending;
      this.position = event.position;
    }
    return true;
  }
}
