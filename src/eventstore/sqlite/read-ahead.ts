import { Worker } from 'node:worker_threads';
import type { RecordedEvent } from '../port';
import { toRecorded, type EventRow } from './event-row';

/**
 * The worker reads pages of raw rows on its own read-only connection. Stepping SQLite and making
 * the rows' strings costs about as much as parsing their JSON; here it happens on the other core
 * while the projections apply the page before. (Parsing in the worker too does not pay: copying
 * parsed objects between threads costs more than parsing them. Nor does one JSON text per page:
 * a page-sized JSON.parse is slower than the row's two small ones.)
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db = null;
let read = null;
let after = workerData.after;
parentPort.on('message', (message) => {
  if (message === 'close') {
    if (db) db.close();
    parentPort.close();
    return;
  }
  try {
    if (!db) {
      db = new Database(workerData.filename, { readonly: true, fileMustExist: true });
      read = db.prepare(workerData.sql).raw();
    }
    const rows = read.all(after, workerData.page);
    if (rows.length > 0) after = rows[rows.length - 1][0];
    parentPort.postMessage({ rows });
  } catch (error) {
    parentPort.postMessage({ error: error.message });
  }
});`;

interface Page {
  rows?: EventRow[];
  error?: string;
}

/** Pages requested ahead of the one being applied: enough to keep the worker busy, few enough to hold little memory. */
const DEPTH = 3;

/**
 * A catch-up from far behind (a rebuild) read by a worker thread, pages ahead of the reader.
 * It serves reads that continue exactly where the last one ended, until the log is read to its
 * end; any other read, a short page or a failure ends it, and the caller reads directly again.
 */
export class ReadAhead {
  private readonly worker: Worker;
  private readonly pages: Promise<Page>[] = [];
  private waiting: ((page: Page) => void)[] = [];
  private done = false;

  constructor(
    filename: string,
    private cursor: number,
    private readonly page: number,
    sql: string,
  ) {
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { filename, module: require.resolve('better-sqlite3'), sql, after: cursor, page },
    });
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
      this.worker.postMessage('close');
    }
    return null;
  }

  private request(): void {
    this.pages.push(new Promise((resolve) => this.waiting.push(resolve)));
    this.worker.postMessage('next');
  }

  private fail(error: string): void {
    this.done = true;
    for (const resolve of this.waiting) resolve({ error });
    this.waiting = [];
  }
}
