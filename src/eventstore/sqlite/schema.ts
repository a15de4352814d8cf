import type Database from 'better-sqlite3';
import { inLinkFormat } from '../chain';
import { StoreNeedsUpgradeError } from '../errors';

/**
 * The one layout, kept in `PRAGMA user_version` (3: the number goes on from the older layouts,
 * which only the upgrade in src/eventstore/upgrade/ reads). Its events are all in link format 3.
 */
export const LAYOUT = 3;

/**
 * One table holds the log: the integer primary key is the global position (AUTOINCREMENT so a
 * position is never reused, even after the newest event is removed by a restore). Streams are
 * numbered in their own table, and the unique (stream_id, revision) pair is what makes a
 * concurrent append to the same revision fail: an index of small integers, because every append
 * touches it at its stream's tail and a text key there doubled the pages each commit writes.
 * The stream's name stays on each event so reading the log needs no join.
 */
const TABLES = `
CREATE TABLE streams (
  stream_id    INTEGER PRIMARY KEY,
  name         TEXT    NOT NULL UNIQUE
);
CREATE TABLE events (
  position     INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT    NOT NULL UNIQUE,
  stream_id    INTEGER NOT NULL REFERENCES streams (stream_id),
  stream       TEXT    NOT NULL,
  revision     INTEGER NOT NULL,
  type         TEXT    NOT NULL,
  data         TEXT    NOT NULL,
  metadata     TEXT    NOT NULL,
  recorded_at  TEXT    NOT NULL,
  hash         TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);
`;

/**
 * Refuses a file in an older layout, or whose first event is in an older link format (a layout-3
 * file the previous version appended to after format-2 events): only `npm run migrate` reads
 * those. Two reads, whatever the file's size.
 */
export function refuseOlderFormats(db: Database.Database, filename: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LAYOUT) throw new Error(`the store was written by a newer version (layout ${version}, this one knows ${LAYOUT})`);
  if (!hasEventsTable(db)) return;
  if (version < LAYOUT) throw new StoreNeedsUpgradeError(`sqlite:${filename}`, `bố cục ${version || 1}`);
  const first = db.prepare('SELECT metadata FROM events ORDER BY position LIMIT 1').get() as { metadata: string } | undefined;
  if (first && !inLinkFormat(first.metadata)) throw new StoreNeedsUpgradeError(`sqlite:${filename}`, 'sự kiện đầu ở định dạng liên kết cũ');
}

const hasEventsTable = (db: Database.Database) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get() !== undefined;

/** Creates the tables in a new file, in one transaction. */
export function prepareSchema(db: Database.Database): void {
  if (hasEventsTable(db) || db.readonly) return;
  db.transaction(() => {
    db.exec(TABLES);
    db.pragma(`user_version = ${LAYOUT}`);
  }).immediate();
}
