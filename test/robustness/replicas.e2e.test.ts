import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '../../src/kernel/actor';
import { CHECKPOINT_EVENT, type SignedCheckpoint } from '../../src/audit/checkpoint';
import { ok } from '../support/mutations';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startService, startServiceProcess, type TestService } from '../support/service';
import { exited } from '../support/spawn';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';

const YEAR = 2024;
const RANKINGS = `query($c: ID!, $y: Int!) { rankings(clusterId: $c, year: $y) { finalized
  units { unitId rank effectiveStage effectiveTotal classification totals { stage total standard bonus penalty } } } }`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-replicas-'));
let database: TestDatabase;
const replicas: TestService[] = [];
afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.stop().catch(() => undefined)));
  await database?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('three service replicas on one PostgreSQL database', () => {
  it('spread writes, reach the same head, answer byte-identical rankings, and a replica killed with SIGKILL catches up on restart', async () => {
    database = await createTestDatabase();
    // Replicas share the key folder (as they would share a volume): one token and one audit key for all.
    // Checkpoints every 5 events, so the replicas race to sign the same positions.
    const env = {
      THIDUA_STORE: database.url,
      THIDUA_DATA_DIR: dir,
      THIDUA_DEMO: 'false',
      THIDUA_CHECKPOINT_EVERY: '5',
      THIDUA_RATE_LIMIT_PER_MINUTE: '100000',
    };
    replicas.push(await startService(env));
    // The third in a process of its own, to be killed.
    const [second, third] = await Promise.all([startService(env), startServiceProcess(env)]);
    replicas.push(second, third);
    const token = await replicas[0].token('quan-tri', { role: Role.ADMIN, name: 'Quản trị' });

    await registerCluster(replicas[0]);
    await openYear(replicas[1], YEAR, 'tan-chau', 'tri-ton');
    for (const [i, unitId] of MEMBERS.entries()) await score(replicas[i % 3], YEAR, unitId, 'SELF', [30 + i, 31, 15 + i]);

    // Read-your-writes across replicas: a write through one, read at once through another with its position.
    const written = await ok(replicas[2], 'recordScore', {
      clusterId: CLUSTER,
      year: YEAR,
      unitId: 'an-phu',
      criterionId: 'b1',
      stage: 'SELF',
      points: 4,
    });
    const rankingsAt = (replica: TestService, position: number | string) =>
      replica.post({ query: RANKINGS, variables: { c: CLUSTER, y: YEAR } }, token, { 'x-thidua-min-position': String(position) });
    const rankings = (replica: TestService) => rankingsAt(replica, written.position);
    const answers = await Promise.all(replicas.map(rankings));
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(answers[0].data!.rankings.units.find((u: { unitId: string }) => u.unitId === 'an-phu').totals[0].bonus).toBe(4);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);

    // One replica dies mid-flight; the others keep taking writes; it comes back and catches up.
    third.process.kill('SIGKILL');
    await exited(third.process);
    await third.store.close();
    for (const [i, unitId] of MEMBERS.entries()) await score(replicas[i % 2], YEAR, unitId, 'CLUSTER', [35 - i, 36, 18]);
    const last = await ok(replicas[1], 'recordScore', {
      clusterId: CLUSTER,
      year: YEAR,
      unitId: 'tri-ton',
      criterionId: 'p1',
      stage: 'CLUSTER',
      points: 2,
    });
    replicas[2] = await startService(env);
    const after = await Promise.all(replicas.map((replica) => rankingsAt(replica, last.position)));
    expect(after.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(after[0].data!.rankings.units.every((u: { effectiveStage: string }) => u.effectiveStage === 'CLUSTER')).toBe(true);
    expect(new Set(after.map((a) => a.text)).size).toBe(1);

    // A position no replica has reached is refused after the bounded wait, with a clear code; a malformed one at once.
    const ahead = await rankingsAt(replicas[0], last.position + 10_000);
    expect(ahead.errors![0].extensions!.code).toBe('READ_MODEL_LAGGING');
    const malformed = await rankingsAt(replicas[0], 'latest');
    expect(malformed.errors![0]).toMatchObject({
      extensions: { code: 'BAD_MIN_POSITION' },
      message: expect.stringContaining('x-thidua-min-position'),
    });

    await Promise.all(replicas.map((replica) => replica.stop()));
    replicas.length = 0;
    const store = await PostgresEventStore.connect(database.url);
    const checkpoints = (await store.readAll())
      .filter((e) => e.type === CHECKPOINT_EVENT)
      .map((e) => (e.data as SignedCheckpoint).position);
    expect(checkpoints.length).toBeGreaterThan(3);
    expect(new Set(checkpoints).size).toBe(checkpoints.length);
    await store.close();
  }, 240_000);
});

describe('the per-caller rate limit across replicas on PostgreSQL', () => {
  it("counts a caller's requests on every replica together: N replicas do not allow N times the limit", async () => {
    const shared = await createTestDatabase();
    const keys = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-limits-'));
    const env = { THIDUA_STORE: shared.url, THIDUA_DATA_DIR: keys, THIDUA_RATE_LIMIT_PER_MINUTE: '6' };
    const pair = [await startService(env)];
    pair.push(await startService(env));
    try {
      const token = await pair[0].token('mot-nguoi-dung', { role: Role.AUDITOR, name: 'Người Dùng' });
      // Windows are whole minutes on the clock: start well inside one.
      while (Date.now() % 60_000 > 50_000) await new Promise((resolve) => setTimeout(resolve, 500));
      const statuses: number[] = [];
      for (let i = 0; i < 8; i += 1) statuses.push((await pair[i % 2].post({ query: '{ __typename }' }, token)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
      const refused = await pair[1].post({ query: '{ __typename }' }, token);
      expect(refused.errors![0]).toMatchObject({
        extensions: { code: 'RATE_LIMITED' },
        message: expect.stringContaining('tối đa 6 yêu cầu mỗi phút'),
      });
      // Requests at once, counted together in batches: still exactly the limit, whichever replica.
      const other = await pair[0].token('nguoi-dung-khac', { role: Role.AUDITOR, name: 'Người Khác' });
      const together = await Promise.all(Array.from({ length: 10 }, (_, i) => pair[i % 2].post({ query: '{ __typename }' }, other)));
      expect(together.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 429, 429, 429, 429]);
    } finally {
      await Promise.all(pair.map((service) => service.stop()));
      await shared.drop();
      fs.rmSync(keys, { recursive: true, force: true });
    }
  }, 120_000);
});
