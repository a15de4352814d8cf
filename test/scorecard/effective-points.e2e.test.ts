import { exportCsv } from '../support/exports';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

/** The case reported in issue 15: a council that re-scores one criterion must not wipe out the others. */
describe('over HTTP: each criterion counts the points of the latest stage that scored it', () => {
  let service: TestService;
  const y22 = { clusterId: CLUSTER, year: 2022 };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
    await score(service, 2022, 'tan-chau', 'SELF', [40, 40, 10]);
    for (const unitId of MEMBERS.slice(1)) await score(service, 2022, unitId, 'SELF', [35, 30, 10]);
    await ok(service, 'recordScore', { ...y22, unitId: 'tan-chau', criterionId: 'c2', stage: 'COUNCIL', points: 33.5 });
  });
  afterAll(() => service.stop());

  it('ranks the re-scored unit on 40 + 33.5 + 10, and shows which stage each part came from', async () => {
    const { units } = (
      await service.gql(`{ rankings(clusterId: "${CLUSTER}", year: 2022) { units { unitId rank effectiveTotal effectiveStage
        totals { stage total scoredCriteria criteriaInSet } effectiveParts { stage total scoredCriteria criteriaInSet } } } }`)
    ).data!.rankings;
    expect(units[0]).toEqual({
      unitId: 'tan-chau',
      rank: 1,
      effectiveTotal: 83.5,
      effectiveStage: 'COUNCIL',
      totals: [
        { stage: 'SELF', total: 90, scoredCriteria: 3, criteriaInSet: 5 },
        { stage: 'COUNCIL', total: 33.5, scoredCriteria: 1, criteriaInSet: 5 },
      ],
      effectiveParts: [
        { stage: 'SELF', total: 50, scoredCriteria: 2, criteriaInSet: 5 },
        { stage: 'COUNCIL', total: 33.5, scoredCriteria: 1, criteriaInSet: 5 },
      ],
    });
    expect(units.slice(1).map((u: { effectiveTotal: number }) => u.effectiveTotal)).toEqual([75, 75, 75, 75]);
  });

  it('shows the points that count per criterion on the score sheet', async () => {
    const { rows } = (
      await service.gql(
        `{ scoreSheet(clusterId: "${CLUSTER}", year: 2022, unitId: "tan-chau") { rows { criterionId effectivePoints effectiveStage } } }`,
      )
    ).data!.scoreSheet;
    expect(rows.slice(0, 3)).toEqual([
      { criterionId: 'c1', effectivePoints: 40, effectiveStage: 'SELF' },
      { criterionId: 'c2', effectivePoints: 33.5, effectiveStage: 'COUNCIL' },
      { criterionId: 'c3', effectivePoints: 10, effectiveStage: 'SELF' },
    ]);
  });

  it('exports the same totals and sources', async () => {
    const ranking = await exportCsv(service, `/exports/rankings/${CLUSTER}/2022.csv`);
    expect(ranking).toMatch(/1,tan-chau,[^\n]*83\.50,"?Tự chấm: 2\/5; Hội đồng duyệt: 1\/5"?/);
    const sheet = await exportCsv(service, `/exports/score-sheet/${CLUSTER}/2022/tan-chau.csv`);
    expect(sheet).toMatch(/c2,[^\n]*33\.50,Hội đồng duyệt/);
  });
});
