import { ForwardingStore } from './forwarding-store';
import type {
  AppendResult,
  EventHandler,
  EventStore,
  EventToAppend,
  ExpectedState,
  ReadAllOptions,
  RecordedEvent,
  StreamAppend,
  Subscription,
  SubscriptionErrorHandler,
} from './port';
import type { Upcasters } from './upcasters';

/** The event as the store holds it: what a migration copies, so the chain it carries still verifies. */
function asStored({ stored, ...event }: RecordedEvent): RecordedEvent {
  return stored ? { ...event, data: stored.data } : event;
}

/**
 * The read path of the port for any adapter: every event read (a stream, the log, a subscription)
 * comes out in its type's current shape; every event written is stamped with that shape's version.
 */
export class UpcastingStore extends ForwardingStore {
  constructor(
    inner: EventStore,
    private readonly upcasters: Upcasters,
  ) {
    super(inner);
  }

  override append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    return this.inner.append(
      stream,
      events.map((e) => this.upcasters.stamp(e)),
      expected,
    );
  }

  override appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    return this.inner.appendMany(appends.map((part) => ({ ...part, events: part.events.map((e) => this.upcasters.stamp(e)) })));
  }

  override importRecorded(events: RecordedEvent[]): Promise<void> {
    return this.inner.importRecorded(events.map(asStored));
  }

  override async readStream(stream: string, fromRevision?: number): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(stream, fromRevision)).map((e) => this.upcasters.upcast(e));
  }

  override async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readAll(options)).map((e) => this.upcasters.upcast(e));
  }

  override subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription {
    return this.inner.subscribeToAll(after, (event) => handler(this.upcasters.upcast(event)), onError);
  }
}
