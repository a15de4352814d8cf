import { ForwardingStore } from './forwarding-store';
import type { EventHandler, Subscription, SubscriptionErrorHandler } from './port';

/**
 * A store that counts the log subscriptions open through it. Each one reads the log again after
 * every commit, so their number is a cost of every write: operators see it on /metrics, where a
 * subscription per client would show.
 */
export class SubscriptionCount extends ForwardingStore {
  private count = 0;

  get open(): number {
    return this.count;
  }

  override subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription {
    let open = true;
    const ended = () => {
      if (open) this.count -= 1;
      open = false;
    };
    this.count += 1;
    const subscription = this.inner.subscribeToAll(after, handler, (error) => {
      ended();
      onError(error);
    });
    return {
      close() {
        ended();
        return subscription.close();
      },
    };
  }
}
