/**
 * Addresses whose WebSocket upgrade the rate limit refused, each remembered until the Retry-After
 * it was told passes, so that further upgrades from it are refused at once without asking the
 * rate-limit store again (an address's budget, once spent, stays spent until its window ends, and
 * Retry-After is never before that). At most `capacity` addresses: when full, the oldest refusals
 * are forgotten, ended or not, a few at a time. Forgetting one early is safe: the store is asked
 * again and refuses.
 */
export class RefusedAddresses {
  /** Refusal ends (ms since the epoch) in the order they were remembered. */
  private readonly ends = new Map<string, number>();

  constructor(private readonly capacity: number) {}

  /** When `address`'s refusal ends (ms since the epoch), or 0 when it is not refused. */
  until(address: string, now = Date.now()): number {
    const end = this.ends.get(address);
    if (end === undefined) return 0;
    if (end > now) return end;
    this.ends.delete(address);
    return 0;
  }

  /** Remembers that `address` is refused until `end` (ms since the epoch). */
  remember(address: string, end: number, now = Date.now()): void {
    this.ends.delete(address);
    if (this.ends.size >= this.capacity) this.forgetOldest(now);
    this.ends.set(address, end);
  }

  get size(): number {
    return this.ends.size;
  }

  /**
   * Forgets the oldest refusal and the ended ones right after it. Refusals of different lengths are
   * not remembered in the order they end: an ended one behind one still running waits until it is
   * looked up or is the oldest, which keeps each call short.
   */
  private forgetOldest(now: number): void {
    let first = true;
    for (const [address, end] of this.ends) {
      if (!first && end > now) return;
      this.ends.delete(address);
      first = false;
    }
  }
}
