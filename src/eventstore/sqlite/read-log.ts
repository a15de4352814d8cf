import type Database from 'better-sqlite3';
import { COLUMNS, toRecorded, type EventRow } from '../event-row';
import type { RecordedEvent } from '../port';

/** A page of the log after a position, in commit order (also what the read-ahead's worker asks). */
export const READ_ALL = `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`;

/** The global log, and where it ends; called under the connection's guard. */
export class SqliteLog {
  private readonly page: Database.Statement<[number, number], EventRow>;
  private readonly last: Database.Statement<[], { position: number | null }>;

  constructor(db: Database.Database) {
    this.page = db.prepare<[number, number], EventRow>(READ_ALL).raw();
    this.last = db.prepare<[], { position: number | null }>('SELECT MAX(position) AS position FROM events');
  }

  read(after: number, maxCount: number): RecordedEvent[] {
    return this.page.all(after, maxCount).map(toRecorded);
  }

  head(): number {
    return this.last.get()?.position ?? 0;
  }
}
