import { exportCsv } from '../support/exports';
import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, registerCluster } from '../support/year-scenario';

/** A year whose report names only the chair; the vice-chair is named later, or never. */
describe('over HTTP: a chair without a vice-chair, and a vice-chair appointed later', () => {
  let service: TestService;
  const y22 = { clusterId: CLUSTER, year: 2022 };
  const y23 = { clusterId: CLUSTER, year: 2023 };
  const offices = async (year: number) =>
    (await service.gql(`{ clusterYear(clusterId: "${CLUSTER}", year: ${year}) { chair { unitId } viceChair { unitId } } }`)).data!
      .clusterYear;
  const officeEdges = async (year: number) =>
    (await service.gql(`{ clusterGraph(year: ${year}) { edges { kind source } } }`)).data!.clusterGraph.edges.filter(
      (e: { kind: string }) => e.kind === 'CHAIR_OF' || e.kind === 'VICE_CHAIR_OF',
    );

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'openClusterYear', { ...y22, memberUnitIds: MEMBERS });
    await ok(service, 'declareIneligible', { ...y22, unitId: 'an-phu', reason: 'Có cán bộ bị kỷ luật' });
    await ok(service, 'openClusterYear', { ...y23, memberUnitIds: MEMBERS });
  });
  afterAll(() => service.stop());

  it('records a chair alone: the vice-chair answers null in the year, the graph and the export', async () => {
    await ok(service, 'rotateChair', { ...y22, chairUnitId: 'tan-chau' });
    expect(await offices(2022)).toEqual({ chair: { unitId: 'tan-chau' }, viceChair: null });
    expect(await officeEdges(2022)).toEqual([{ kind: 'CHAIR_OF', source: 'unit:tan-chau' }]);
    const csv = await exportCsv(service, `/exports/cluster-year/${CLUSTER}/2022.csv`);
    expect(csv).toContain('Cụm trưởng: Viện kiểm sát nhân dân thị xã Tân Châu; Cụm phó: chưa ghi nhận');
  });

  it('appoints the vice-chair later, by the same rules', async () => {
    await refused(service, 'appointViceChair', { ...y23, viceChairUnitId: 'tri-ton' }, 'CHAIR_NOT_APPOINTED');
    await refused(service, 'appointViceChair', { ...y22, viceChairUnitId: 'tan-chau' }, 'CHAIR_SAME_AS_VICE_CHAIR');
    await ok(service, 'registerUnit', { unitId: 'phu-tan', name: 'Viện kiểm sát nhân dân huyện Phú Tân', level: 'DISTRICT' });
    await refused(service, 'appointViceChair', { ...y22, viceChairUnitId: 'phu-tan' }, 'VICE_CHAIR_NOT_MEMBER');
    await ok(service, 'appointViceChair', { ...y22, viceChairUnitId: 'tri-ton' });
    await refused(service, 'appointViceChair', { ...y22, viceChairUnitId: 'tri-ton' }, 'VICE_CHAIR_UNCHANGED');
    expect(await offices(2022)).toEqual({ chair: { unitId: 'tan-chau' }, viceChair: { unitId: 'tri-ton' } });
    expect(await officeEdges(2022)).toHaveLength(2);
  });

  it('checks eligibility for a vice-chair appointed alone, and the rotation for a chair alone', async () => {
    await refused(service, 'rotateChair', { ...y23, chairUnitId: 'tan-chau' }, 'CHAIR_NOT_ROTATED');
    await refused(service, 'rotateChair', { ...y23, chairUnitId: 'an-phu' }, 'CHAIR_NOT_ELIGIBLE');
    await ok(service, 'rotateChair', { ...y23, chairUnitId: 'chau-doc' });
    await refused(service, 'appointViceChair', { ...y23, viceChairUnitId: 'an-phu' }, 'VICE_CHAIR_NOT_ELIGIBLE');
  });

  it('diffs the offices of two years, an office that one year lacks included', async () => {
    const diff = (
      await service.gql(
        `{ clusterGraphDiff(fromYear: 2022, toYear: 2023) { clusters { clusterId officeChanges { office fromUnitId toUnitId } } } }`,
      )
    ).data!.clusterGraphDiff;
    expect(diff.clusters).toEqual([
      {
        clusterId: CLUSTER,
        officeChanges: [
          { office: 'CHAIR', fromUnitId: 'tan-chau', toUnitId: 'chau-doc' },
          { office: 'VICE_CHAIR', fromUnitId: 'tri-ton', toUnitId: null },
        ],
      },
    ]);
  });
});
