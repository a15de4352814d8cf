import type { Worker } from 'node:worker_threads';
import { toRecorded, type EventRow } from './event-row';
import type { RecordedEvent } from './port';
import { startWorker } from './worker-thread';

/** What a read-ahead worker answers each 'next' with: the next page of rows after its cursor, in order. */
export interface Page {
  rows?: EventRow[];
  error?: string;
}

/** What a read-ahead worker is asked: the next page, or to let go of its connection and end. */
export type PageRequest = 'next' | 'close';

/** What every read-ahead worker is started with, beside its store's own settings. */
export interface ReadAheadData {
  /** The cursor: the worker's first page starts after it. */
  after: number;
  /** Rows per page. */
  page: number;
}

/** How far behind a subscription must start for a worker thread to read ahead of it: below this, starting the worker costs more than it saves. */
export const READ_AHEAD_FROM = 20_000;

/** Pages requested ahead of the one being applied: enough to keep the worker busy, few enough to hold little memory. */
const DEPTH = 3;

/**
 * A catch-up from far behind (a rebuild) read by a worker thread, pages ahead of the reader: the
 * store's reading (stepping SQLite, or PostgreSQL's wire protocol) and the making of the rows'
 * strings happen on the other core while the projections apply the page before. The worker hands
 * over rows with data and metadata as text and they are parsed here: copying parsed objects
 * between threads costs more than parsing them.
 *
 * `worker` is the store's worker module: on 'next' it posts the next page of `page` rows after its
 * cursor, which starts at `workerData.after`; on 'close' it lets go of its connection and ends. The
 * read-ahead serves reads that continue exactly where the last one ended, until the log is read to
 * its end; any other read, a short page or a failure ends it, and the caller reads directly again.
 */
export class ReadAhead {
  private readonly worker: Worker;
  private readonly pages: Promise<Page>[] = [];
  private waiting: ((page: Page) => void)[] = [];
  private done = false;

  constructor(
    worker: string,
    workerData: Record<string, unknown>,
    private cursor: number,
    private readonly page: number,
  ) {
    this.worker = startWorker(worker, { ...workerData, after: cursor, page } satisfies ReadAheadData);
    this.worker.on('message', (page: Page) => this.waiting.shift()?.(page));
    this.worker.on('error', (error) => this.fail(error.message));
    this.worker.on('exit', () => this.fail('the read-ahead worker stopped'));
    for (let i = 0; i < DEPTH; i++) this.request();
  }

  /** The next page when `after` is where the last one ended; null when this read-ahead cannot serve it. */
  async read(after: number, maxCount: number): Promise<RecordedEvent[] | null> {
    if (this.done || after !== this.cursor || maxCount !== this.page) return this.close();
    const page = await this.pages.shift()!;
    if (page.error !== undefined || page.rows!.length < this.page) {
      // The end of what was committed: what comes after is read directly, with the writes' wake-ups.
      this.close();
      if (page.error !== undefined) return null;
    } else this.request();
    const events = page.rows!.map(toRecorded);
    if (events.length > 0) this.cursor = events[events.length - 1].position;
    return events;
  }

  close(): null {
    if (!this.done) {
      this.done = true;
      this.worker.postMessage('close' satisfies PageRequest);
    }
    return null;
  }

  private request(): void {
    this.pages.push(new Promise((resolve) => this.waiting.push(resolve)));
    this.worker.postMessage('next' satisfies PageRequest);
  }

  private fail(error: string): void {
    this.done = true;
    for (const resolve of this.waiting) resolve({ error });
    this.waiting = [];
  }
}
