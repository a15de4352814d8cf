import { COLUMNS } from '../event-row';
import type { ReadAllOptions, RecordedEvent } from '../port';
import type { PgConnection } from './connection';

/** How many events `readAll` without a count reads per query. */
const WHOLE_LOG_PAGE = 10_000;

type PageRow = [number, string, string, number, string, unknown, RecordedEvent['metadata'], string];

/**
 * The log in pages. A full page is followed at once by a read of the next one in the background:
 * a rebuild or a verification reads the log page after page, and the server builds the next page
 * while the caller works on this one. The log never changes below its head, so a full page read
 * ahead is exactly what a fresh read would return; a short one may not be (more may have been
 * committed since), and is read again.
 */
export class PgLog {
  private readAhead: { after: number; maxCount: number; page: Promise<RecordedEvent[]> } | null = null;

  constructor(private readonly connection: PgConnection) {}

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { after = 0, maxCount } = options;
    if (maxCount === undefined) return this.readWhole(after);
    const ahead = this.readAhead;
    this.readAhead = null;
    const early = ahead && ahead.after === after && ahead.maxCount === maxCount ? await ahead.page.catch(() => null) : null;
    const page = early?.length === maxCount ? early : await this.readPage(after, maxCount);
    if (page.length === maxCount && maxCount > 0) {
      const next = { after: page[page.length - 1].position, maxCount, page: this.readPage(page[page.length - 1].position, maxCount) };
      next.page.catch(() => undefined);
      this.readAhead = next;
    }
    return page;
  }

  async head(): Promise<number> {
    const [row] = await this.connection.read<{ position: number }>(`SELECT position FROM ${this.connection.tables.head}`);
    return row.position;
  }

  /** Without a count the whole rest of the log, in pages (one JSON value could not hold a large log). */
  private async readWhole(after: number): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for (
      let page = await this.readPage(after, WHOLE_LOG_PAGE);
      ;
      page = await this.readPage(events[events.length - 1].position, WHOLE_LOG_PAGE)
    ) {
      for (const event of page) events.push(event);
      if (page.length < WHOLE_LOG_PAGE) return events;
    }
  }

  /**
   * A page comes back as one JSON array (one text value, parsed once by V8) instead of a row per
   * event whose every column the client converts on its own: reading the log is spent in the
   * client's parsing, and this takes a third to half of it away.
   */
  private async readPage(after: number, maxCount: number): Promise<RecordedEvent[]> {
    const [{ page }] = await this.connection.read<{ page: PageRow[] | null }>(
      `SELECT json_agg(json_build_array(${COLUMNS}) ORDER BY position) AS page
       FROM (SELECT ${COLUMNS} FROM ${this.connection.tables.events} WHERE position > $1 ORDER BY position LIMIT $2) t`,
      [after, maxCount],
    );
    return (page ?? []).map(([position, id, stream, revision, type, data, metadata, recordedAt]) => ({
      id,
      type,
      data,
      metadata,
      stream,
      revision,
      position,
      recordedAt,
    }));
  }
}
