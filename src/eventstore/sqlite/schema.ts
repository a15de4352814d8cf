/**
 * One table holds the log: the integer primary key is the global position (AUTOINCREMENT so a
 * position is never reused, even after the newest event is removed by a restore), and the unique
 * (stream, revision) pair is what makes a concurrent append to the same revision fail.
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position     INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT    NOT NULL UNIQUE,
  stream       TEXT    NOT NULL,
  revision     INTEGER NOT NULL,
  type         TEXT    NOT NULL,
  data         TEXT    NOT NULL,
  metadata     TEXT    NOT NULL,
  recorded_at  TEXT    NOT NULL,
  hash         TEXT    NOT NULL,
  UNIQUE (stream, revision)
);
`;
