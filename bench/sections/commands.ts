import { performance } from 'node:perf_hooks';
import { Role } from '../../src/kernel/actor';
import { recordScore } from '../../src/scorecard/handlers';
import { ScoreStage, STAGE_ORDER } from '../../src/scorecard/domain/score-stage';
import { load, ask, type LoadFigures } from '../lib/load';
import { startService } from '../lib/processes';
import { NationalDataWriter } from '../national/generate';
import { planNationalData, type Plan, type Shape } from '../national/plan';
import { fmt, percentile, tokenFor, type Log, type Row } from './shared';
import { freshStore, type BenchStore, type StoreKind } from './stores';

/**
 * The last year of the plan's history: its clusters hold the VKSND cấp cao units, a level abolished
 * from 01/07/2025, so a later year cannot be opened with them (LEVEL_NOT_IN_FORCE).
 */
const YEAR = 2025;

/** A store with the country's directory and YEAR opened in every cluster (ceremonies, registrations), nothing scored. */
async function openedYear(name: string, shape: Shape, kind: StoreKind): Promise<{ on: BenchStore; plan: Plan }> {
  const on = await freshStore(kind, name);
  const store = await on.open();
  const plan = planNationalData(shape);
  const writer = new NationalDataWriter(store, plan);
  await writer.writeDirectory();
  await writer.openYear(YEAR);
  await store.close();
  return { on, plan };
}

const members = (plan: Plan) => plan.clusters.flatMap((c) => c.memberUnitIds.map((unitId) => ({ clusterId: c.clusterId, unitId })));
const criteria = (plan: Plan) => plan.criteriaSet.sections.flatMap((s) => s.criteria);

/** RecordScore through the pipeline in-process: one writer per unit, all units at once; durable group commits. */
export async function inProcessCommands(shape: Shape, log: Log, kind: StoreKind = 'SQLite'): Promise<Row[]> {
  const { on, plan } = await openedYear('commands-in-process', shape, kind);
  const store = await on.open();
  const headBefore = await store.headPosition();
  const latencies: number[] = [];
  const actor = { id: 'bench', name: null, role: Role.ADMIN, unitId: null, clusterId: null };
  let n = 0;
  const started = performance.now();
  await Promise.all(
    members(plan).map(async ({ clusterId, unitId }) => {
      for (const stage of STAGE_ORDER)
        for (const criterion of criteria(plan)) {
          const id = `bench-${(n += 1)}`;
          const before = performance.now();
          await recordScore(
            store,
            { clusterId, year: YEAR, unitId, criterionId: criterion.criterionId, stage, points: 100, evidence: null },
            { actor, commandId: id, correlationId: id, causationId: id },
          );
          latencies.push(performance.now() - before);
        }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const events = (await store.headPosition()) - headBefore;
  await store.close();
  latencies.sort((a, b) => a - b);
  const perSecond = latencies.length / seconds;
  const eventsPerSecond = events / seconds;
  log(`in-process on ${kind}: ${latencies.length} RecordScore (${events} events) in ${seconds.toFixed(1)} s`);
  return [
    {
      measure: `RecordScore in-process (${fmt(latencies.length)} commands, ${members(plan).length} concurrent writers, durable group commits)`,
      figure: `${fmt(perSecond)} commands/s (${fmt(eventsPerSecond)} events/s), p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
      // The PostgreSQL target is the store's own (storeAppends); through the pipeline it is compared with SQLite's.
      ...(kind === 'SQLite' ? { target: '≥ 20,000 commands/s', met: perSecond >= 20_000 } : {}),
      store: { kind, measure: 'RecordScore in-process (through the command pipeline)' },
    },
  ];
}

/**
 * The recordScore mutation over HTTP at 50 connections, each request a different score with its unit
 * officer's token. On PostgreSQL the target is relative: within 0.8 × of SQLite's figure of the same run.
 */
export async function httpRecordScore(
  shape: Shape,
  helloReqPerSec: number,
  log: Log,
  kind: StoreKind = 'SQLite',
  sqliteReqPerSec?: number,
): Promise<{ rows: Row[]; reqPerSec: number; figures: LoadFigures }> {
  const { on, plan } = await openedYear('commands-http', shape, kind);
  const units = members(plan);
  const tokens = new Map(
    await Promise.all(units.map(async (u) => [u.unitId, await tokenFor(on, `officer-${u.unitId}`, Role.UNIT_OFFICER, u.unitId)] as const)),
  );
  const admin = await tokenFor(on, 'bench-admin', Role.ADMIN);
  const service = await startService(on, {}, async () => undefined);
  // Stage- then criterion-major order: consecutive requests write different units' scorecards.
  // Self-assessments go with the unit's officer token, the later stages with an administrator's.
  const commands = STAGE_ORDER.flatMap((stage) =>
    criteria(plan).flatMap((criterion) =>
      units.map((u) => ({
        ...u,
        stage,
        criterionId: criterion.criterionId,
        token: stage === ScoreStage.SELF ? tokens.get(u.unitId)! : admin,
      })),
    ),
  );
  let next = 0;
  const query = 'mutation($input: RecordScoreInput!) { recordScore(input: $input) { position } }';
  const bodyOf = (i: number) => {
    const c = commands[i % commands.length];
    return JSON.stringify({
      query,
      variables: { input: { clusterId: c.clusterId, year: YEAR, unitId: c.unitId, criterionId: c.criterionId, stage: c.stage, points: 1 } },
    });
  };
  // One checked request first: the load must be commands that succeed.
  await ask(service.url, commands[0].token, bodyOf(next++));
  const figures = await load({
    url: service.url,
    body: () => {
      const i = next++;
      if (i >= commands.length) throw new Error('ran out of distinct scores to record: shorten BENCH_SECONDS');
      return { body: bodyOf(i), token: commands[i].token };
    },
  });
  await service.stop();
  const store = await on.open();
  const written = (await store.readAll({ after: 0 })).filter((e) => e.type === 'ScoreRecorded').length;
  await store.close();
  log(`http recordScore on ${kind}: ${figures.requests} requests, ${written} scores written`);
  const [target, met] =
    sqliteReqPerSec === undefined
      ? ['≥ 3,000/s at p99 ≤ 50 ms', figures.reqPerSec >= 3000 && figures.p99 <= 50]
      : [`≥ 0.8 × SQLite's (${fmt(0.8 * sqliteReqPerSec)}/s)`, figures.reqPerSec >= 0.8 * sqliteReqPerSec];
  return {
    reqPerSec: figures.reqPerSec,
    figures,
    rows: [
      {
        measure: `recordScore over HTTP, 50 connections (${fmt(written)} scores written for ${fmt(figures.requests + 1)} requests, ${figures.failures} failed)`,
        figure: `${fmt(figures.reqPerSec)} commands/s${Number.isFinite(helloReqPerSec) ? ` (${(figures.reqPerSec / helloReqPerSec).toFixed(2)} × hello)` : ''}, p50 ${figures.p50} ms, p99 ${figures.p99} ms`,
        target,
        met: met && figures.failures === 0,
        store: { kind, measure: 'recordScore over HTTP, 50 connections' },
      },
    ],
  };
}
