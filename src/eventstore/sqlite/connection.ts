import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EventStoreFullError, EventStoreUnavailableError, StoreNeedsUpgradeError } from '../errors';
import { prepareSchema, refuseOlderFormats } from './schema';

/** What the SQLite adapter's parts share: one connection, and what its writes tell its reads and subscriptions. */
export interface SqliteContext {
  readonly db: Database.Database;
  readonly filename: string;
  /** The highest revision each stream can have, as far as this connection knows (see SqliteStreamReads). */
  readonly known: Map<string, number>;
  /** Subscriptions to wake after a commit. */
  readonly listeners: Set<() => void>;
}

export interface OpenOptions {
  /** Applied after the durability settings (tests use `max_page_count` to fill the disk). */
  pragmas?: Record<string, string | number>;
  /** An existing file, for reading only: nothing is created or written. */
  readonly?: boolean;
}

/**
 * Opens the file (creating it and its folder unless read-only) in WAL mode with synchronous=FULL,
 * so an append that returned is on disk, and prepares its tables.
 */
export function openDatabase(filename: string, options: OpenOptions): Database.Database {
  const readonly = options.readonly ?? false;
  if (filename !== ':memory:' && !readonly) fs.mkdirSync(path.dirname(path.resolve(filename)), { recursive: true });
  let db: Database.Database | undefined;
  try {
    db = new Database(filename, { readonly, fileMustExist: readonly });
    db.pragma('busy_timeout = 5000');
    // Before anything is written: a file in an older format is left exactly as it was.
    refuseOlderFormats(db, filename);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      for (const [name, value] of Object.entries(options.pragmas ?? {})) db.pragma(`${name} = ${value}`);
    }
    prepareSchema(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreNeedsUpgradeError) throw error;
    throw new EventStoreUnavailableError(`Cannot open the event store at ${filename}: ${(error as Error).message}`);
  }
}

/** Runs `work` on the connection: SQLite's errors of a full disk or a damaged file become the port's. */
export function guard<T>(db: Database.Database, work: () => T): T {
  if (!db.open) throw new EventStoreUnavailableError('The event store is closed');
  try {
    return work();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_FULL') throw new EventStoreFullError((error as Error).message);
    if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN)/.test(code))
      throw new EventStoreUnavailableError(`The event store cannot be used: ${(error as Error).message}`);
    throw error;
  }
}
