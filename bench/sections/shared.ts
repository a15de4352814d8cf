import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Role } from '../../src/kernel/actor';
import { signLocalToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';

/** One line of the results table. */
export interface Row {
  measure: string;
  figure: string;
  target?: string;
  met?: boolean;
  /** For the store figures: which store, and the short name of the measure both stores share. */
  store?: { kind: string; measure: string };
}

export type Log = (line: string) => void;

const met = (row: Row) => (row.met === undefined ? '' : row.met ? 'yes' : '**no**');

export function table(rows: Row[]): string {
  const lines = ['| measure | figure | target | met |', '|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.measure} | ${row.figure} | ${row.target ?? ''} | ${met(row)} |`);
  return lines.join('\n');
}

/** The store figures side by side: one column per store, each figure with its target and whether it is met. */
export function storeTable(rows: Row[]): string {
  const lines = ['| store measure | SQLite | PostgreSQL |', '|---|---|---|'];
  const cell = (row: Row | undefined) => (row ? `${row.figure}${row.target ? ` (target ${row.target}: ${met(row)})` : ''}` : '–');
  const measures = [...new Set(rows.flatMap((row) => (row.store ? [row.store.measure] : [])))];
  for (const measure of measures) {
    const of = (kind: string) => rows.find((row) => row.store?.kind === kind && row.store.measure === measure);
    lines.push(`| ${measure} | ${cell(of('SQLite'))} | ${cell(of('PostgreSQL'))} |`);
  }
  return lines.join('\n');
}

/** The p-th percentile of ascending figures. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A token the service on `store` accepts (signed with the local development key in its data folder). */
export function tokenFor(store: { address: string; dataDir: string }, sub: string, role: Role, unit?: string): Promise<string> {
  const config = loadConfig({ THIDUA_STORE: store.address, THIDUA_DATA_DIR: store.dataDir });
  return signLocalToken(config.auth, sub, { role, unit }, '2h');
}

/** A fresh folder for a store that a benchmark writes into. */
export function freshStoreFile(name: string): string {
  const dir = path.join('data', 'bench', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, 'thidua.db');
}

/** The recorded time and position of the last event of `year`'s cluster years: "as known once that year was done". */
export function endOfYear(store: string, year: number): { position: number; recordedAt: string } {
  const db = new Database(store, { readonly: true });
  try {
    const row = db
      .prepare<[string], { position: number; recorded_at: string }>(
        'SELECT position, recorded_at FROM events WHERE position = (SELECT MAX(position) FROM events WHERE stream GLOB ?)',
      )
      .get(`clusteryear-*-${year}`)!;
    return { position: row.position, recordedAt: row.recorded_at };
  } finally {
    db.close();
  }
}

/** A GraphQL request body, as the load runs send it. */
export const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
