import { GraphQLError } from 'graphql';
import type { RecordedEvent } from '../eventstore/port';
import type { ProjectionRunner } from '../../projections/runner';

/** Events one subscription may have waiting for execution before it is ended as overflowing. */
const MAX_WAITING = 10_000;

type Listener = (event: RecordedEvent) => void;

/** The longest delay a Node timer takes; a later end is reached in several steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * The events the read models have applied, handed to subscriptions as they arrive. Each
 * subscription gets its own async iterator with a bounded queue; the socket side bounds what
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
    const waiting: T[] = [];
    let wake: (() => void) | null = null;
    let ended = false;
    let closing = false;
    let failure: GraphQLError | null = null;
    let timer: NodeJS.Timeout | undefined;
    const listener: Listener = (event) => {
      const value = accept(event);
      if (value === undefined) return;
      if (latestOnly) waiting.length = 0;
      if (waiting.length >= MAX_WAITING) {
        failure = new GraphQLError('Quá nhiều sự kiện đang chờ gửi cho đăng ký này; hãy đăng ký lại.', {
          extensions: { code: 'SUBSCRIPTION_OVERFLOW' },
        });
        this.listeners.delete(listener);
      } else waiting.push(value);
      wake?.();
    };
    this.listeners.add(listener);
    const close = () => {
      const left = until! - Date.now();
      if (left > 0) {
        timer = setTimeout(close, Math.min(left, LONGEST_TIMER_MS)).unref();
        return;
      }
      closing = true;
      this.listeners.delete(listener);
      wake?.();
    };
    if (until !== undefined) close();
    const finish = (): IteratorResult<T> => {
      ended = true;
      clearTimeout(timer);
      this.listeners.delete(listener);
      waiting.length = 0;
      wake?.();
      return { done: true, value: undefined };
    };
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next(): Promise<IteratorResult<T>> {
        while (!ended) {
          if (waiting.length > 0) return { done: false, value: waiting.shift()! };
          if (failure) throw failure;
          if (closing) return finish();
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
        return { done: true, value: undefined };
      },
      return() {
        return Promise.resolve(finish());
      },
      throw(error: unknown) {
        finish();
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      },
    };
  }
}
