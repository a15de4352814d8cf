import { StoreReadOnlyError } from './errors';
import { ForwardingStore } from './forwarding-store';
import type { AppendResult, EventToAppend, ExpectedState, RecordedEvent, StreamAppend } from './port';

/**
 * A store that keeps serving reads but refuses every append once told why: what the service
 * becomes when it finds its store damaged at start-up, so nothing is written on top of it.
 */
export class WriteGuard extends ForwardingStore {
  private reason: string | null = null;

  /** The first reason stands: it is where the damage was found first. */
  refuseWrites(reason: string): void {
    this.reason ??= reason;
  }

  get readOnlyReason(): string | null {
    return this.reason;
  }

  override async append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    if (this.reason) throw new StoreReadOnlyError(this.reason);
    return this.inner.append(stream, events, expected);
  }

  override async appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    if (this.reason) throw new StoreReadOnlyError(this.reason);
    return this.inner.appendMany(appends);
  }

  override async importRecorded(events: RecordedEvent[]): Promise<void> {
    if (this.reason) throw new StoreReadOnlyError(this.reason);
    return this.inner.importRecorded(events);
  }
}
