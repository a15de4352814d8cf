import { CHECKPOINT_EVENT, CHECKPOINT_STREAM } from '../audit/checkpoint';
import type { EventStore, RecordedEvent, Subscription } from '../eventstore/port';
import { frameOf, type CheckpointFeed } from './checkpoint-feed';

/**
 * The checkpoint feeds' one log subscription. A subscription reads the log again after every
 * commit, so one per feed made every write pay for every open feed; this one, started with the
 * first feed, hands each checkpoint to all of them, and a write costs the same with one feed or
 * a thousand.
 */
export class CheckpointFanOut {
  private readonly feeds = new Set<CheckpointFeed>();
  private following: Promise<Subscription | null> | null = null;
  private stopped = false;

  constructor(private readonly store: Pick<EventStore, 'subscribeToAll' | 'headPosition'>) {}

  /** Feeds open or opening. */
  get size(): number {
    return this.feeds.size;
  }

  /**
   * Adds a feed, and resolves once the log is followed from no later than this call: a checkpoint
   * logged after it reaches the feed. False after `stop`.
   */
  async add(feed: CheckpointFeed): Promise<boolean> {
    if (this.stopped) return false;
    this.feeds.add(feed);
    try {
      await (this.following ??= this.follow());
    } catch (error) {
      this.feeds.delete(feed);
      throw error;
    }
    return true;
  }

  remove(feed: CheckpointFeed): void {
    this.feeds.delete(feed);
  }

  /** Ends every feed (their clients reconnect elsewhere with the last id they received) and stops following the log. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.endAll();
    await (await this.following?.catch(() => null))?.close();
  }

  private async follow(): Promise<Subscription | null> {
    try {
      const head = await this.store.headPosition();
      if (this.stopped) return null;
      return this.store.subscribeToAll(
        head,
        (event) => this.deliver(event),
        () => {
          // Reading the log failed: the feeds end, their clients reconnect, and the next feed follows the log again.
          this.following = null;
          this.endAll();
        },
      );
    } catch (error) {
      this.following = null;
      throw error;
    }
  }

  private deliver(event: RecordedEvent): void {
    if (event.type !== CHECKPOINT_EVENT || event.stream !== CHECKPOINT_STREAM) return;
    const frame = frameOf(event);
    for (const feed of this.feeds) feed.deliver(frame);
  }

  private endAll(): void {
    for (const feed of [...this.feeds]) feed.end();
  }
}
