import { COLUMNS } from '../event-row';
import type { RecordedEvent } from '../port';
import type { PgConnection } from './connection';
import type { KnownTails } from './known-tails';
import { assertWholeStream } from './whole-stream';

/** Batches of stream reads at the server at once; more reads wait and join the next batch. */
const STREAM_READS_IN_FLIGHT = 2;

interface PendingStreamRead {
  stream: string;
  fromRevision: number;
  resolve: (events: RecordedEvent[]) => void;
  reject: (error: unknown) => void;
}

interface StreamRow {
  request: number;
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: RecordedEvent['metadata'];
  recorded_at: string;
}

function toRecorded(row: StreamRow): RecordedEvent {
  const { position, id, stream, revision, type, data, metadata, recorded_at: recordedAt } = row;
  return { id, type, data, metadata, stream, revision, position, recordedAt };
}

/** The batch's distinct (stream, revision) requests, and for each read which request answers it. */
function requestsOf(batch: PendingStreamRead[]): { streams: string[]; fromRevisions: number[]; answeredBy: number[] } {
  const asked = new Map<string, number>();
  const streams: string[] = [];
  const fromRevisions: number[] = [];
  const answeredBy = batch.map(({ stream, fromRevision }) => {
    const key = `${fromRevision}:${stream}`;
    let request = asked.get(key);
    if (request === undefined) {
      asked.set(key, (request = streams.length));
      streams.push(stream);
      fromRevisions.push(fromRevision);
    }
    return request;
  });
  return { streams, fromRevisions, answeredBy };
}

/**
 * Stream reads are batched as appends are: while a batch is at the server, the reads that arrive
 * wait and go as the next batch, one query (each command reads a few stream tails; a thousand
 * concurrent commands would otherwise queue a thousand round trips, and under load a query per
 * read costs the process more in socket writes than its commands cost). The same stream read by
 * several commands from the same revision is asked once. Exact, with no cache to go stale.
 */
export class PgStreamReads {
  private pending: PendingStreamRead[] = [];
  private inFlight = 0;

  constructor(
    private readonly connection: PgConnection,
    private readonly known: KnownTails,
  ) {}

  read(stream: string, fromRevision: number): Promise<RecordedEvent[]> {
    return new Promise((resolve, reject) => {
      this.pending.push({ stream, fromRevision, resolve, reject });
      if (this.pending.length === 1 && this.inFlight < STREAM_READS_IN_FLIGHT) setImmediate(() => void this.readPending());
    });
  }

  private async readPending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.inFlight += 1;
    const { streams, fromRevisions, answeredBy } = requestsOf(batch);
    try {
      const results = await this.query(streams, fromRevisions);
      batch.forEach((item, i) => this.answer(item, results[answeredBy[i]]));
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      this.inFlight -= 1;
      if (this.pending.length > 0) setImmediate(() => void this.readPending());
    }
  }

  /** Each request's events, in one query. */
  private async query(streams: string[], fromRevisions: number[]): Promise<RecordedEvent[][]> {
    const rows = await this.connection.read<StreamRow>(
      // LATERAL, with its own ORDER BY, keeps one index scan per stream asked: as a plain join
      // the planner, guessing a third of a stream at or after any revision, turned batches of a
      // hundred streams or more into a hash join over a scan of the whole log.
      `SELECT r.request, e.*
       FROM unnest($1::text[], $2::integer[]) WITH ORDINALITY AS r(stream, from_revision, request)
       CROSS JOIN LATERAL (
         SELECT ${COLUMNS} FROM ${this.connection.tables.events}
         WHERE stream = r.stream AND revision >= r.from_revision ORDER BY revision
       ) e
       ORDER BY r.request, e.revision`,
      [streams, fromRevisions],
    );
    const results = streams.map((): RecordedEvent[] => []);
    for (const row of rows) results[row.request - 1].push(toRecorded(row));
    return results;
  }

  private answer(item: PendingStreamRead, events: RecordedEvent[]): void {
    try {
      assertWholeStream(item.stream, item.fromRevision, events);
      this.known.note(item.stream, events.at(-1)?.revision ?? Math.max(item.fromRevision, 0) - 1, false);
      item.resolve([...events]);
    } catch (error) {
      item.reject(error);
    }
  }
}
