import { exportCsv } from '../support/exports';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

const OLD = 'Viện kiểm sát nhân dân thị xã Tân Châu';
const NEW = 'Viện kiểm sát nhân dân thành phố Tân Châu';

/** Tân Châu becomes a city in 2024: reads about 2023 still show the town's procuracy. */
describe('over HTTP: each year shows the names in force then, with the current name beside them', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2023, 'tan-chau', 'tri-ton');
    await ok(service, 'draftAgreement', { clusterId: CLUSTER, year: 2023, legalBases: [], ceremonyDate: '2023-02-22' });
    for (const unitId of MEMBERS) await score(service, 2023, unitId, 'SELF', [35, 35, 15]);
    await score(service, 2023, 'tan-chau', 'CLUSTER', [40, 40, 15]);
    await ok(service, 'renameUnit', { unitId: 'tan-chau', name: NEW, shortName: 'VKSND thành phố Tân Châu', effectiveDate: '2024-01-01' });
    // Renamed after the 2023 ceremony: 2023 still shows the name of the ceremony day.
    await ok(service, 'renameUnit', { unitId: 'chau-doc', name: 'Viện kiểm sát nhân dân khu vực Châu Đốc', effectiveDate: '2023-06-01' });
    await ok(service, 'openClusterYear', { clusterId: CLUSTER, year: 2024, memberUnitIds: MEMBERS });
  });
  afterAll(() => service.stop());

  it('draws the 2023 graph with the old name and the current one beside it; 2024 with the new', async () => {
    const node = async (year: number) =>
      (await service.gql(`{ clusterGraph(year: ${year}) { nodes { key label currentLabel } } }`)).data!.clusterGraph.nodes.find(
        (n: { key: string }) => n.key === 'unit:tan-chau',
      );
    expect(await node(2023)).toEqual({ key: 'unit:tan-chau', label: OLD, currentLabel: 'VKSND thành phố Tân Châu' });
    expect(await node(2024)).toEqual({ key: 'unit:tan-chau', label: 'VKSND thành phố Tân Châu', currentLabel: 'VKSND thành phố Tân Châu' });
  });

  it("lists the 2023 members and chair under their 2023 names (at the ceremony), with today's names", async () => {
    const year = (
      await service.gql(`{ clusterYear(clusterId: "${CLUSTER}", year: 2023) { ceremonyDate chair { name currentName namedAsOn }
        members { unitId name currentName } } }`)
    ).data!.clusterYear;
    expect(year.chair).toEqual({ name: OLD, currentName: NEW, namedAsOn: '2023-02-22' });
    expect(year.members.find((m: { unitId: string }) => m.unitId === 'chau-doc')).toEqual({
      unitId: 'chau-doc',
      name: 'Viện kiểm sát nhân dân thành phố Châu Đốc',
      currentName: 'Viện kiểm sát nhân dân khu vực Châu Đốc',
    });
    const unit = (await service.gql(`{ unit(id: "tan-chau") { name currentName } }`)).data!.unit;
    expect(unit).toEqual({ name: NEW, currentName: NEW });
  });

  it('ranks 2023 under the 2023 names', async () => {
    const [first] = (await service.gql(`{ rankings(clusterId: "${CLUSTER}", year: 2023) { units { unitId unitName currentUnitName } } }`))
      .data!.rankings.units;
    expect(first).toEqual({ unitId: 'tan-chau', unitName: OLD, currentUnitName: NEW });
  });

  it("exports 2023 under the 2023 names, today's name in its own column", async () => {
    const ranking = await exportCsv(service, `/exports/rankings/${CLUSTER}/2023.csv`);
    expect(ranking).toContain(`1,tan-chau,${OLD},`);
    expect(ranking).toMatch(new RegExp(`1,tan-chau,${OLD},.*,${NEW}\\r?\\n`));
    const summary = await exportCsv(service, `/exports/cluster-year/${CLUSTER}/2023.csv`);
    expect(summary).toContain(`tan-chau,${OLD},Cụm trưởng,${NEW}`);
  });
});
