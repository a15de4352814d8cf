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

/** A store in front of another that hands every call on: the base of the wrappers, which override only what they change. */
export class ForwardingStore implements EventStore {
  constructor(protected readonly inner: EventStore) {}

  append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    return this.inner.append(stream, events, expected);
  }

  appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    return this.inner.appendMany(appends);
  }

  importRecorded(events: RecordedEvent[]): Promise<void> {
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

  get scanChain(): EventStore['scanChain'] {
    const { inner } = this;
    return inner.scanChain && ((request) => inner.scanChain!(request));
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
