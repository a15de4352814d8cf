import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { exportStore } from '../../src/audit/export-store';
import { verifyTarget } from '../../src/audit/verify-target';
import { Role } from '../../src/kernel/actor';
import { parseStore } from '../../src/config';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-audit-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

const y = { clusterId: CLUSTER, year: 2022 };
const RANK = `query($asOf: AsOf) { rankings(clusterId: "ag-2", year: 2022, asOf: $asOf) { units { unitId rank effectiveTotal } } }`;

describe('auditors: who changed what, the ranking before a correction, a verifiable log', () => {
  let service: TestService;
  let officerA: string;
  let officerB: string;
  let beforeCorrections: string;
  let positionBeforeCorrections: number;

  beforeAll(async () => {
    service = await startService({ THIDUA_STORE: `sqlite:${path.join(dir, 'thidua.db')}`, THIDUA_CHECKPOINT_EVERY: '25' });
    officerA = await service.token('can-bo-a', { role: Role.ADMIN, name: 'Nguyễn Văn A', unit: 'vks-an-giang' });
    officerB = await service.token('can-bo-b', { role: Role.ADMIN, name: 'Trần Thị B', unit: 'vks-an-giang' });
    await registerCluster(service);
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
    for (const [i, unitId] of MEMBERS.entries()) await score(service, 2022, unitId, 'CLUSTER', [30 + i, 30, 15]);
    positionBeforeCorrections = (
      await ok(service, 'recordScore', { ...y, unitId: 'tan-chau', criterionId: 'b1', stage: 'CLUSTER', points: 0 })
    ).position;
    await pause();
    beforeCorrections = new Date().toISOString();
    await pause();
    await ok(
      service,
      'correctScore',
      { ...y, unitId: 'tan-chau', criterionId: 'c1', stage: 'CLUSTER', points: 38, reason: 'Bổ sung minh chứng chỉ tiêu' },
      officerA,
    );
    await ok(
      service,
      'correctScore',
      { ...y, unitId: 'tan-chau', criterionId: 'c1', stage: 'CLUSTER', points: 36.5, reason: 'Hội đồng thẩm định lại' },
      officerB,
    );
  });
  afterAll(() => service.stop());

  it('answers who changed the score, when, at which stage, from what to what, and why', async () => {
    const history = (
      await service.gql(`{ scoreHistory(clusterId: "ag-2", year: 2022, unitId: "tan-chau", criterionId: "c1") {
        position recordedAt stage from to reason criteriaSetId criteriaSetVersion commandId correlationId actor { personId name role unitId } } }`)
    ).data!.scoreHistory;
    expect(history.map((h: any) => [h.actor.personId, h.from, h.to, h.reason])).toEqual([
      ['admin-test', null, 30, null],
      ['can-bo-a', 30, 38, 'Bổ sung minh chứng chỉ tiêu'],
      ['can-bo-b', 38, 36.5, 'Hội đồng thẩm định lại'],
    ]);
    expect(history[1]).toMatchObject({
      stage: 'CLUSTER',
      criteriaSetId: 'qd-424-huyen',
      criteriaSetVersion: 1,
      actor: { personId: 'can-bo-a', name: 'Nguyễn Văn A', role: 'ADMIN', unitId: 'vks-an-giang' },
    });
    expect(Date.parse(history[1].recordedAt)).toBeLessThanOrEqual(Date.parse(history[2].recordedAt));
    expect(history[1].commandId).not.toBe(history[2].commandId);
  });

  it('groups the changes of the year by actor', async () => {
    const groups = (
      await service.gql(`{ whoChanged(clusterId: "ag-2", year: 2022) { actor { personId name } recorded corrected unitIds } }`)
    ).data!.whoChanged;
    expect(groups).toEqual([
      { actor: { personId: 'admin-test', name: 'Quản trị' }, recorded: 16, corrected: 0, unitIds: MEMBERS },
      { actor: { personId: 'can-bo-a', name: 'Nguyễn Văn A' }, recorded: 0, corrected: 1, unitIds: ['tan-chau'] },
      { actor: { personId: 'can-bo-b', name: 'Trần Thị B' }, recorded: 0, corrected: 1, unitIds: ['tan-chau'] },
    ]);
  });

  it('shows the ranking as it was before the corrections, by date-time and by log position', async () => {
    const now = (await service.gql(RANK)).data!.rankings.units;
    const byTime = (await service.gql(RANK, { asOf: beforeCorrections })).data!.rankings.units;
    const byPosition = (await service.gql(RANK, { asOf: positionBeforeCorrections })).data!.rankings.units;
    expect(now.find((u: any) => u.unitId === 'tan-chau').effectiveTotal).toBe(81.5);
    expect(byTime.find((u: any) => u.unitId === 'tan-chau')).toEqual({ unitId: 'tan-chau', rank: 5, effectiveTotal: 75 });
    expect(byPosition).toEqual(byTime);
    const history = (
      await service.gql(
        `query($asOf: AsOf) { scoreHistory(clusterId: "ag-2", year: 2022, unitId: "tan-chau", criterionId: "c1", asOf: $asOf) { to } }`,
        { asOf: beforeCorrections },
      )
    ).data!.scoreHistory;
    expect(history).toEqual([{ to: 30 }]);
  });

  it('answers every read as of a date: before anything existed, nothing', async () => {
    const early = '2000-01-01T00:00:00+07:00';
    const response = await service.gql(
      `query($asOf: AsOf) { clusterGraph(year: 2022, asOf: $asOf) { nodes { id } } clusterYear(clusterId: "ag-2", year: 2022, asOf: $asOf) { year } units(asOf: $asOf) { id } rankings(clusterId: "ag-2", year: 2022, asOf: $asOf) { finalized } }`,
      { asOf: early },
    );
    expect(response.data).toEqual({ clusterGraph: { nodes: [] }, clusterYear: null, units: [], rankings: null });
    const bad = await service.gql(`query($asOf: AsOf) { units(asOf: $asOf) { id } }`, { asOf: 'hôm qua' });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toMatch(/asOf phải là thời điểm ISO 8601/);
  });

  it('pages through the audit trail, filtered by actor, type, unit, year and time, both ways', async () => {
    const trail = async (args: string) =>
      (
        await service.gql(
          `{ auditTrail(${args}) { edges { cursor node { position type actor { personId } reason hash prevHash data } } pageInfo { hasNextPage endCursor } } }`,
        )
      ).data!.auditTrail;
    const mine = await trail(`filter: { actorId: "can-bo-b" }`);
    expect(mine.edges.map((e: any) => [e.node.type, e.node.reason])).toEqual([['ScoreCorrected', 'Hội đồng thẩm định lại']]);

    const corrections = await trail(`filter: { eventType: "ScoreCorrected", unitId: "tan-chau", year: 2022 }, order: OLDEST_FIRST`);
    expect(corrections.edges.map((e: any) => e.node.actor.personId)).toEqual(['can-bo-a', 'can-bo-b']);

    const recent = await trail(`filter: { recordedFrom: "${beforeCorrections}" }, order: OLDEST_FIRST`);
    expect(recent.edges.filter((e: any) => e.node.type !== 'CheckpointSigned').map((e: any) => e.node.type)).toEqual([
      'ScoreCorrected',
      'ScoreCorrected',
    ]);

    const first = await trail('first: 3');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await trail(`first: 3, after: "${first.pageInfo.endCursor}"`);
    const positions = [...first.edges, ...second.edges].map((e: any) => e.node.position);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    expect(new Set(positions).size).toBe(6);
    expect(first.edges[0].node.prevHash).toBe(second.edges[0] ? first.edges[1].node.hash : expect.any(String));

    const bad = await service.gql(`{ auditTrail(after: "nonsense") { edges { cursor } } }`);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('verifies the chain and the signed checkpoints, over GraphQL', async () => {
    const report = (
      await service.gql(
        `{ verifyAuditChain { ok checkedEvents headPosition firstBreak { position } checkpointsVerified lastSignedPosition } }`,
      )
    ).data!.verifyAuditChain;
    expect(report).toMatchObject({ ok: true, firstBreak: null });
    expect(report.checkedEvents).toBe(report.headPosition);
    expect(report.checkpointsVerified).toBeGreaterThanOrEqual(1);
    const key = await fetch(service.url.replace('/graphql', '/audit/public-key.pem'));
    expect(await key.text()).toMatch(/BEGIN PUBLIC KEY/);
  });

  it('exports the log of the running service; the export verifies offline with only the public key, and an edit is found', async () => {
    const file = path.join(dir, 'export.ndjson');
    const config = parseStore(`sqlite:${path.join(dir, 'thidua.db')}`);
    const exported = await exportStore(config, dir, file);
    const publicKey = (await service.gql('{ auditPublicKey { pem keyId } }')).data!.auditPublicKey;
    expect(exported.keyId).toBe(publicKey.keyId);

    const { report } = await verifyTarget(file, publicKey.pem);
    expect(report).toMatchObject({ ok: true, checkedEvents: exported.head });
    expect(report.checkpointsVerified).toBeGreaterThanOrEqual(1);

    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[10] = lines[10].replace('"Quản trị"', '"Quản trí"');
    fs.writeFileSync(path.join(dir, 'edited.ndjson'), lines.join('\n'));
    const edited = await verifyTarget(path.join(dir, 'edited.ndjson'), publicKey.pem);
    expect(edited.report.firstBreak).toMatchObject({ position: 10, problem: 'HASH_MISMATCH' });
  });

  it('finds a change made behind the service’s back in its store', async () => {
    const db = new Database(path.join(dir, 'thidua.db'));
    const target = db.prepare(`SELECT position FROM events WHERE type = 'ScoreCorrected' ORDER BY position LIMIT 1`).get() as {
      position: number;
    };
    db.prepare(`UPDATE events SET data = replace(data, '3800', '3900') WHERE position = ?`).run(target.position);
    db.close();
    const report = (await service.gql(`{ verifyAuditChain { ok firstBreak { position problem } } }`)).data!.verifyAuditChain;
    expect(report).toEqual({ ok: false, firstBreak: { position: target.position, problem: 'HASH_MISMATCH' } });
  });
});
