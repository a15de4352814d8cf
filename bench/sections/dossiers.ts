import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DossiersProjection } from '../../projections/awards/dossiers-projection';
import { ProjectionRunner } from '../../projections/runner';
import { addDossierItem, appraiseDossierItem, decideDossier, receiveDossier, submitDossier } from '../../src/awards/handlers';
import type { EventStore } from '../../src/eventstore/port';
import { Role } from '../../src/kernel/actor';
import { ask, load } from '../lib/load';
import { startService, verified } from '../lib/processes';
import {
  appraisals,
  decision,
  dossierIdOf,
  directoryPlan,
  drafted,
  ensureDossierStore,
  fateOf,
  itemOf,
  nameCountItems,
  partiesOf,
  pool,
  stepOf,
  FIRST_YEAR,
  YEARS,
  type DossierShape,
} from '../national/dossier-store';
import { body, fmt, freshStoreFile, percentile, tokenFor, type Log, type Row } from './shared';
import { sqliteStore } from './stores';

/** 10,000 dossiers of 20 items unless BENCH_DOSSIERS names fewer (or more). */
export function dossierShape(env: NodeJS.ProcessEnv = process.env): DossierShape {
  const dossiers = Number(env.BENCH_DOSSIERS ?? 10_000);
  if (!Number.isInteger(dossiers) || dossiers < 20)
    throw new Error(`BENCH_DOSSIERS must be a whole number of at least 20, got "${env.BENCH_DOSSIERS}"`);
  return { dossiers, items: 20 };
}

const AIM_MS = 200;

/** Commands/s and ascending latencies: one writer per list, each running its commands in order, all writers at once. */
async function timed(writers: (() => Promise<unknown>)[][]): Promise<{ perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    writers.map(async (commands) => {
      for (const command of commands) {
        const before = performance.now();
        await command();
        latencies.push(performance.now() - before);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / ((performance.now() - started) / 1000), latencies };
}

const stepRow = (name: string, { perSecond, latencies }: { perSecond: number; latencies: number[] }, what: string): Row => ({
  measure: `${name} in-process (${what})`,
  figure: `${fmt(perSecond)} commands/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
});

/**
 * The three steps a council's secretary and a proposer repeat most, on a copy of the dossier store
 * (the cached one stays as generated): a fresh sample of dossiers beyond the generated ones, one
 * writer per dossier, all of them at once.
 */
async function stepThroughput(file: string, shape: DossierShape, log: Log): Promise<Row[]> {
  const copy = freshStoreFile('dossiers-steps');
  // The log's last writes may still be in the write-ahead file beside it.
  for (const name of ['thidua.db', 'thidua.db-wal', 'audit-signing-key.pem'].filter((n) => fs.existsSync(path.join(path.dirname(file), n))))
    fs.copyFileSync(path.join(path.dirname(file), name), path.join(path.dirname(copy), name));
  const store: EventStore = await sqliteStore(copy).open();
  const plan = directoryPlan(shape);
  const parties = partiesOf(plan);
  const sample = Math.max(20, Math.min(1000, Math.round(shape.dossiers / 10)));
  const ids = Array.from({ length: sample }, (_, k) => shape.dossiers + k);
  await pool(0, sample, 200, (k) => drafted(store, parties, ids[k], 0));
  const add = await timed(
    ids.map((i) => Array.from({ length: shape.items }, (_, j) => () => addDossierItem(store, itemOf(i, j), stepOf('add', itemOf(i, j))))),
  );
  await pool(0, sample, 200, async (k) => {
    const dossier = { dossierId: dossierIdOf(ids[k]) };
    await submitDossier(store, dossier, stepOf('submit', dossier));
    await receiveDossier(store, dossier, stepOf('receive', dossier));
  });
  await pool(0, sample, 200, (k) => nameCountItems(store, plan, ids[k], shape.items));
  const appraise = await timed(
    ids.map((i) => appraisals(i, shape.items).map((input) => () => appraiseDossierItem(store, input, stepOf('appraise', input)))),
  );
  const decide = await timed(ids.map((i) => [() => decideDossier(store, decision(i), stepOf('decide', decision(i)))]));
  await store.close();
  log(`dossier steps: add ${fmt(add.perSecond)}/s, appraise ${fmt(appraise.perSecond)}/s, decide ${fmt(decide.perSecond)}/s`);
  return [
    stepRow('addDossierItem', add, `${fmt(sample * shape.items)} items into ${fmt(sample)} new dossiers, one writer each`),
    stepRow(
      'appraiseDossierItem',
      appraise,
      `${fmt(appraise.latencies.length)} items of ${fmt(sample)} received dossiers, count-only items named first`,
    ),
    stepRow('decideDossier', decide, `${fmt(sample)} appraised dossiers, one decision each`),
  ];
}

/** The dossiers' read model alone, built from the whole store: what a start without a snapshot spends on them. */
async function dossierRebuild(file: string, shape: DossierShape, log: Log): Promise<Row> {
  const store = await sqliteStore(file).open();
  const runner = new ProjectionRunner(store, [new DossiersProjection()]);
  const started = performance.now();
  await runner.start();
  const seconds = (performance.now() - started) / 1000;
  await runner.stop();
  await store.close();
  log(`dossiers read model: ${runner.processedPosition} events in ${seconds.toFixed(1)} s`);
  return {
    measure: `Dossiers read model rebuilt from the store (${fmt(shape.dossiers)} dossiers, ${fmt(runner.processedPosition)} events)`,
    figure: `${seconds.toFixed(1)} s (${fmt(runner.processedPosition / seconds)} events/s)`,
  };
}

const PARTY = '{ kind id }';
const ITEM = `itemId entryId entryName candidate ${PARTY} count registration verdict verdictReason prerequisites award { decisionNumber cap }`;
const DOSSIER = `dossierId year status proposer ${PARTY} addressee ${PARTY} items { ${ITEM} }`;
const AWARD = 'dossierId itemId entryId candidate { kind id } decisionNumber decisionDate { iso }';

/** Each report query with the variables it cycles through: one request after another asks a different one. */
function reportQueries(shape: DossierShape): [string, string, Record<string, unknown>[]][] {
  const plan = directoryPlan(shape);
  const years = Array.from({ length: YEARS }, (_, k) => ({ year: FIRST_YEAR + k }));
  const councils = [...new Set(partiesOf(plan).map((p) => p.councilId))];
  return [
    [
      '`dossier(id)` with its items',
      `query($id: ID!) { dossier(id: $id) { ${DOSSIER} history { step itemId } } }`,
      Array.from({ length: shape.dossiers }, (_, i) => ({ id: dossierIdOf(i) })),
    ],
    [
      '`dossiers(year, status)`',
      `query($year: Int, $status: DossierStatus) { dossiers(year: $year, status: $status) { dossierId year status proposer ${PARTY} } }`,
      years.flatMap((y) => ['DECIDED', 'RECEIVED', 'SUBMITTED', 'RETURNED'].map((status) => ({ ...y, status }))),
    ],
    [
      '`dossierInbox` of a provincial council',
      `query($a: ID!) { dossierInbox(addresseeId: $a) { dossierId status items { itemId } } }`,
      councils.map((a) => ({ a })),
    ],
    ['`unitAwards` of a unit', `query($u: ID!) { unitAwards(unitId: $u) { ${AWARD} } }`, plan.units.map((u) => ({ u: u.unitId }))],
    ['`awards(year)`', `query($year: Int) { awards(year: $year) { ${AWARD} kind count candidateName revoked clusterId } }`, years],
    [
      '`awardsConnection(year, first: 50)`',
      `query($year: Int) { awardsConnection(year: $year, first: 50) { totalCount nodes { ${AWARD} kind count candidateName revoked clusterId } } }`,
      years,
    ],
    [
      '`awardDecisions(year)`',
      'query($year: Int) { awardDecisions(year: $year) { dossierId year decisionNumber decisionDate { iso } authority } }',
      years,
    ],
    [
      '`awardSummary(year)`',
      'query($year: Int!) { awardSummary(year: $year) { year entries { entryId proposed approved decided revoked } persons { proposed decided } collectives { proposed decided } } }',
      years,
    ],
  ];
}

/** p50/p99 of each report query at 50 connections against the service in its own process, with its first (unkept) answer. */
async function reportLatencies(file: string, shape: DossierShape, log: Log): Promise<Row[]> {
  const on = sqliteStore(file);
  const token = await tokenFor(on, 'bench-admin', Role.ADMIN);
  const queries = reportQueries(shape);
  const first = body(queries[0][1], queries[0][2][0]);
  const service = await startService(on, {}, (url) => ask(url, token, first));
  const rows: Row[] = [];
  try {
    // The start's full check of the audit chain holds the event loop: measured beside it, the first load would carry it.
    await verified(service);
    for (const [name, query, variables] of queries) {
      const before = performance.now();
      const { bytes } = await ask(service.url, token, body(query, variables[variables.length - 1]));
      const firstMs = performance.now() - before;
      let next = 0;
      const figures = await load({ url: service.url, body: () => ({ body: body(query, variables[next++ % variables.length]), token }) });
      log(`${name}: ${figures.reqPerSec} req/s, p99 ${figures.p99} ms`);
      rows.push({
        measure: `${name}, 50 connections over ${fmt(variables.length)} distinct requests (${fmt(shape.dossiers)} dossiers)`,
        figure: `p50 ${figures.p50} ms, p99 ${figures.p99} ms (${fmt(figures.reqPerSec)} req/s${figures.failures ? `, ${figures.failures} failed` : ''}); first answer ${firstMs.toFixed(0)} ms, ${fmt(bytes / 1024, 1)} KB`,
        target: `p99 ≤ ${AIM_MS} ms`,
        met: figures.p99 <= AIM_MS && figures.failures === 0,
      });
    }
  } finally {
    await service.stop();
  }
  return rows;
}

/**
 * Award dossiers at scale: the store of `shape` (generated once through the handlers), the steps'
 * throughput on a fresh sample, the dossiers read model's rebuild, and the report queries over HTTP.
 */
export async function awardDossiers(shape: DossierShape, log: Log): Promise<Row[]> {
  const { file, seconds } = await ensureDossierStore(shape, log);
  const decided = Array.from({ length: shape.dossiers }, (_, i) => fateOf(i)).filter((f) => f.endsWith('DECIDED')).length;
  const rows: Row[] = [
    {
      measure: `Dossier store: ${fmt(shape.dossiers)} dossiers × ${shape.items} items (${fmt(decided)} decided, the rest received, sent, returned or drafts)`,
      figure: seconds === null ? 'reused from data/bench/' : `generated through the handlers in ${seconds.toFixed(1)} s`,
    },
  ];
  rows.push(...(await stepThroughput(file, shape, log)));
  rows.push(await dossierRebuild(file, shape, log));
  rows.push(...(await reportLatencies(file, shape, log)));
  return rows;
}
