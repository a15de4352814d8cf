import fs from 'node:fs';
import path from 'node:path';
import { startService, type TestService } from '../support/service';

const at = (fields: string) => fields.replace(/\$Y/g, 'clusterId: "mh-cum-1", year: 2023');

describe('the illustrative cluster year ("minh hoạ"), entered step by step by its actors', () => {
  let service: TestService;
  const query = async (text: string) => {
    const response = await service.gql(at(text));
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  beforeAll(async () => {
    service = await startService({ THIDUA_DEMO: 'true' });
    expect(service.logs()).toMatch(/Cụm thi đua minh hoạ, năm 2023 \(minh hoạ/);
  });
  afterAll(() => service.stop());

  it('labels every invented name "(minh hoạ)"', async () => {
    const { clusterYear } = await query('{ clusterYear($Y) { cluster { name organizer { name } } members { name } chair { name } } }');
    expect(clusterYear.cluster.name).toMatch(/minh hoạ/);
    for (const unit of [clusterYear.cluster.organizer, ...clusterYear.members]) expect(unit.name).toMatch(/\(minh hoạ\)$/);
    expect(clusterYear.chair.name).toBe('Viện kiểm sát nhân dân huyện Một (minh hoạ)');
  });

  it('keeps a score at each stage, the correction with its reason and who entered each', async () => {
    const { scoreHistory } = await query(
      '{ scoreHistory($Y, unitId: "mh-huyen-mot", criterionId: "c1") { stage from to reason actor { personId role } correlationId } }',
    );
    expect(scoreHistory).toEqual([
      {
        stage: 'SELF',
        from: null,
        to: 38,
        reason: null,
        actor: { personId: 'can-bo-huyen-mot', role: 'UNIT_OFFICER' },
        correlationId: 'cum-thi-dua-minh-hoa-2023:2023-12-05',
      },
      {
        stage: 'CLUSTER',
        from: null,
        to: 37,
        reason: null,
        actor: { personId: 'van-phong-cum-minh-hoa', role: 'CLUSTER_OFFICER' },
        correlationId: 'cum-thi-dua-minh-hoa-2023:2023-12-15',
      },
      {
        stage: 'CLUSTER',
        from: 37,
        to: 33,
        reason: 'Đối chiếu số liệu thống kê: hai chỉ tiêu nghiệp vụ chưa đạt, trừ 4 điểm (minh hoạ)',
        actor: { personId: 'van-phong-cum-minh-hoa', role: 'CLUSTER_OFFICER' },
        correlationId: 'cum-thi-dua-minh-hoa-2023:2023-12-20',
      },
    ]);
    const { whoChanged } = await query('{ whoChanged($Y) { actor { personId } recorded corrected } }');
    expect(whoChanged.map((group: any) => group.actor.personId).sort()).toEqual([
      'can-bo-huyen-ba',
      'can-bo-huyen-bon',
      'can-bo-huyen-hai',
      'can-bo-huyen-mot',
      'can-bo-huyen-nam',
      'hoi-dong-minh-hoa',
      'van-phong-cum-minh-hoa',
    ]);
    expect(whoChanged.find((group: any) => group.actor.personId === 'van-phong-cum-minh-hoa')).toMatchObject({
      recorded: 16,
      corrected: 1,
    });
  });

  it('answers the ranking as it was before the correction (asOf a log position) and after it', async () => {
    const ranking = '{ units { unitId rank effectiveTotal classification } }';
    const { scoreHistory } = await query('{ scoreHistory($Y, unitId: "mh-huyen-mot", criterionId: "c1") { position } }');
    const before = (await query(`{ rankings($Y, asOf: ${scoreHistory[2].position - 1}) ${ranking} }`)).rankings.units;
    expect(before.slice(0, 2)).toEqual([
      { unitId: 'mh-huyen-mot', rank: 1, effectiveTotal: 93.5, classification: 'Xuất sắc' },
      { unitId: 'mh-huyen-hai', rank: 2, effectiveTotal: 90, classification: 'Xuất sắc' },
    ]);
    // The auditors' guide names these positions; they hold in every fresh store.
    const guide = fs.readFileSync(path.resolve(__dirname, '../../docs/auditors.md'), 'utf8');
    expect(guide).toContain(`rankings(clusterId: "mh-cum-1", year: 2023, asOf: ${scoreHistory[2].position - 1})`);
    expect(guide).toContain(`the correction is position ${scoreHistory[2].position}`);
    const now = (await query(`{ rankings($Y) ${ranking} }`)).rankings.units;
    expect(now.map((u: any) => [u.unitId, u.effectiveTotal, u.classification])).toEqual([
      ['mh-huyen-hai', 90, 'Xuất sắc'],
      ['mh-huyen-mot', 89.5, 'Tiên tiến'],
      ['mh-huyen-ba', 79, 'Tiên tiến'],
      ['mh-huyen-bon', 73.5, 'Tiên tiến'],
      ['mh-huyen-nam', 68, 'Hoàn thành'],
    ]);
  });

  it('finalizes, votes, awards and revokes with the decisions and grounds the scenario states', async () => {
    const { clusterYear } = await query(`{ clusterYear($Y) { finalized agreement { inForce }
      votes { closed eligibleVoters tallies { unitId approvals } } awards { awardId status decision { decisionDate } revocation { grounds revokedOn } } } }`);
    expect(clusterYear.finalized).toBe(true);
    expect(clusterYear.agreement.inForce).toBe(true);
    expect(clusterYear.votes[0]).toEqual({
      closed: true,
      eligibleVoters: 5,
      tallies: [
        { unitId: 'mh-huyen-hai', approvals: 4 },
        { unitId: 'mh-huyen-mot', approvals: 1 },
      ],
    });
    expect(clusterYear.awards.map((a: any) => [a.awardId, a.status])).toEqual([
      ['mh-xs-hai', 'DECIDED'],
      ['mh-co-hai', 'DECIDED'],
      ['mh-tt-mot', 'DECIDED'],
      ['mh-tt-ba', 'DECIDED'],
      ['mh-tt-bon', 'REVOKED'],
    ]);
    expect(clusterYear.awards[4].revocation).toEqual({
      grounds: expect.stringMatching(/^Kết luận thanh tra ngày 03\/09\/2024/),
      revokedOn: '2024-09-03',
    });
  });

  it('carries its proposal up as a dossier: returned with a reason, a count-only place named, appraised and decided by the council', async () => {
    const { dossier } = (
      await service.gql(`{ dossier(id: "mh-hs-cum-1-2023") { status decision { decisionNumber authority }
        items { itemId count verdict award { decisionNumber } } history { step reason actor { id } } } }`)
    ).data!;
    expect(dossier.status).toBe('DECIDED');
    expect(dossier.decision).toEqual({ decisionNumber: '25/QĐ-VKS (minh hoạ)', authority: 'PROVINCIAL_CHIEF' });
    expect(dossier.items.map((i: any) => [i.itemId, i.count, i.verdict, i.award?.decisionNumber ?? null])).toEqual([
      ['gk-huyen-ba', 1, 'APPROVED', '25/QĐ-VKS (minh hoạ)'],
      ['gk-so-luong', 1, 'REJECTED', null],
      ['gk-huyen-nam', 1, 'REJECTED', null],
    ]);
    expect(dossier.history.find((s: any) => s.step === 'Returned')).toEqual({
      step: 'Returned',
      reason: 'Thiếu báo cáo thành tích của VKSND huyện Ba (minh hoạ)',
      actor: { id: 'hoi-dong-minh-hoa' },
    });
  });
});
