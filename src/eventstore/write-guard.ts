import { StoreReadOnlyError } from './errors';
import type { AppendResult, EventHandler, EventStore, EventToAppend, ExpectedState, ReadAllOptions, RecordedEvent, StreamAppend, Subscription, SubscriptionErrorHandler } from './port';

/**
 * A store that keeps serving reads but refuses every append once told why: what the service
 * becomes when it finds its store damaged at start-up, so nothing is written on top of it.
 */
export class WriteGuard implements EventStore {
  private reason: string | null = null;

  constructor(private readonly inner: EventStore) {}

  /** The first reason stands: it is where the damage was found first. */
  refuseWrites(reason: string): void {
    this.reason ??= reason;
  }

  get readOnlyReason(): string | null {
    return this.reason;
  }

  async append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    if (this.reason) throw new StoreReadOnlyError(this.reason);
    return this.inner.append(stream, events, expected);
  }

  async appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    if (this.reason) throw new StoreReadOnlyError(this.reason);
    return this.inner.appendMany(appends);
  }

  async importRecorded(events: RecordedEvent[]): Promise<void> {
    if (this.reason) throw new StoreReadOnlyError(this.reason);
    return this.inner.importRecorded(events);
  }

  readStream(stream: string, fromRevision?: number): Promise<RecordedEvent[]> {
    return this.inner.readStream(stream, fromRevision);
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription {
    return this.inner.subscribeToAll(after, handler, onError);
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  checkIntegrity(): Promise<string[]> {
    return this.inner.checkIntegrity();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
