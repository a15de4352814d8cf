import { ChainVerifier, throwOnBreak, type ChainedEvent, type ChainHead } from '../chain';
import { chainBatchInTurns } from '../chain-in-turns';
import { ChainBrokenError, EventStoreUnavailableError, type WrongExpectedRevisionError } from '../errors';
import { assertExpectedState, refuseMalformed } from '../expected-state';
import type { AppendResult, RecordedEvent, StreamAppend } from '../port';
import type { PgConnection } from './connection';
import type { KnownTails } from './known-tails';
import { lockHead, write } from './write';

interface PendingAppend {
  parts: StreamAppend[];
  resolve: (results: AppendResult[]) => void;
  reject: (error: unknown) => void;
}

/** What numbering a group after a head gives: each write's results (or its refusal) and the events to store. */
interface Numbered<T> {
  results: T;
  written: ChainedEvent[];
}

/**
 * Numbers and links the group's appends after `head`. A write whose expected states do not all
 * hold fails alone, and none of its parts is written.
 */
async function appendGroup(
  head: ChainHead,
  last: Map<string, number>,
  group: PendingAppend[],
): Promise<Numbered<(AppendResult[] | Error)[]>> {
  const recordedAt = new Date().toISOString();
  const written: ChainedEvent[] = [];
  let tip = head;
  const results: (AppendResult[] | Error)[] = [];
  for (const item of group) {
    try {
      for (const part of item.parts) assertExpectedState(part.stream, part.expected, last.get(part.stream) ?? -1);
    } catch (error) {
      results.push(error as WrongExpectedRevisionError);
      continue;
    }
    const appended: AppendResult[] = [];
    for (const part of item.parts) {
      // A large write (a score sheet) is linked a slice per turn: it does not hold every other caller meanwhile.
      const batch = await chainBatchInTurns(tip, part.stream, last.get(part.stream) ?? -1, recordedAt, part.events);
      tip = batch.head;
      last.set(part.stream, batch.events.at(-1)!.revision);
      written.push(...batch.events);
      appended.push({ nextRevision: batch.events.at(-1)!.revision, position: batch.head.position });
    }
    results.push(appended);
  }
  return { results, written };
}

/**
 * Appends and imports. Appends of one turn of the event loop share a transaction (group commit,
 * as on SQLite). The transaction first locks the one-row head table, so appenders of every
 * process take turns: positions are numbered under that lock, continuing the head, and the lock is
 * held until the commit, so a position is visible only after every lower one is. When the process
 * already knows where the log and the group's streams end, the group is numbered on that
 * assumption and written by one statement that takes the same lock and checks it first (one round
 * trip); when another process appended meanwhile, the group is done again under the lock.
 */
export class PgAppends {
  private pending: PendingAppend[] = [];
  private writing = false;

  constructor(
    private readonly connection: PgConnection,
    private readonly known: KnownTails,
  ) {}

  appendMany(parts: StreamAppend[]): Promise<AppendResult[]> {
    const refused = refuseMalformed(parts);
    if (refused) return Promise.reject(refused);
    if (this.connection.closed) return Promise.reject(new EventStoreUnavailableError('The event store is closed'));
    return new Promise((resolve, reject) => {
      this.pending.push({ parts, resolve, reject });
      if (this.pending.length === 1 && !this.writing) setImmediate(() => void this.commitPending());
    });
  }

  async importRecorded(events: RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.inTransaction(
      events.map((event) => event.stream),
      (head, last) => {
        const verifier = new ChainVerifier(head);
        for (const event of events) {
          throwOnBreak(verifier.check(event));
          const revision = last.get(event.stream) ?? -1;
          if (event.revision !== revision + 1)
            throw new ChainBrokenError(event.position, `${event.stream} is at revision ${revision}, the event has ${event.revision}`);
          last.set(event.stream, event.revision);
        }
        return { results: undefined, written: events };
      },
    );
  }

  /** One group at a time per process; appends arriving meanwhile form the next group. */
  private async commitPending(): Promise<void> {
    if (this.writing || this.pending.length === 0) return;
    this.writing = true;
    const group = this.pending;
    this.pending = [];
    const streams = [...new Set(group.flatMap((item) => item.parts.map((part) => part.stream)))];
    try {
      const results =
        (await this.appendAtKnownHead(streams, group)) ??
        (await this.inTransaction(streams, (head, last) => appendGroup(head, last, group)));
      group.forEach((item, i) => {
        const result = results[i];
        if (result instanceof Error) item.reject(result);
        else item.resolve(result);
      });
    } catch (error) {
      this.known.head = null;
      for (const item of group) item.reject(error);
    } finally {
      this.writing = false;
      if (this.pending.length > 0) void this.commitPending();
    }
  }

  /**
   * The common case in one round trip: when this process knows where the log ends and where each
   * stream of the group ends (its own last append, the stream reads its commands just made), it
   * numbers and links the group on that assumption and sends one statement that takes the head
   * lock, checks the assumption and writes only if it holds. Undefined when it did not hold (another
   * process appended meanwhile): the group is then done again under the lock (`inTransaction`).
   */
  private async appendAtKnownHead(streams: string[], group: PendingAppend[]): Promise<(AppendResult[] | Error)[] | undefined> {
    const head = this.known.head;
    const revisions = this.known.revisionsOf(streams);
    if (!head || !revisions) return undefined;
    const last = new Map(streams.map((stream, i) => [stream, revisions[i]]));
    const { results, written } = await appendGroup(head, last, group);
    const { writes, tables } = this.connection;
    const held = await this.connection.withClient(writes, (client) => write(client, tables, written, { head, streams, revisions }));
    if (!held) return undefined;
    this.known.remember(written, head, last);
    return results;
  }

  /**
   * The write transaction: lock the head, read the streams' last revisions, let `work` number the
   * events after the head, insert them, move the head, notify, commit. Positions are dense and
   * commit in order because nobody else can number events while the head row is locked. Three
   * round trips: begin, lock and read (one simple query); write, move and notify (one statement);
   * commit.
   */
  private async inTransaction<T>(
    streams: string[],
    work: (head: ChainHead, last: Map<string, number>) => Numbered<T> | Promise<Numbered<T>>,
  ): Promise<T> {
    const { writes, tables } = this.connection;
    return this.connection.withClient(writes, async (client) => {
      const { head, last } = await lockHead(client, tables, streams);
      const { results, written } = await work(head, last);
      if (written.length > 0) await write(client, tables, written);
      await client.query('COMMIT');
      this.known.remember(written, head, last);
      return results;
    });
  }
}
