/**
 * The GraphQL path alone, on a small generated data set (seconds to make, unlike the national one):
 * bare Apollo `{ hello }`, then the service's reads, a revalidation answered 304 and recordScore over
 * HTTP, once with each executor (THIDUA_GRAPHQL_EXECUTOR), all in one run so the ratios compare.
 * `npm run bench:graphql-path`; BENCH_SECONDS sets each load's length (10).
 */
import 'reflect-metadata';
import os from 'node:os';
import { GRAPHQL_EXECUTORS } from '../src/config';
import { Role } from '../src/domain/shared/actor';
import { ask, load, type LoadFigures } from './lib/load';
import { startHello, startService } from './lib/processes';
import { planNationalData, type Shape } from './national/plan';
import { ensureStore } from './national/store-file';
import { httpRecordScore } from './sections/commands';
import { body, fmt, tokenFor, type Row, table } from './sections/shared';
import { sqliteStore } from './sections/stores';

const SMALL: Shape = { units: 300, clusters: 40, years: 2, criteria: 40, seed: 1 };
const log = (line: string) => console.error(`[bench] ${line}`);

const RANKINGS = `query($c: ID!, $y: Int!) { rankings(clusterId: $c, year: $y) {
  clusterId year finalized criteriaSet { criteriaSetId version }
  units { unitId rank classification qualifiesForTitleId effectiveStage effectiveTotal totals { stage standard bonus penalty total scoredCriteria } } } }`;
const SCORE_HISTORY = `query($c: ID!, $y: Int!, $u: ID!, $k: ID!) { scoreHistory(clusterId: $c, year: $y, unitId: $u, criterionId: $k) {
  position recordedAt stage from to reason actor { id role unitId } commandId } }`;
const AUDIT_TRAIL =
  'query { auditTrail(first: 20) { edges { cursor node { position stream type recordedAt actor { id role } commandId reason data hash } } pageInfo { hasNextPage endCursor } } }';

async function hello(): Promise<number> {
  const server = await startHello();
  const figures = await load({ url: server.url, body: JSON.stringify({ query: '{ hello }' }) });
  await server.stop();
  log(`hello: ${figures.reqPerSec} req/s`);
  return figures.reqPerSec;
}

async function main(): Promise<void> {
  const file = await ensureStore(SMALL, log);
  const plan = planNationalData(SMALL);
  const lastYear = plan.firstYear + SMALL.years - 1;
  const cluster = plan.clusters[0];
  const on = sqliteStore(file);
  const token = await tokenFor(on, 'bench-admin', Role.ADMIN);
  const reads: [string, string][] = [
    ['`rankings` of one cluster year', body(RANKINGS, { c: cluster.clusterId, y: lastYear })],
    [
      '`scoreHistory` of one score',
      body(SCORE_HISTORY, {
        c: cluster.clusterId,
        y: lastYear,
        u: cluster.memberUnitIds[0],
        k: plan.criteriaSet.sections[0].criteria[0].criterionId,
      }),
    ],
    ['`auditTrail` first page (20 events)', body(AUDIT_TRAIL)],
  ];

  const helloBefore = await hello();
  const figures = new Map<string, LoadFigures>();
  for (const executor of GRAPHQL_EXECUTORS) {
    const env = { THIDUA_GRAPHQL_EXECUTOR: executor };
    const service = await startService(on, env, (url) => ask(url, token, reads[0][1]));
    for (const [name, request] of reads) {
      await ask(service.url, token, request);
      figures.set(`${name}|${executor}`, await load({ url: service.url, token, body: request }));
    }
    const { etag } = await ask(service.url, token, reads[0][1]);
    figures.set(
      `\`rankings\` revalidated, answered 304 (If-None-Match)|${executor}`,
      await load({ url: service.url, token, body: reads[0][1], headers: { 'if-none-match': etag! }, expectStatus: 304 }),
    );
    await service.stop();
    // The recordScore section starts its own service, which inherits this process's environment.
    process.env.THIDUA_GRAPHQL_EXECUTOR = executor;
    const writes = await httpRecordScore(SMALL, helloBefore, log);
    figures.set(`recordScore over HTTP, 50 connections|${executor}`, writes.figures);
  }
  const helloAfter = await hello();
  const reference = (helloBefore + helloAfter) / 2;

  const rows: Row[] = [
    { measure: 'bare @apollo/server `{ hello }` (before, after)', figure: `${fmt(helloBefore)}, ${fmt(helloAfter)} req/s` },
  ];
  for (const [key, f] of figures) {
    const [measure, executor] = key.split('|');
    rows.push({
      measure: `${measure} — ${executor}`,
      figure: `${fmt(f.reqPerSec)} req/s (${(f.reqPerSec / reference).toFixed(2)} × hello), p50 ${f.p50} ms, p99 ${f.p99} ms${f.failures ? `, ${f.failures} failed` : ''}`,
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
