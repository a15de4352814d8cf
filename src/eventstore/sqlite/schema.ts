import type Database from 'better-sqlite3';

/**
 * The layout this adapter writes, kept in `PRAGMA user_version`. Layout 3 has layout 2's tables;
 * it marks a file whose new events are in link format 3 (data and metadata stored as the bytes the
 * link covers), so a version that would append format 2 after them refuses to open it.
 */
const VERSION = 3;

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

/** Version 1 had no streams table and a unique (stream, revision) over the names. */
const FROM_VERSION_1 = `
ALTER TABLE events RENAME TO events_v1;
${TABLES}
INSERT INTO streams (name) SELECT stream FROM events_v1 GROUP BY stream ORDER BY MIN(position);
INSERT INTO events (position, id, stream_id, stream, revision, type, data, metadata, recorded_at, hash)
  SELECT e.position, e.id, s.stream_id, e.stream, e.revision, e.type, e.data, e.metadata, e.recorded_at, e.hash
  FROM events_v1 e JOIN streams s ON s.name = e.stream ORDER BY e.position;
DROP TABLE events_v1;
`;

/** Creates the tables in a new file, or brings an older file's layout up to date in one transaction. */
export function prepareSchema(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  // Layout 2 has the same tables: a read-only reader (an auditor verifying an old backup) needs no change.
  if (version === VERSION || (version === 2 && db.readonly)) return;
  if (version > VERSION) throw new Error(`the store was written by a newer version (layout ${version}, this one knows ${VERSION})`);
  const hasEvents = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get() !== undefined;
  db.transaction(() => {
    if (version < 2) db.exec(hasEvents ? FROM_VERSION_1 : TABLES);
    db.pragma(`user_version = ${VERSION}`);
  }).immediate();
}
