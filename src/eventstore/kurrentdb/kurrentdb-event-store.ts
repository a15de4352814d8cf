import {
  BACKWARDS,
  END,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  START,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError,
  type Filter,
  type Position,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import { catchUpSubscription } from '../catch-up';
import { chainBatch, ChainVerifier, EMPTY_CHAIN, throwOnBreak, type ChainedEvent, type ChainHead } from '../chain';
import { EventStoreUnavailableError } from '../errors';
import { assertExpectedState, refuseMalformed } from '../expected-state';
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
} from '../port';
import {
  CHAIN_LINK_TYPE,
  encodeMetadata,
  headOf,
  linkOf,
  linkRevisionBefore,
  runsByStream,
  streamStateAfter,
  toRecordedEvent,
  type ChainLink,
} from './mapping';

/** Appends that lost only the race for the chain head are retried this many times. */
const CHAIN_ATTEMPTS = 20;

export interface KurrentDbOptions {
  /** Prefix of every stream this store writes and reads, so several stores can share one database. */
  namespace?: string;
  /** How long the start-up probe waits for the database before giving up. */
  connectTimeoutMs?: number;
}

/**
 * The event store port on KurrentDB (EventStoreDB's successor).
 *
 * KurrentDB numbers `$all` by byte offsets that are known only after a commit, while the audit chain
 * must cover each event's position before it is written. So every append also writes a link to one
 * chain stream, in the same atomic multi-stream append, with the chain stream's revision as its
 * expected state: appends are serialised through the chain head, the port's positions stay dense
 * (1, 2, 3...) and are stored with each event, and the chain fields are computed by the same
 * `chainBatch` as on SQLite.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly chainStream: string;
  private readonly filter: Filter;

  private constructor(
    private readonly client: KurrentDBClient,
    private readonly namespace: string,
  ) {
    this.chainStream = `${namespace}thidua-chain`;
    this.filter = namespace ? streamNameFilter({ prefixes: [namespace] }) : excludeSystemEvents();
  }

  /** Connects and checks that the database answers; a wrong or unreachable address fails here, not later. */
  static async connect(connectionString: string, options: KurrentDbOptions = {}): Promise<KurrentDbEventStore> {
    let client: KurrentDBClient;
    try {
      client = KurrentDBClient.connectionString(connectionString);
    } catch (error) {
      throw new EventStoreUnavailableError(`THIDUA_STORE is not a KurrentDB connection string: ${(error as Error).message}`);
    }
    const store = new KurrentDbEventStore(client, options.namespace ?? '');
    try {
      await store.lastLink({ deadline: options.connectTimeoutMs ?? 5000 });
    } catch (error) {
      await client.dispose();
      throw new EventStoreUnavailableError(`Cannot reach KurrentDB at ${connectionString}: ${(error as Error).message}`);
    }
    return store;
  }

  async append(stream: string, events: EventToAppend[], expected: ExpectedState): Promise<AppendResult> {
    return (await this.appendMany([{ stream, events, expected }]))[0];
  }

  async appendMany(parts: StreamAppend[]): Promise<AppendResult[]> {
    const refused = refuseMalformed(parts);
    if (refused) throw refused;
    for (let attempt = 1; attempt <= CHAIN_ATTEMPTS; attempt += 1) {
      // The writer's own check, so 'any' and 'stream_exists' become an exact revision: the chain
      // covers each event's revision, which must be known before the write.
      const [link, ...lasts] = await Promise.all([this.lastLink(), ...parts.map((part) => this.lastRevision(part.stream))]);
      parts.forEach((part, i) => assertExpectedState(part.stream, part.expected, lasts[i]));
      let head: ChainHead = link ? headOf(link.link) : EMPTY_CHAIN;
      const recordedAt = new Date().toISOString();
      const batches = parts.map((part, i) => {
        const batch = chainBatch(head, part.stream, lasts[i], recordedAt, part.events);
        head = batch.head;
        return { stream: part.stream, lastRevision: lasts[i], events: batch.events, head: batch.head };
      });
      try {
        await this.write(batches, link?.revision ?? -1);
        return batches.map((batch) => ({ nextRevision: batch.events.at(-1)!.revision, position: batch.head.position }));
      } catch (error) {
        // Either another writer took the chain head (retry) or a stream moved (the next
        // round's check reports it as the port's WrongExpectedRevisionError when it matters).
        if (!(error instanceof WrongExpectedVersionError)) throw this.unavailable(error);
      }
    }
    throw new EventStoreUnavailableError(`Too many concurrent appends: the chain head moved ${CHAIN_ATTEMPTS} times`);
  }

  async importRecorded(events: RecordedEvent[]): Promise<void> {
    const link = await this.lastLink();
    const verifier = new ChainVerifier(link ? headOf(link.link) : EMPTY_CHAIN);
    let linkRevision = link?.revision ?? -1;
    for (const run of runsByStream(events)) {
      for (const event of run) throwOnBreak(verifier.check(event));
      const revision = await this.lastRevision(run[0].stream);
      if (revision !== run[0].revision - 1)
        throw new EventStoreUnavailableError(`Cannot import ${run[0].stream}@${run[0].revision}: the stream is at revision ${revision}`);
      try {
        await this.write([{ stream: run[0].stream, lastRevision: revision, events: run }], linkRevision);
      } catch (error) {
        throw this.unavailable(error);
      }
      linkRevision += 1;
    }
  }

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    const stored = await this.collect(() =>
      this.client.readStream(this.namespace + stream, { direction: FORWARDS, fromRevision: BigInt(fromRevision) }),
    );
    return stored.map((resolved) => this.toPort(resolved));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { after = 0, maxCount = Number.MAX_SAFE_INTEGER } = options;
    const fromPosition = await this.positionBefore(after);
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readAll({ fromPosition, filter: this.filter, direction: FORWARDS })) {
        const record = resolved.event;
        if (!record || record.streamId === this.chainStream) continue;
        const event = this.toPort(resolved);
        if (event.position <= after) continue;
        events.push(event);
        if (events.length >= maxCount) break;
      }
    } catch (error) {
      throw this.unavailable(error);
    }
    return events;
  }

  subscribeToAll(after: number, handler: EventHandler, onError: SubscriptionErrorHandler): Subscription {
    return catchUpSubscription(
      (options) => this.readAll(options),
      (wake) => {
        // Live notifications through a filtered $all subscription; catch-up reads do the delivery,
        // so the order and the gap-free guarantee are the same code as on SQLite.
        const live = this.client.subscribeToAll({ fromPosition: END, filter: this.filter });
        live.on('data', wake);
        live.on('error', () => wake());
        return () => void live.unsubscribe();
      },
      after,
      handler,
      onError,
    );
  }

  async headPosition(): Promise<number> {
    return (await this.lastLink())?.link.lastPosition ?? 0;
  }

  async checkIntegrity(): Promise<string[]> {
    // The database checks its own files (chunk hashes); the chain check covers the content.
    return [];
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /** One atomic multi-stream append: the chain link (expecting the chain head as read) and each stream's events, in order. */
  private async write(parts: { stream: string; lastRevision: number; events: ChainedEvent[] }[], lastLinkRevision: number): Promise<void> {
    await this.client.multiStreamAppend([
      {
        streamName: this.chainStream,
        expectedState: streamStateAfter(lastLinkRevision),
        events: [jsonEvent({ type: CHAIN_LINK_TYPE, data: { ...linkOf(parts.flatMap((part) => part.events)) } })],
      },
      ...parts.map((part) => ({
        streamName: this.namespace + part.stream,
        expectedState: streamStateAfter(part.lastRevision),
        events: part.events.map((event) =>
          jsonEvent({ id: event.id, type: event.type, data: event.data as never, metadata: encodeMetadata(event) }),
        ),
      })),
    ]);
  }

  private toPort(resolved: ResolvedEvent): RecordedEvent {
    const record = resolved.event!;
    return toRecordedEvent({ ...record, streamId: record.streamId.slice(this.namespace.length) });
  }

  /** Where `$all` must be read from to see every event after the port position `after`. */
  private async positionBefore(after: number): Promise<Position | typeof START> {
    if (after === 0) return START;
    const last = await this.lastLink();
    if (!last) return START;
    const revision = await linkRevisionBefore(after, last.revision, async (r) => (await this.linkAt(r)).link.lastPosition);
    return revision < 0 ? START : (await this.linkAt(revision)).position;
  }

  private async linkAt(revision: number): Promise<{ link: ChainLink; position: Position }> {
    const [resolved] = await this.collect(() =>
      this.client.readStream(this.chainStream, { fromRevision: BigInt(revision), maxCount: 1, direction: FORWARDS }),
    );
    const record = resolved?.event;
    if (!record?.position) throw new EventStoreUnavailableError(`Chain link ${revision} cannot be read`);
    return { link: record.data as unknown as ChainLink, position: record.position };
  }

  private async lastLink(options: { deadline?: number } = {}): Promise<{ link: ChainLink; revision: number } | null> {
    const [resolved] = await this.collect(() =>
      this.client.readStream(this.chainStream, { fromRevision: END, maxCount: 1, direction: BACKWARDS, ...options }),
    );
    const record = resolved?.event;
    return record ? { link: record.data as unknown as ChainLink, revision: Number(record.revision) } : null;
  }

  private async lastRevision(stream: string): Promise<number> {
    const [resolved] = await this.collect(() =>
      this.client.readStream(this.namespace + stream, { fromRevision: END, maxCount: 1, direction: BACKWARDS }),
    );
    return resolved?.event ? Number(resolved.event.revision) : -1;
  }

  /** Reads a whole (small) stream result; an absent stream reads as empty. */
  private async collect(read: () => AsyncIterable<ResolvedEvent>): Promise<ResolvedEvent[]> {
    const out: ResolvedEvent[] = [];
    try {
      for await (const resolved of read()) out.push(resolved);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw this.unavailable(error);
    }
    return out;
  }

  private unavailable(error: unknown): Error {
    if (error instanceof EventStoreUnavailableError) return error;
    const text = (error as Error).message || (error as Error).name;
    const hint = /unavailable|deadline/i.test(text)
      ? ': nothing answered in time (is KurrentDB running there, and does the address say tls=false for an insecure node?)'
      : '';
    return new EventStoreUnavailableError(`${text}${hint}`);
  }
}
