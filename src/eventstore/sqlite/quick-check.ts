import type Database from 'better-sqlite3';

/**
 * The stream an event's `stream_id` row names must be the stream its chained record names: reads
 * of a stream go through that row, which the chain does not cover.
 */
const MISFILED_EVENT = `SELECT e.position FROM events e LEFT JOIN streams s ON s.stream_id = e.stream_id
  WHERE s.name IS NOT e.stream ORDER BY e.position LIMIT 1`;

export const misfiledProblem = (position: number) =>
  `sự kiện ở vị trí ${position} được xếp vào dòng luồng (stream_id) khác với luồng mà bản ghi trong chuỗi của nó ghi`;

/**
 * SQLite's quick_check, then (on a file that passes it) the stream rows against the chained
 * records: the problems found, in words, none when sound.
 */
export function quickCheck(db: Database.Database): string[] {
  const problems = (db.pragma('quick_check') as { quick_check: string }[])
    .map((row) => row.quick_check)
    .filter((result) => result !== 'ok');
  if (problems.length > 0) return problems;
  const misfiled = db.prepare<[], { position: number }>(MISFILED_EVENT).get();
  return misfiled ? [misfiledProblem(misfiled.position)] : [];
}
