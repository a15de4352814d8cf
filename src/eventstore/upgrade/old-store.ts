import Database from 'better-sqlite3';
import pg from 'pg';
import { COLUMNS, toRecorded, type EventRow } from '../event-row';
import type { StoreSettings } from '../open-store';
import type { RecordedEvent } from '../port';
import { types } from '../postgres/pg-types';
import { DEFAULT_SCHEMA } from '../postgres/connection';
import { tablesIn } from '../postgres/schema';

/**
 * A store in an older layout or link format, opened for reading only: the source of an upgrade.
 * SQLite layouts 1 to 3 and the PostgreSQL table all keep the same event columns, which is all
 * that is read here; nothing is written, so the old file stays byte for byte as it was.
 */
export interface OldStore {
  /** Up to `count` events after `after`, in log order, with their data and metadata as stored. */
  page(after: number, count: number): Promise<RecordedEvent[]>;
  /** The event at `position`, if the log holds it. */
  eventAt(position: number): Promise<RecordedEvent | undefined>;
  close(): Promise<void>;
}

export async function openOldStore(settings: StoreSettings): Promise<OldStore> {
  if (settings.kind === 'sqlite') return sqliteOldStore(settings.filename);
  if (settings.kind === 'postgres') return postgresOldStore(settings.connectionString);
  throw new Error('KurrentDB stores were only ever written in link format 3: they need no upgrade');
}

function sqliteOldStore(filename: string): OldStore {
  const db = new Database(filename, { readonly: true, fileMustExist: true });
  const page = db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`).raw();
  const one = db.prepare(`SELECT ${COLUMNS} FROM events WHERE position = ?`).raw();
  return {
    page: async (after, count) => (page.all(after, count) as EventRow[]).map(toRecorded),
    eventAt: async (position) => {
      const row = one.get(position) as EventRow | undefined;
      return row && toRecorded(row);
    },
    close: async () => void db.close(),
  };
}

function postgresOldStore(connectionString: string): OldStore {
  const pool = new pg.Pool({ connectionString, types, max: 1 });
  const { events } = tablesIn(DEFAULT_SCHEMA);
  // The stored text (json keeps it as written), so the old links are checked over what was hashed.
  const select = `SELECT position, id, stream, revision, type, data::text AS data, metadata::text AS metadata, recorded_at FROM ${events}`;
  const rows = async (where: string, values: unknown[]) =>
    (await pool.query<Record<string, string | number>>(`${select} ${where}`, values)).rows.map((row) =>
      toRecorded([row.position, row.id, row.stream, row.revision, row.type, row.data, row.metadata, row.recorded_at] as EventRow),
    );
  return {
    page: (after, count) => rows('WHERE position > $1 ORDER BY position LIMIT $2', [after, count]),
    eventAt: async (position) => (await rows('WHERE position = $1', [position]))[0],
    close: () => pool.end(),
  };
}
