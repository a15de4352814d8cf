import type Database from 'better-sqlite3';
import type { ChainHead, ChainScan, StoredEvent } from '../chain';
import { linkBefore, RangeScan, type ScanRange } from '../chain-scan';
import { COLUMNS, type EventRow } from '../event-row';

// The last column named as StoredEvent names it, for the reads in object mode; raw rows ignore the alias.
const ROW = `${COLUMNS} AS recordedAt`;

/** Verifies the rows of one range of the file from their stored bytes (see RangeScan). */
export function scanRange(db: Database.Database, range: ScanRange): ChainScan {
  const scan = new RangeScan(range);
  // Arrays come out of SQLite about twice as fast as objects (better-sqlite3's raw mode).
  const rows = db
    .prepare<[number, number], EventRow>(`SELECT ${ROW} FROM events WHERE position > ? AND position <= ? ORDER BY position`)
    .raw();
  for (const row of rows.iterate(range.from.position, range.to)) if (!scan.take(row)) break;
  if (scan.complete) return scan.finish();
  const next = db
    .prepare<[number], { position: number | null }>('SELECT MIN(position) AS position FROM events WHERE position > ?')
    .get(scan.head);
  return scan.finish(next?.position ?? null);
}

/** The link a range of the file after `position` starts from (see linkBefore). */
export function sqliteLinkBefore(db: Database.Database, position: number, start: ChainHead | undefined): ScanRange['from'] | null {
  return linkBefore(position, start, () => db.prepare<[number], StoredEvent>(`SELECT ${ROW} FROM events WHERE position = ?`).get(position));
}
