import fs from 'node:fs';
import path from 'node:path';
import { Role } from '../../src/kernel/actor';
import { ask, load, type LoadFigures } from '../lib/load';
import { startService, type Running } from '../lib/processes';
import type { Plan } from '../national/plan';
import { frontendApi } from './frontend-api';
import { body, endOfYear, fmt, tokenFor, type Log, type Row } from './shared';
import { sqliteStore, type BenchStore } from './stores';

const SNAPSHOT = 'read-models.snapshot';

const RANKINGS = `query($c: ID!, $y: Int!, $asOf: AsOf) { rankings(clusterId: $c, year: $y, asOf: $asOf) {
  clusterId year finalized criteriaSet { criteriaSetId version }
  units { unitId rank classification qualifiesForTitleId effectiveStage effectiveTotal totals { stage standard bonus penalty total scoredCriteria } } } }`;
const SCORE_HISTORY = `query($c: ID!, $y: Int!, $u: ID!, $k: ID!) { scoreHistory(clusterId: $c, year: $y, unitId: $u, criterionId: $k) {
  position recordedAt stage from to reason actor { id role unitId } commandId } }`;
const AUDIT_TRAIL =
  'query { auditTrail(first: 20) { edges { cursor node { position stream type recordedAt actor { id role } commandId reason data hash } } pageInfo { hasNextPage endCursor } } }';

/**
 * The reads every GraphQL-path figure is measured on: one cluster year's ranking now and asOf the
 * end of the first year (kind 'asof'), one score's history, the audit trail's first page.
 */
export function nationalReads(file: string, plan: Plan, lastYear: number): [string, string, string?][] {
  const cluster = plan.clusters[0];
  const year1 = endOfYear(file, plan.firstYear);
  return [
    ['`rankings` of one cluster year', body(RANKINGS, { c: cluster.clusterId, y: lastYear })],
    [
      `\`rankings\` of the same cluster year asOf the end of year 1 (${year1.recordedAt})`,
      body(RANKINGS, { c: cluster.clusterId, y: plan.firstYear, asOf: year1.recordedAt }),
      'asof',
    ],
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
}

/** Starts the service on a store and returns it once it answers `rankings`. */
export async function serviceOn(on: BenchStore, plan: Plan, lastYear: number): Promise<{ service: Running; token: string }> {
  const token = await tokenFor(on, 'bench-admin', Role.ADMIN);
  const first = body(RANKINGS, { c: plan.clusters[0].clusterId, y: lastYear });
  // `ask` waits out the load shedding while the service writes its snapshot after a long replay.
  const service = await startService(on, {}, (url) => ask(url, token, first));
  return { service, token };
}

/** A start that replays the whole log (no snapshot in the data folder): the store's share of a cold start. */
export async function coldStartWithoutSnapshot(on: BenchStore, plan: Plan, log: Log): Promise<{ row: Row; service: Running }> {
  fs.rmSync(path.join(on.dataDir, SNAPSHOT), { force: true });
  const cold = await serviceOn(on, plan, plan.firstYear + plan.shape.years - 1);
  log(`cold start without snapshot on ${on.kind}: ${(cold.service.startMs / 1000).toFixed(1)} s`);
  await snapshotWritten(cold.service);
  await cold.service.stop();
  return {
    service: cold.service,
    row: {
      measure: 'Cold start to answering queries, no snapshot (replays the whole log)',
      figure: `${(cold.service.startMs / 1000).toFixed(1)} s`,
      store: { kind: on.kind, measure: 'Cold start without a snapshot (replays the log)' },
    },
  };
}

/** Waits until the service has written its snapshot after a long replay. */
async function snapshotWritten(service: Running): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!service.logs.some((line) => line.includes('read-model snapshot written'))) {
    if (Date.now() > deadline) throw new Error('the service wrote no snapshot within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const ratio = (figures: LoadFigures, hello: number) => `${(figures.reqPerSec / hello).toFixed(2)} × hello`;
const figure = (f: LoadFigures, hello: number, bytes: number) =>
  `${fmt(f.reqPerSec)} req/s (${ratio(f, hello)}), p50 ${f.p50} ms, p99 ${f.p99} ms, ${fmt(bytes / 1024, 1)} KB answer${f.failures ? `, ${f.failures} failed` : ''}`;

const MiB = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MiB`;

/** What the service's memory holds, from its /metrics: V8's heap spaces and each cache's entries and bytes. */
async function memoryParts(graphqlUrl: string): Promise<string> {
  const text = await (await fetch(new URL('/metrics', graphqlUrl))).text();
  const samples = (name: string, label: string) =>
    [...text.matchAll(new RegExp(`^${name}\\{${label}="([^"]+)"\\} (\\S+)$`, 'gm'))].map(([, key, value]) => [key, Number(value)] as const);
  const spaces = samples('thidua_nodejs_heap_space_size_used_bytes', 'space')
    .filter(([, bytes]) => bytes >= 1024 * 1024)
    .map(([space, bytes]) => `${space} ${MiB(bytes)}`);
  const entries = new Map(samples('thidua_cache_entries', 'cache'));
  const caches = samples('thidua_cache_bytes', 'cache').map(
    ([cache, bytes]) => `${cache} ${fmt(entries.get(cache) ?? 0)} entries ≈ ${MiB(bytes)}`,
  );
  return `heap used: ${spaces.join(', ')}; caches: ${caches.join(', ')}`;
}

/** Cold starts without and with a snapshot, then queries at 50 connections and memory, on the national data set. */
export async function nationalService(file: string, plan: Plan, helloReqPerSec: number, log: Log): Promise<Row[]> {
  const lastYear = plan.firstYear + plan.shape.years - 1;
  const rows: Row[] = [];

  const on = sqliteStore(file);
  rows.push((await coldStartWithoutSnapshot(on, plan, log)).row);

  const { service, token } = await serviceOn(on, plan, lastYear);
  log(`cold start with snapshot: ${(service.startMs / 1000).toFixed(1)} s`);
  rows.push({
    measure: 'Cold start to answering queries, with the read-model snapshot',
    figure: `${(service.startMs / 1000).toFixed(1)} s`,
    target: '≤ 3 s',
    met: service.startMs <= 3000,
  });

  const queries = nationalReads(file, plan, lastYear);
  let current: LoadFigures | null = null;
  for (const [name, request, kind] of queries) {
    const { bytes } = await ask(service.url, token, request);
    const figures = await load({ url: service.url, token, body: request });
    log(`${name}: ${figures.reqPerSec} req/s`);
    if (!current) {
      current = figures;
      rows.push({
        measure: name,
        figure: figure(figures, helloReqPerSec, bytes),
        target: '≥ 0.6 × hello req/s',
        met: figures.reqPerSec >= 0.6 * helloReqPerSec,
      });
    } else if (kind === 'asof') {
      const latency = figures.mean / current.mean;
      rows.push({
        measure: name,
        figure: `${figure(figures, helloReqPerSec, bytes)}; mean latency ${latency.toFixed(2)} × current's`,
        target: 'latency ≤ 1.2 × current',
        met: latency <= 1.2,
      });
    } else rows.push({ measure: name, figure: figure(figures, helloReqPerSec, bytes) });
  }
  rows.push(...(await frontendApi(service.url, token, plan, lastYear, log)));
  const rss = service.rssMiB();
  const parts = await memoryParts(service.url);
  log(`resident memory ${rss} MiB: ${parts}`);
  rows.push({
    measure: 'Resident memory of the service with the national data set loaded (after the queries)',
    figure: `${fmt(rss)} MiB (${parts})`,
    target: '≤ 1,024 MiB',
    met: rss <= 1024,
  });
  await service.stop();
  return rows;
}
