import { EventStoreUnavailableError } from './errors';
import { ForwardingStore } from './forwarding-store';
import type { AppendResult, EventStore, EventToAppend, ExpectedState, ReadAllOptions, RecordedEvent, StreamAppend } from './port';

/** Told when the store stops answering (with the store's reason) and when it answers again. */
export type AvailabilityListener = (available: boolean, reason?: string) => void;

/**
 * A store that notices when the one behind it goes away and comes back: the first call refused
 * with EventStoreUnavailableError marks it unavailable, the first call answered after that marks
 * it available again, and the listener hears each change once, however many requests meet the
 * outage. A call started before the last change says nothing about the store since: an answer
 * in flight when the server went away is not a recovery, nor a failure in flight when it came
 * back a new outage. After `close` nothing more is told (a closed store refuses by design).
 */
export class AvailabilityWatch extends ForwardingStore {
  private available = true;
  /** Counts the changes, so a call knows whether one happened while it ran. */
  private changes = 0;
  private closing = false;

  constructor(
    inner: EventStore,
    private readonly listener: AvailabilityListener,
  ) {
    super(inner);
  }

  override append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    return this.watch(() => super.append(stream, events, expected));
  }

  override appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    return this.watch(() => super.appendMany(appends));
  }

  override importRecorded(events: RecordedEvent[]): Promise<void> {
    return this.watch(() => super.importRecorded(events));
  }

  override readStream(stream: string, fromRevision?: number): Promise<RecordedEvent[]> {
    return this.watch(() => super.readStream(stream, fromRevision));
  }

  override readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.watch(() => super.readAll(options));
  }

  override headPosition(): Promise<number> {
    return this.watch(() => super.headPosition());
  }

  override checkIntegrity(): Promise<string[]> {
    return this.watch(() => super.checkIntegrity());
  }

  override get scanChain(): EventStore['scanChain'] {
    const scan = super.scanChain;
    return scan && ((request) => this.watch(() => scan(request)));
  }

  override close(): Promise<void> {
    this.closing = true;
    return super.close();
  }

  private async watch<T>(call: () => Promise<T>): Promise<T> {
    const since = this.changes;
    try {
      const value = await call();
      if (!this.available && since === this.changes) this.change(true);
      return value;
    } catch (error) {
      if (this.available && since === this.changes && error instanceof EventStoreUnavailableError) this.change(false, error.message);
      throw error;
    }
  }

  private change(available: boolean, reason?: string): void {
    if (this.closing) return;
    this.available = available;
    this.changes += 1;
    this.listener(available, reason);
  }
}
