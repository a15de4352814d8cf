import type { RecordedEvent } from '../eventstore/port';
import type { ProjectionRunner } from '../../projections/runner';
import { LiveQueue } from './live-queue';

type Listener = (event: RecordedEvent) => void;

/** The longest delay a Node timer takes; a later end is reached in several steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * The events the read models have applied, handed to subscriptions as they arrive. Each
 * subscription gets its own bounded queue (LiveQueue); the socket side bounds what
 * waits to be sent (see subscription-server.ts), so nothing here grows without limit.
 */
export class LiveEvents {
  private readonly listeners = new Set<Listener>();

  constructor(runner: ProjectionRunner) {
    // One observer for the service: the runner keeps observers for its whole life.
    runner.observe((event) => {
      for (const listener of this.listeners) listener(event);
    });
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  /**
   * From now on, every event `accept` keeps. With `latestOnly`, a value not yet taken is replaced
   * by the next one (for the head position, where only the newest matters). With `until` (a time in
   * ms), it stops listening then and completes once what it kept has been taken.
   */
  subscribe<T>(accept: (event: RecordedEvent) => T | undefined, latestOnly = false, until?: number): AsyncIterableIterator<T> {
    let timer: NodeJS.Timeout | undefined;
    const queue = new LiveQueue<T>(() => {
      clearTimeout(timer);
      this.listeners.delete(listener);
    });
    const listener: Listener = (event) => {
      const value = accept(event);
      if (value !== undefined) queue.offer(value, latestOnly);
    };
    this.listeners.add(listener);
    const closeAtTheEnd = () => {
      const left = until! - Date.now();
      if (left > 0) timer = setTimeout(closeAtTheEnd, Math.min(left, LONGEST_TIMER_MS)).unref();
      else queue.close();
    };
    if (until !== undefined) closeAtTheEnd();
    return queue;
  }
}
