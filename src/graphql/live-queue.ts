import { GraphQLError } from 'graphql';

/** Events one subscription may have waiting for execution before it is ended as overflowing. */
const MAX_WAITING = 10_000;

/**
 * What one subscription has yet to take, as the async iterator graphql-js reads: bounded, so a
 * subscriber that does not keep up is ended (SUBSCRIPTION_OVERFLOW) rather than kept growing.
 */
export class LiveQueue<T> implements AsyncIterableIterator<T> {
  private readonly waiting: T[] = [];
  private wake: (() => void) | null = null;
  private ended = false;
  private closing = false;
  private failure: GraphQLError | null = null;

  /** `onEnd`: the subscription stops listening (it ended, overflowed, or was told to close). */
  constructor(private readonly onEnd: () => void) {}

  /** With `latestOnly`, a value not yet taken is replaced by the next one (the head position, where only the newest matters). */
  offer(value: T, latestOnly: boolean): void {
    if (latestOnly) this.waiting.length = 0;
    if (this.waiting.length >= MAX_WAITING) {
      this.failure = new GraphQLError('Quá nhiều sự kiện đang chờ gửi cho đăng ký này; hãy đăng ký lại.', {
        extensions: { code: 'SUBSCRIPTION_OVERFLOW' },
      });
      this.onEnd();
    } else this.waiting.push(value);
    this.wake?.();
  }

  /** Stops taking values; completes once what it kept has been taken. */
  close(): void {
    this.closing = true;
    this.onEnd();
    this.wake?.();
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.ended) {
      if (this.waiting.length > 0) return { done: false, value: this.waiting.shift()! };
      if (this.failure) throw this.failure;
      if (this.closing) return this.finish();
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
    return { done: true, value: undefined };
  }

  return(): Promise<IteratorResult<T>> {
    return Promise.resolve(this.finish());
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  private finish(): IteratorResult<T> {
    this.ended = true;
    this.onEnd();
    this.waiting.length = 0;
    this.wake?.();
    return { done: true, value: undefined };
  }
}
