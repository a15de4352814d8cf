import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { EventRow } from '../event-row';
import type { Page, PageRequest, ReadAheadData } from '../read-ahead';
import type { SqliteReadAheadData } from './read-ahead';

/** A read-ahead's thread (sqliteReadAhead): pages of raw rows after its cursor, on its own read-only connection. */
const settings = workerData as SqliteReadAheadData & ReadAheadData;
let after = settings.after;
let db: Database.Database | null = null;
let read: Database.Statement<[number, number], EventRow> | null = null;

function nextPage(): Page {
  if (!db || !read) {
    db = new Database(settings.filename, { readonly: true, fileMustExist: true });
    read = db.prepare<[number, number], EventRow>(settings.sql).raw();
  }
  const rows = read.all(after, settings.page);
  if (rows.length > 0) after = rows[rows.length - 1][0];
  return { rows };
}

parentPort!.on('message', (message: PageRequest) => {
  if (message === 'close') {
    db?.close();
    parentPort!.close();
    return;
  }
  let page: Page;
  try {
    page = nextPage();
  } catch (error) {
    page = { error: (error as Error).message };
  }
  parentPort!.postMessage(page);
});
