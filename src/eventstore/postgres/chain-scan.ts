import type pg from 'pg';
import type { ChainHead, ChainScan, StoredEvent } from '../chain';
import { linkBefore, RangeScan, type ScanRange } from '../chain-scan';
import type { EventRow } from '../event-row';
import type { Tables } from './schema';

/** Rows per query of a scan. */
const PAGE = 5000;

/** The row as stored: data and metadata as the text the link covers (no JSON parse on either side). */
const STORED = 'position, id, stream, revision, type, data::text, metadata::text, recorded_at';

/**
 * Verifies the rows of one range of the log from their stored bytes (see RangeScan). The next
 * page is asked for before this one is checked, so the server reads it meanwhile.
 */
export async function scanRange(client: pg.ClientBase, tables: Tables, range: ScanRange): Promise<ChainScan> {
  const page = (after: number) =>
    client.query<EventRow>({
      text: `SELECT ${STORED} FROM ${tables.events} WHERE position > $1 AND position <= $2 ORDER BY position LIMIT $3`,
      values: [after, range.to, PAGE],
      rowMode: 'array',
    });
  const scan = new RangeScan(range);
  let next: Promise<pg.QueryResult<EventRow>> | null = page(range.from.position);
  while (next) {
    const { rows }: pg.QueryResult<EventRow> = await next;
    next = rows.length === PAGE && rows[PAGE - 1][0] < range.to ? page(rows[PAGE - 1][0]) : null;
    for (const row of rows) if (!scan.take(row)) break;
    if (scan.complete) {
      // A page asked ahead is read and dropped, so that the connection is left with nothing pending.
      await next?.catch(() => undefined);
      return scan.finish();
    }
  }
  const { rows } = await client.query<{ position: number | null }>(
    `SELECT min(position) AS position FROM ${tables.events} WHERE position > $1`,
    [scan.head],
  );
  return scan.finish(rows[0].position);
}

/** The link a range after `position` starts from (see linkBefore), its row read from the log. */
export async function postgresLinkBefore(
  client: pg.ClientBase,
  tables: Tables,
  position: number,
  start: ChainHead | undefined,
): Promise<ScanRange['from'] | null> {
  const at =
    position === (start?.position ?? 0)
      ? []
      : (
          await client.query<StoredEvent>(
            `SELECT position, id, stream, revision, type, data::text AS data, metadata::text AS metadata, recorded_at AS "recordedAt"
       FROM ${tables.events} WHERE position = $1`,
            [position],
          )
        ).rows;
  return linkBefore(position, start, () => at[0]);
}
