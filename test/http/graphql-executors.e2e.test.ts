import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startService, type TestService } from '../support/service';
import { CLUSTER, openYear, registerCluster, score } from '../support/year-scenario';

/**
 * The compiled executor (graphql-jit, the default) and graphql-js (THIDUA_GRAPHQL_EXECUTOR=graphql-js)
 * give the same bytes for the same requests: two services on two copies of one store take the same
 * sequence of queries, mutations and mistakes, and every status and body must match.
 */

type Step = { body: unknown; as?: 'admin' | 'officer' | 'anonymous' };

const RANKINGS = `query Rankings($c: ID!, $y: Int!, $asOf: AsOf) { rankings(clusterId: $c, year: $y, asOf: $asOf) {
  __typename id clusterId year finalized criteriaSet { criteriaSetId version }
  units { unitId rank classification qualifiesForTitleId effectiveStage effectiveTotal totals { stage standard bonus penalty total scoredCriteria } } } }`;
const SCORE_HISTORY = `query($u: ID!, $k: ID!) { scoreHistory(clusterId: "${CLUSTER}", year: 2024, unitId: $u, criterionId: $k) {
  position stage from to reason actor { id role unitId } } }`;
const AUDIT =
  '{ auditTrail(first: 5, order: OLDEST_FIRST) { edges { cursor node { position stream type recordedAt actor { id role } commandId reason data hash } } pageInfo { hasNextPage endCursor } } }';
const RECORD = 'mutation Record($input: RecordScoreInput!) { recordScore(input: $input) { position eventTypes duplicate } }';

const q = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => ({ query, variables, operationName });
const record = (input: Record<string, unknown>) => q(RECORD, { input });
const score1 = { clusterId: CLUSTER, year: 2024, unitId: 'tri-ton', criterionId: 'c1', stage: 'SELF' };

const STEPS: Step[] = [
  // Reads that succeed, over the scalars (AsOf, DateTime, JSON, LocalDate), lists, nesting, fragments, aliases and directives.
  { body: q(RANKINGS, { c: CLUSTER, y: 2024 }) },
  { body: q(RANKINGS, { c: CLUSTER, y: 2024, asOf: 3 }) },
  { body: q(RANKINGS, { c: CLUSTER, y: 2031 }) },
  { body: q(SCORE_HISTORY, { u: 'tan-chau', k: 'c1' }) },
  { body: q(AUDIT) },
  {
    body: q(
      `query Graph($withMembers: Boolean!) { a: cluster(id: "${CLUSTER}") { ...C } b: cluster(id: "nowhere") { ...C }
       units(level: DISTRICT) { unitId currentName existsFrom existsUntil parentUnitId }
       clusterYear(clusterId: "${CLUSTER}", year: 2024) { year chairUnitId chair { unitId currentName } members @include(if: $withMembers) { unitId } criteriaSet { criteriaSetId } } }
       fragment C on Cluster { __typename id clusterId kind clusterYears(first: 2) { edges { node { year } } pageInfo { hasNextPage } } }`,
      { withMembers: true },
    ),
  },
  { body: q(`{ scoreSheet(clusterId: "${CLUSTER}", year: 2024, unitId: "tan-chau") { __typename } }`) },
  { body: q('{ __schema { queryType { name } } __type(name: "Ranking") { name fields { name type { kind name ofType { name } } } } }') },
  { body: q(`{ clusters(first: 1) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`) },
  // Mistakes the schema catches, and variables that do not coerce.
  { body: q('{ rankings(clusterId: 1) { nope } }') },
  { body: q('{ ranking { id } }') },
  { body: q('query { rankings(clusterId: "x" year: 2024) { units { unitId } }') },
  { body: q(RANKINGS, { c: CLUSTER }) },
  { body: q(RANKINGS, { c: CLUSTER, y: 'năm nay' }) },
  { body: q(RANKINGS, { c: CLUSTER, y: 2024, asOf: 'hôm qua' }) },
  { body: q(RANKINGS, { c: CLUSTER, y: 2024 }, 'Other') },
  { body: q(RECORD, { input: { ...score1, stage: 'SOMETIME', points: 1 } }) },
  { body: q(RECORD, { input: { ...score1 } }) },
  // Reads and writes the caller may not make, and reads without a token.
  { body: q(AUDIT), as: 'officer' },
  { body: q(RANKINGS, { c: CLUSTER, y: 2024 }), as: 'anonymous' },
  { body: record({ ...score1, unitId: 'tan-chau', points: 3 }), as: 'officer' },
  // Writes: one that succeeds, its retry, and ones the domain or the input validation refuses.
  { body: record({ ...score1, points: 21, commandId: 'cmd-1' }) },
  { body: record({ ...score1, points: 21, commandId: 'cmd-1' }) },
  { body: record({ ...score1, points: 22, commandId: 'cmd-1' }) },
  { body: record({ ...score1, points: 400 }) },
  { body: record({ ...score1, clusterId: 'khong-co', points: 4 }) },
  { body: record({ ...score1, criterionId: 'zz', points: 4 }) },
  { body: q('mutation { registerUnit(input: { unitId: "", name: "", level: DISTRICT }) { position } }') },
  // A list where an input object is declared: graphql-jit's own coercion let it through to the command.
  {
    body: q('mutation($input: AmendAgreementInput!) { amendAgreement(input: $input) { position } }', {
      input: { clusterId: CLUSTER, year: 2024, changes: [], note: 'Ghi chú' },
    }),
  },
  {
    body: q(
      `mutation { a: recordScore(input: { clusterId: "${CLUSTER}", year: 2024, unitId: "an-phu", criterionId: "c2", stage: SELF, points: 5 }) { position }
       b: recordScore(input: { clusterId: "${CLUSTER}", year: 2024, unitId: "an-phu", criterionId: "c9", stage: SELF, points: 5 }) { position }
       c: recordScore(input: { clusterId: "${CLUSTER}", year: 2024, unitId: "an-phu", criterionId: "c3", stage: SELF, points: 5 }) { position } }`,
    ),
  },
  // Reads after the writes see them alike.
  { body: q(RANKINGS, { c: CLUSTER, y: 2024 }) },
  { body: q(SCORE_HISTORY, { u: 'tri-ton', k: 'c1' }) },
];

async function seededStore(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-executors-'));
  const seed = await startService({ THIDUA_STORE: `sqlite:${path.join(dir, 'thidua.db')}` });
  await registerCluster(seed);
  await openYear(seed, 2024, 'tan-chau', 'an-phu');
  await score(seed, 2024, 'tan-chau', 'SELF', [30, 30, 15]);
  await seed.stop();
  return dir;
}

function copyOf(dir: string, name: string): string {
  const copy = path.join(dir, name);
  fs.mkdirSync(copy);
  for (const file of fs.readdirSync(dir))
    if (fs.statSync(path.join(dir, file)).isFile()) fs.copyFileSync(path.join(dir, file), path.join(copy, file));
  return copy;
}

async function answers(service: TestService): Promise<{ status: number; text: string }[]> {
  const tokens = {
    admin: await service.token('admin-so-sanh', { role: 'ADMIN' as never, name: 'Quản trị' }),
    officer: await service.token('can-bo-tan-chau', { role: 'UNIT_OFFICER' as never, unit: 'tri-ton', name: 'Cán bộ' }),
    anonymous: undefined,
  };
  const out = [];
  for (const step of STEPS) {
    const { status, text } = await service.post(step.body, tokens[step.as ?? 'admin']);
    out.push({ status, text });
  }
  return out;
}

const executions = async (service: TestService) => {
  const text = await (await fetch(`${service.base}/metrics`)).text();
  const count = (executor: string) =>
    Number(new RegExp(`thidua_graphql_executions_total\\{executor="${executor}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { jit: count('graphql-jit'), js: count('graphql-js') };
};

describe('the compiled executor answers exactly as graphql-js does', () => {
  let dir: string;
  let interpreted: TestService;
  let compiled: TestService;

  beforeAll(async () => {
    dir = await seededStore();
    [interpreted, compiled] = await Promise.all([
      startService({ THIDUA_STORE: `sqlite:${path.join(copyOf(dir, 'js'), 'thidua.db')}`, THIDUA_GRAPHQL_EXECUTOR: 'graphql-js' }),
      startService({ THIDUA_STORE: `sqlite:${path.join(copyOf(dir, 'jit'), 'thidua.db')}` }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([interpreted?.stop(), compiled?.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same status and the same bytes for every request, and says which executor answered', async () => {
    const expected = await answers(interpreted);
    const actual = await answers(compiled);
    for (const [i, step] of STEPS.entries()) expect({ step, ...actual[i] }).toEqual({ step, ...expected[i] });
    // The sequence is not vacuous: it has answers with data, with errors, and writes that landed.
    expect(expected.filter((a) => a.text.includes('"errors"')).length).toBeGreaterThan(10);
    expect(expected.filter((a) => !a.text.includes('"errors"')).length).toBeGreaterThan(8);

    expect(await executions(interpreted)).toEqual({ jit: 0, js: expect.any(Number) });
    const counts = await executions(compiled);
    expect(counts.jit).toBeGreaterThan(8);
    // Variables that did not coerce and reads with errors were answered by graphql-js.
    expect(counts.js).toBeGreaterThan(2);
  }, 120_000);
});
