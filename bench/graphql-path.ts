/**
 * The GraphQL path alone, on a small generated data set (seconds to make, unlike the national one):
 * bare Apollo `{ hello }`, then the service's reads, a revalidation answered 304 and recordScore over
 * HTTP, once with each executor (THIDUA_GRAPHQL_EXECUTOR), all in one run so the ratios compare.
 * `npm run bench:graphql-path`; BENCH_SECONDS sets each load's length (10).
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { GRAPHQL_EXECUTORS } from '../src/config';
import { Role } from '../src/domain/shared/actor';
import { ask, measured, type LoadFigures, type Measured } from './lib/load';
import { startHello, startService, verified } from './lib/processes';
import { planNationalData, type Shape } from './national/plan';
import { ensureStore, NATIONAL } from './national/store-file';
import { httpRecordScore } from './sections/commands';
import { fmt, tokenFor, type Row, table } from './sections/shared';
import { nationalReads } from './sections/service';
import { sqliteStore } from './sections/stores';

const SMALL: Shape = { units: 300, clusters: 40, years: 2, criteria: 40, seed: 1 };
const log = (line: string) => console.error(`[bench] ${line}`);

async function hello(): Promise<Measured> {
  const server = await startHello();
  const figures = await measured(server, { body: JSON.stringify({ query: '{ hello }' }) });
  await server.stop();
  log(`hello: ${figures.reqPerSec} req/s, ${figures.cpuUsPerRequest.toFixed(0)} µs CPU per request`);
  return figures;
}

async function main(): Promise<void> {
  const file = await ensureStore(SMALL, log);
  const plan = planNationalData(SMALL);
  const lastYear = plan.firstYear + SMALL.years - 1;
  const on = sqliteStore(file);
  const token = await tokenFor(on, 'bench-admin', Role.ADMIN);
  // Repeated reads are answered from the kept answers (history ones too), so the executor shows in
  // the first answer of each and in the writes below.
  const reads = nationalReads(file, plan, lastYear);

  const helloBefore = await hello();
  const figures = new Map<string, LoadFigures & { cpuUsPerRequest?: number }>();
  for (const executor of GRAPHQL_EXECUTORS) {
    const env = { THIDUA_GRAPHQL_EXECUTOR: executor };
    const service = await startService(on, env, (url) => ask(url, token, reads[0][1]));
    await verified(service);
    for (const [name, request] of reads) {
      await ask(service.url, token, request);
      figures.set(`${name}|${executor}`, await measured(service, { token, body: request }));
    }
    const { etag } = await ask(service.url, token, reads[0][1]);
    figures.set(
      `\`rankings\` revalidated, answered 304 (If-None-Match)|${executor}`,
      await measured(service, { token, body: reads[0][1], headers: { 'if-none-match': etag! }, expectStatus: 304 }),
    );
    await service.stop();
    figures.set(`recordScore over HTTP, 50 connections|${executor}`, await recordScoreIn(executor));
  }
  const helloAfter = await hello();
  const reference = (helloBefore.reqPerSec + helloAfter.reqPerSec) / 2;
  const referenceCpu = (helloBefore.cpuUsPerRequest + helloAfter.cpuUsPerRequest) / 2;

  const rows: Row[] = [
    {
      measure: 'bare @apollo/server `{ hello }` (before, after)',
      figure: `${fmt(helloBefore.reqPerSec)}, ${fmt(helloAfter.reqPerSec)} req/s; ${fmt(referenceCpu)} µs CPU per request`,
    },
  ];
  for (const [key, f] of figures) {
    const [measure, executor] = key.split('|');
    rows.push({
      measure: `${measure} — ${executor}`,
      figure: `${fmt(f.reqPerSec)} req/s (${(f.reqPerSec / reference).toFixed(2)} × hello), p50 ${f.p50} ms, p99 ${f.p99} ms${f.failures ? `, ${f.failures} failed` : ''}${
        f.cpuUsPerRequest
          ? `; ${fmt(f.cpuUsPerRequest)} µs CPU per request (${(referenceCpu / f.cpuUsPerRequest).toFixed(2)} × hello by CPU)`
          : ''
      }`,
    });
  }
  console.log(`\nSmall data set: ${SMALL.units} units, ${SMALL.clusters} clusters, ${SMALL.years} years, ${SMALL.criteria} criteria.`);
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}.\n`,
  );
  console.log(table(rows));
}

/**
 * The recordScore section in a process of its own: it makes a fresh store and signing key each
 * time, and a process keeps the first key it read. Its service inherits THIDUA_GRAPHQL_EXECUTOR.
 * Only the directory and an opened year are written for it, so the national shape costs seconds.
 */
async function recordScoreIn(executor: string): Promise<LoadFigures> {
  const { stdout } = await promisify(execFile)(process.execPath, [__filename, RECORD_SCORE], {
    env: { ...process.env, THIDUA_GRAPHQL_EXECUTOR: executor },
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout) as LoadFigures;
}

const RECORD_SCORE = 'record-score';

(process.argv[2] === RECORD_SCORE
  ? httpRecordScore(NATIONAL, NaN, log).then(({ figures }) => console.log(JSON.stringify(figures)))
  : main()
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
