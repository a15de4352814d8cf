/**
 * `asOf` cost against history length: the same `rankings` read, current and as of the end of the
 * first year, on stores holding 1, 5 and 10 years of history written through the command
 * pipeline. Prints µs per read and the asOf/current ratio for each length.
 *   npm run bench:as-of
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app';
import { formCluster } from '../src/commands/handlers/cluster-handlers';
import { adoptCriteriaSet, openClusterYear, rotateChair } from '../src/commands/handlers/cluster-year-handlers';
import { publishCriteriaSet } from '../src/commands/handlers/catalogue-handlers';
import { correctScore, recordScore } from '../src/commands/handlers/scorecard-handlers';
import { registerUnit } from '../src/commands/handlers/unit-handlers';
import { Role } from '../src/commands/actor';
import { loadConfig } from '../src/config';
import { ClusterKind } from '../src/domain/cluster/cluster-kind';
import { CriterionKind, TieBreakRule } from '../src/domain/criteria/criteria-set';
import { ScoreStage } from '../src/domain/scorecard/score-stage';
import { UnitLevel } from '../src/domain/unit/unit-level';
import { ranking } from '../projections/rankings';

const CLUSTERS = 20;
const UNITS = 7;
const CRITERIA = 10;
const READS = 3000;
const START = 2016;

let n = 0;
const context = () => {
  const id = `c${(n += 1)}`;
  return { actor: { id: 'bench', name: null, role: Role.ADMIN, unitId: null, clusterId: null }, commandId: id, correlationId: id, causationId: id };
};

async function build(years: number) {
  const app = await createApp(loadConfig({ THIDUA_STORE: 'sqlite::memory:', THIDUA_CHECKPOINT_EVERY: '100000' }));
  const { store } = app;
  await registerUnit(store, { unitId: 'org', name: 'Tổ chức', shortName: null, level: UnitLevel.SUPREME, parentUnitId: null }, context());
  await publishCriteriaSet(store, {
    criteriaSetId: 'set', name: 'Bộ tiêu chí', legalBasis: '424/QĐ-VKSTC', effectiveFrom: '2000-01-01', tieBreak: TieBreakRule.SHARED_RANK,
    sections: [{ sectionId: 's', name: 'Mục', criteria: Array.from({ length: CRITERIA }, (_, i) => ({ criterionId: `k${i}`, name: `Tiêu chí ${i}`, kind: CriterionKind.STANDARD, maxPoints: 1000 })) }],
    thresholds: [{ classification: 'Tốt', minPoints: 5000, titleId: null }],
  }, context());
  for (let c = 0; c < CLUSTERS; c += 1) {
    await formCluster(store, { clusterId: `cl${c}`, name: `Cụm ${c}`, kind: ClusterKind.CLUSTER, organizerUnitId: 'org' }, context());
    for (let u = 0; u < UNITS; u += 1)
      await registerUnit(store, { unitId: `u${c}-${u}`, name: `Đơn vị ${c}-${u}`, shortName: null, level: UnitLevel.DISTRICT, parentUnitId: 'org' }, context());
  }
  let endOfFirstYear = 0;
  for (let y = 0; y < years; y += 1) {
    const year = START + y;
    for (let c = 0; c < CLUSTERS; c += 1) {
      const clusterId = `cl${c}`;
      const members = Array.from({ length: UNITS }, (_, u) => `u${c}-${u}`);
      await openClusterYear(store, { clusterId, year, memberUnitIds: members }, context());
      await rotateChair(store, { clusterId, year, chairUnitId: members[y % UNITS], viceChairUnitId: members[(y + 1) % UNITS] }, context());
      await adoptCriteriaSet(store, { clusterId, year, criteriaSetId: 'set' }, context());
      for (const unitId of members)
        for (const stage of [ScoreStage.SELF, ScoreStage.CLUSTER, ScoreStage.COUNCIL])
          for (let k = 0; k < CRITERIA; k += 1) {
            const base = { clusterId, year, unitId, criterionId: `k${k}`, stage, evidence: null };
            const result = await recordScore(store, { ...base, points: 500 + ((k * 37 + unitId.length) % 400) }, context());
            if (k % 5 === 0) await correctScore(store, { ...base, points: 600, reason: 'sửa' }, context());
            endOfFirstYear = y === 0 ? result.position : endOfFirstYear;
          }
    }
  }
  await app.runner.waitFor(await store.headPosition(), 60_000);
  return { app, endOfFirstYear, events: await store.headPosition() };
}

function time(read: () => unknown): number {
  for (let i = 0; i < 200; i += 1) read();
  const start = performance.now();
  for (let i = 0; i < READS; i += 1) read();
  return ((performance.now() - start) * 1000) / READS;
}

async function main() {
  const rows: Record<string, unknown>[] = [];
  for (const years of [1, 5, 10]) {
    const { app, endOfFirstYear, events } = await build(years);
    const current = time(() => ranking(app.models, 'cl0', START, 'current'));
    const asOf = time(() => ranking(app.models, 'cl0', START, endOfFirstYear));
    rows.push({ years, events, 'current µs': current.toFixed(1), 'asOf year 1 µs': asOf.toFixed(1), 'asOf / current': (asOf / current).toFixed(2) });
    await app.close();
  }
  console.table(rows);
}

void main();
