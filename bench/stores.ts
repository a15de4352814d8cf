/**
 * Only the store figures of `npm run bench`, on SQLite and on PostgreSQL in the same run:
 * `npm run bench:stores` (a few minutes instead of the whole benchmark's quarter hour);
 * `npm run bench:stores -- --writes` only the append figures (no national store needed).
 */
import 'reflect-metadata';
import { ensureStore, parseShape } from './national/store-file';
import { planNationalData } from './national/plan';
import { httpRecordScore, inProcessCommands } from './sections/commands';
import { chainVerification, rebuild } from './sections/read-side';
import { coldStartWithoutSnapshot } from './sections/service';
import { storeTable, type Row } from './sections/shared';
import { storeAppends } from './sections/appends';
import { dropBenchDatabases, postgresCopy, sqliteStore } from './sections/stores';

const log = (line: string) => console.error(`[bench] ${line}`);
/** The national shape unless `--units`, `--years`... name a smaller one (as `npm run bench:generate` takes). */
const NATIONAL = parseShape(process.argv.slice(2).filter((arg) => arg !== '--writes')).shape;

async function main(): Promise<void> {
  const writesOnly = process.argv.includes('--writes');
  const rows: Row[] = [];
  try {
    for (const kind of ['SQLite', 'PostgreSQL'] as const)
      rows.push(...(await storeAppends(kind, log)), ...(await inProcessCommands(NATIONAL, log, kind)));
    // Relative to the bare Apollo server only in the full run; here the ratio to SQLite is what counts.
    const sqlite = await httpRecordScore(NATIONAL, Number.NaN, log);
    rows.push(...sqlite.rows, ...(await httpRecordScore(NATIONAL, Number.NaN, log, 'PostgreSQL', sqlite.reqPerSec)).rows);
    if (writesOnly) return;
    const national = await ensureStore(NATIONAL, log);
    const plan = planNationalData(NATIONAL);
    for (const on of [sqliteStore(national), await postgresCopy(national, 'national', log)]) {
      rows.push(...(await rebuild(on, log)));
      rows.push((await coldStartWithoutSnapshot(on, plan, log)).row);
      rows.push(...(await chainVerification(on, log)));
    }
  } finally {
    await dropBenchDatabases();
    console.log(storeTable(rows));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
