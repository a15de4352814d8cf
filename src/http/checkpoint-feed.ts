import type { Writable } from 'node:stream';
import { published } from '../audit/published-checkpoints';
import type { RecordedEvent } from '../eventstore/port';

/**
 * Checkpoints a feed holds for a client whose socket is full; one more and the client is too slow
 * to keep: dropped, it reconnects with the last id it received and reads the rest as a backlog.
 */
export const MAX_QUEUED = 100;
/** A comment line now and then keeps proxies from closing a quiet feed. */
const HEARTBEAT_MS = 15_000;

/** One checkpoint as Server-Sent Events text, made once for every feed it goes to. */
export interface Frame {
  revision: number;
  text: string;
}

export const frameOf = (event: RecordedEvent): Frame => ({
  revision: event.revision,
  text: `id: ${event.revision}\nevent: checkpoint\ndata: ${JSON.stringify(published(event))}\n\n`,
});

/** The part of an HTTP response a feed writes to. */
export type FeedSink = Pick<Writable, 'write' | 'end' | 'destroy' | 'writableLength' | 'once'>;

/** Why a feed ended: its client was too slow (dropped), or anything else (the client left, a stop). */
export type FeedEnd = 'slow' | 'ended';

/**
 * One client's feed: the checkpoints it missed (the backlog), then new ones in the order they are
 * logged, each once. What it holds for its client is bounded (the socket's own buffer, then
 * MAX_QUEUED checkpoints), so a client that stops reading costs a bounded amount and never holds
 * back the other feeds.
 */
export class CheckpointFeed {
  private sink: FeedSink | null = null;
  private backlog: RecordedEvent[] = [];
  private backlogSent = 0;
  private queue: Frame[] = [];
  /** The newest revision queued or sent; the cursor until then. */
  private last: number;
  private draining = false;
  private heartbeat: NodeJS.Timeout | null = null;
  private done = false;

  constructor(
    after: number | undefined,
    private readonly onEnd: (why: FeedEnd) => void,
  ) {
    this.last = after ?? -1;
  }

  get ended(): boolean {
    return this.done;
  }

  /** A checkpoint just logged. Also before `start`: it waits for the backlog, which may cover it. */
  deliver(frame: Frame): void {
    if (this.done || frame.revision <= this.last) return;
    if (this.queue.length >= MAX_QUEUED) return this.end('slow');
    this.last = frame.revision;
    this.queue.push(frame);
    this.pump();
  }

  /** Starts writing to the client: the backlog, then what was delivered meanwhile and from now on. */
  start(sink: FeedSink, backlog: RecordedEvent[]): void {
    const covered = backlog.at(-1)?.revision ?? -1;
    this.queue = this.queue.filter((frame) => frame.revision > covered);
    this.last = Math.max(this.last, covered);
    this.sink = sink;
    this.backlog = backlog;
    sink.write('retry: 5000\n\n');
    this.heartbeat = setInterval(() => {
      if (!this.draining) sink.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.pump();
  }

  /**
   * Ends the feed once. A client still owed bytes is cut off rather than waited for: a client that
   * does not read would otherwise hold its connection, and the server's stop, open.
   */
  end(why: FeedEnd = 'ended'): void {
    if (this.done) return;
    this.done = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.sink && this.sink.writableLength > 0) this.sink.destroy();
    else this.sink?.end();
    this.onEnd(why);
  }

  /** Writes until the socket's buffer is full, then waits for it to drain. */
  private pump(): void {
    const sink = this.sink;
    if (!sink || this.done) return;
    while (!this.draining) {
      const frame = this.next();
      if (!frame) return;
      if (!sink.write(frame.text)) {
        this.draining = true;
        sink.once('drain', () => {
          this.draining = false;
          this.pump();
        });
      }
    }
  }

  private next(): Frame | undefined {
    if (this.backlogSent < this.backlog.length) return frameOf(this.backlog[this.backlogSent++]);
    this.backlog = [];
    return this.queue.shift();
  }
}
