/**
 * Every benchmark of issue 7 in one run, printed as one table: `npm run bench`.
 * The national data set (and the 1- and 5-year sets for asOf) are generated through the command
 * pipeline the first time and reused after (data/bench/). HTTP figures are autocannon at 50
 * connections on loopback against the service in its own process, next to bare @apollo/server
 * answering `{ hello }` measured in the same run. BENCH_SECONDS sets each load's length (10);
 * BENCH_DOSSIERS the number of award dossiers of 20 items each (10,000), generated once like the national set.
 */
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { load } from './lib/load';
import { readModelFootprint } from './sections/read-model-footprint';
import { startHello } from './lib/processes';
import { planNationalData } from './national/plan';
import { ensureStore, parseShape } from './national/store-file';
import { asOfAgainstHistory } from './sections/as-of';
import { httpRecordScore, inProcessCommands } from './sections/commands';
import { awardDossiers, dossierShape } from './sections/dossiers';
import { chainVerification, rebuild } from './sections/read-side';
import { coldStartWithoutSnapshot, nationalService } from './sections/service';
import { fmt, storeTable, table, type Row } from './sections/shared';
import { storeAppends } from './sections/appends';
import { dropBenchDatabases, postgresCopy, sqliteStore } from './sections/stores';

const log = (line: string) => console.error(`[bench] ${line}`);
/** The national shape unless `--units`, `--years`... name a smaller one (as `npm run bench:generate` takes). */
const NATIONAL = parseShape(process.argv.slice(2)).shape;

async function hello(): Promise<{ rows: Row[]; reqPerSec: number }> {
  const server = await startHello();
  const figures = await load({ url: server.url, body: JSON.stringify({ query: '{ hello }' }) });
  await server.stop();
  log(`hello: ${figures.reqPerSec} req/s`);
  return {
    reqPerSec: figures.reqPerSec,
    rows: [
      {
        measure: 'Reference: bare @apollo/server 5 answering `{ hello }`',
        figure: `${fmt(figures.reqPerSec)} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms`,
      },
    ],
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const national = await ensureStore(NATIONAL, log);
  const histories = [];
  for (const years of [1, 5].filter((shorter) => shorter < NATIONAL.years)) {
    const shape = { ...NATIONAL, years };
    histories.push({ years, file: await ensureStore(shape, log), plan: planNationalData(shape) });
  }
  histories.push({ years: NATIONAL.years, file: national, plan: planNationalData(NATIONAL) });

  const reference = await hello();
  const rows: Row[] = [...reference.rows];
  rows.push(...(await storeAppends('SQLite', log)));
  rows.push(...(await inProcessCommands(NATIONAL, log)));
  const http = await httpRecordScore(NATIONAL, reference.reqPerSec, log);
  rows.push(...http.rows);
  rows.push(...(await rebuild(sqliteStore(national), log)));
  rows.push(...(await readModelFootprint(sqliteStore(national), log)));
  rows.push(...(await nationalService(national, planNationalData(NATIONAL), reference.reqPerSec, log)));
  rows.push(...(await asOfAgainstHistory(histories, log)));
  rows.push(...(await chainVerification(sqliteStore(national), log)));
  rows.push(...(await awardDossiers(dossierShape(), log)));

  // The same store figures on the local PostgreSQL server, in the same run.
  const postgresRows: Row[] = [];
  try {
    postgresRows.push(...(await storeAppends('PostgreSQL', log)));
    postgresRows.push(...(await inProcessCommands(NATIONAL, log, 'PostgreSQL')));
    postgresRows.push(...(await httpRecordScore(NATIONAL, reference.reqPerSec, log, 'PostgreSQL', http.reqPerSec)).rows);
    const copy = await postgresCopy(national, 'national', log);
    postgresRows.push(...(await rebuild(copy, log)));
    postgresRows.push((await coldStartWithoutSnapshot(copy, planNationalData(NATIONAL), log)).row);
    postgresRows.push(...(await chainVerification(copy, log)));
  } finally {
    await dropBenchDatabases();
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\nNational data set: ${NATIONAL.units} units, ${NATIONAL.clusters} clusters, ${NATIONAL.years} years, ${NATIONAL.criteria} criteria, seed ${NATIONAL.seed}.`,
  );
  console.log(
    `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  );
  console.log(`Run took ${((performance.now() - started) / 60000).toFixed(1)} min.\n`);
  console.log(table(rows));
  console.log('\nStore figures on SQLite and on PostgreSQL (the local server), same run:\n');
  console.log(storeTable([...rows, ...postgresRows]));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
