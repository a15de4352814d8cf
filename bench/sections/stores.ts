import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { parseStore } from '../../src/config';
import { openStore } from '../../src/eventstore/open-store';
import type { EventStore } from '../../src/eventstore/port';
import { migrate } from '../../src/ops/migrate';
import { freshStoreFile, type Log } from './shared';

export type StoreKind = 'SQLite' | 'PostgreSQL';

/** A store a benchmark writes or reads: its THIDUA_STORE address and the folder of its keys. */
export interface BenchStore {
  kind: StoreKind;
  address: string;
  dataDir: string;
  open(): Promise<EventStore>;
}

/** The PostgreSQL server the benchmarks create their databases on (a maintenance database URL). */
const ADMIN_URL = process.env.BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const created = new Set<string>();

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function storeAt(kind: StoreKind, address: string, dataDir: string): BenchStore {
  return { kind, address, dataDir, open: () => openStore(parseStore(address)) };
}

export const sqliteStore = (file: string): BenchStore => storeAt('SQLite', `sqlite:${file}`, path.dirname(file));

/** An empty store of `kind` named for the benchmark (a fresh file, or a fresh database on the PostgreSQL server). */
export async function freshStore(kind: StoreKind, name: string): Promise<BenchStore> {
  if (kind === 'SQLite') return sqliteStore(freshStoreFile(name));
  const dataDir = path.dirname(freshStoreFile(`${name}-postgres`));
  const database = `thidua_bench_${name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`;
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${database}`);
  created.add(database);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return storeAt(kind, url.toString(), dataDir);
}

/** The SQLite store copied verbatim into a fresh PostgreSQL database (npm run migrate's code), with its audit key. */
export async function postgresCopy(file: string, name: string, log: Log): Promise<BenchStore> {
  const target = await freshStore('PostgreSQL', name);
  const [from, to] = [await sqliteStore(file).open(), await target.open()];
  const report = await migrate(from, to, (copied, head) => copied % 200_000 < 2000 && log(`copying into PostgreSQL: ${copied} of ${head}`));
  await Promise.all([from.close(), to.close()]);
  if (!report.verification.ok || report.firstDifference)
    throw new Error(`the PostgreSQL copy differs: ${JSON.stringify(report.firstDifference)}`);
  fs.copyFileSync(path.join(path.dirname(file), 'audit-signing-key.pem'), path.join(target.dataDir, 'audit-signing-key.pem'));
  return target;
}

/** Drops every database the benchmarks created on the shared server. */
export async function dropBenchDatabases(): Promise<void> {
  for (const database of created) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  created.clear();
}
