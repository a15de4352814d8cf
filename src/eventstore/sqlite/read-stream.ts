import type Database from 'better-sqlite3';
import { ChainBrokenError } from '../errors';
import { COLUMNS, toRecorded, type EventRow } from '../event-row';
import type { RecordedEvent } from '../port';
import type { SqliteContext } from './connection';
import { misfiledProblem } from './quick-check';

/**
 * A stream is read through its `stream_id` row, which the chain does not cover: what comes back
 * must be that stream's events and all of them, or a command would decide on someone else's
 * history (or on one with a hole).
 */
function assertWholeStream(stream: string, fromRevision: number, events: RecordedEvent[]): void {
  events.forEach((event, i) => {
    if (event.stream !== stream) throw new ChainBrokenError(event.position, misfiledProblem(event.position));
    if (event.revision !== Math.max(fromRevision, 0) + i)
      throw new ChainBrokenError(
        event.position,
        `luồng ${stream} nhảy từ phiên bản ${Math.max(fromRevision, 0) + i - 1} sang ${event.revision}`,
      );
  });
}

/**
 * Stream reads. The connection remembers the highest revision each stream can have (`known`:
 * what it wrote and what it read). A read from past it needs no query while no other connection
 * has written since (SQLite's data_version, checked once per turn of the event loop). Commands read
 * the tails of three streams each, and those tails are almost always empty. A stale answer costs
 * nothing more than a read made a moment earlier: appends check the expected revision in the
 * write transaction.
 */
export class SqliteStreamReads {
  private readonly statement: Database.Statement<[string, number], EventRow>;
  private dataVersion = -1;
  private versionCheckedThisTurn = false;

  constructor(private readonly context: SqliteContext) {
    this.statement = context.db
      .prepare<[string, number], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = (SELECT stream_id FROM streams WHERE name = ?) AND revision >= ? ORDER BY revision`,
      )
      .raw();
  }

  /** The stream from `fromRevision` (inclusive); called under the connection's guard. */
  read(stream: string, fromRevision: number): RecordedEvent[] {
    const { known } = this.context;
    this.forgetIfOthersWrote();
    if ((known.get(stream) ?? Number.POSITIVE_INFINITY) < fromRevision) return [];
    const events = this.statement.all(stream, fromRevision).map(toRecorded);
    assertWholeStream(stream, fromRevision, events);
    known.set(stream, events.length ? events[events.length - 1].revision : fromRevision - 1);
    return events;
  }

  private forgetIfOthersWrote(): void {
    if (this.versionCheckedThisTurn) return;
    this.versionCheckedThisTurn = true;
    setImmediate(() => (this.versionCheckedThisTurn = false));
    const version = this.context.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.dataVersion) this.context.known.clear();
    this.dataVersion = version;
  }
}
