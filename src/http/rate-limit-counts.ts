import type { RateLimitPluginOptions } from '@fastify/rate-limit';

/** How the rate limit counts requests: @fastify/rate-limit's store option (in memory unless another is given). */
export type RateLimitStore = NonNullable<RateLimitPluginOptions['store']>;

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

/** The bucket new callers share while the counts are full; no caller's own key (`subject:…`, `address:…`) can be it. */
export const SHARED_BUCKET = 'shared';

interface Window {
  start: number;
  count: number;
}

/**
 * Request counts in this process's memory, each kept until its window ends and never dropped
 * before: a count dropped early would turn a limited caller's 429 back into answers, which is what
 * an LRU of callers allowed to anyone able to send requests as enough other callers. Memory is
 * bounded by refusing new callers a count of their own instead: once `capacity` callers are
 * counted, a new one is counted with the other requests from its address (`bucket`), and a new
 * address with every other newcomer in one shared bucket, until windows end and make room.
 */
export class WindowedCounts {
  /** In the order their windows started, so the ended ones are at the front. */
  private readonly windows = new Map<string, Window>();
  private full = false;

  constructor(
    private readonly capacity: number,
    private readonly windowMs: number,
    /** Called once each time the counts fill up (not again until they had room). */
    private readonly onFull: (callers: number) => void,
  ) {}

  /** The key to count a caller's request under: its own while it is counted or there is room, else its address's, else the shared one. */
  bucket(key: string, address: string, now = Date.now()): string {
    this.forgetEnded(now);
    if (this.windows.has(key) || this.hasRoom()) return key;
    return this.windows.has(address) ? address : SHARED_BUCKET;
  }

  /** Counts one request under `key`: how many its window holds now, and the milliseconds until that window ends. */
  increment(key: string, now = Date.now()): Counted {
    this.forgetEnded(now);
    let window = this.windows.get(key);
    if (window && window.start + this.windowMs <= now) {
      // Ended yet still here only if the clock went back: started again below, at the end of the order.
      this.windows.delete(key);
      window = undefined;
    }
    if (!window) {
      // A bucket chosen just before others took the last room: counted as any newcomer then is.
      if (!this.hasRoom() && key !== SHARED_BUCKET) return this.increment(SHARED_BUCKET, now);
      this.windows.set(key, (window = { start: now, count: 0 }));
    }
    window.count += 1;
    return { current: window.count, ttl: window.start + this.windowMs - now };
  }

  get size(): number {
    return this.windows.size;
  }

  /** Whether one more caller may have a count of its own (the shared bucket, beside them, is not one). */
  private hasRoom(): boolean {
    const room = this.windows.size - (this.windows.has(SHARED_BUCKET) ? 1 : 0) < this.capacity;
    if (!room && !this.full) this.onFull(this.windows.size);
    this.full = !room;
    return room;
  }

  private forgetEnded(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.start + this.windowMs > now) return;
      this.windows.delete(key);
    }
  }

  /** These counts as a @fastify/rate-limit store (its `incr` contract), for the plugin's `store` option. */
  asStore(): RateLimitStore {
    const increment = (key: string) => this.increment(key);
    return class WindowedCountsStore {
      incr(key: string, callback: Callback): void {
        callback(null, increment(key));
      }

      child(): WindowedCountsStore {
        return this;
      }
    };
  }
}
