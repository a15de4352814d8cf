import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';

/** The reform of 1/7/2025: district procuracies end, regional ones begin; a unit joins only years it existed in. */
describe('over HTTP: units in time, and the level reform of 1/7/2025', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startService();
    await ok(service, 'registerUnit', { unitId: 'vks-an-giang', name: 'Viện kiểm sát nhân dân tỉnh An Giang', level: 'PROVINCIAL' });
    await ok(service, 'registerUnit', {
      unitId: 'vks-tri-ton',
      name: 'Viện kiểm sát nhân dân huyện Tri Tôn',
      level: 'DISTRICT',
      parentUnitId: 'vks-an-giang',
    });
    await ok(service, 'registerUnit', {
      unitId: 'vks-kv7',
      name: 'Viện kiểm sát nhân dân khu vực 7 - An Giang',
      level: 'REGIONAL',
      parentUnitId: 'vks-an-giang',
    });
    await ok(service, 'registerUnit', {
      unitId: 'vks-moi',
      name: 'Viện kiểm sát nhân dân tỉnh Mới',
      level: 'PROVINCIAL',
      establishedOn: '2023-03-01',
    });
    await ok(service, 'formCluster', { clusterId: 'ag-2', name: 'Cụm thi đua số 2', kind: 'CLUSTER', organizerUnitId: 'vks-an-giang' });
  });
  afterAll(() => service.stop());

  it("says when each unit existed: its own dates, or its level's", async () => {
    const units = (await service.gql(`{ units { id: unitId establishedOn existsFrom existsUntil } }`)).data!.units;
    const byId = Object.fromEntries(units.map((u: { id: string }) => [u.id, u]));
    expect(byId['vks-tri-ton']).toEqual({ id: 'vks-tri-ton', establishedOn: null, existsFrom: null, existsUntil: '2025-07-01' });
    expect(byId['vks-kv7']).toEqual({ id: 'vks-kv7', establishedOn: null, existsFrom: '2025-07-01', existsUntil: null });
    expect(byId['vks-moi']).toEqual({ id: 'vks-moi', establishedOn: '2023-03-01', existsFrom: '2023-03-01', existsUntil: null });
  });

  it('lists the units that existed in a year, the reform included', async () => {
    const existing = async (year: number) =>
      (await service.gql(`{ units(activeInYear: ${year}) { unitId } }`)).data!.units.map((u: { unitId: string }) => u.unitId).sort();
    expect(await existing(2022)).toEqual(['vks-an-giang', 'vks-tri-ton']);
    expect(await existing(2025)).toEqual(['vks-an-giang', 'vks-kv7', 'vks-moi', 'vks-tri-ton']);
    expect(await existing(2026)).toEqual(['vks-an-giang', 'vks-kv7', 'vks-moi']);
  });

  it('refuses a regional procuracy in 2022 and a district one in 2026: LEVEL_NOT_IN_FORCE', async () => {
    const error = await refused(
      service,
      'openClusterYear',
      { clusterId: 'ag-2', year: 2022, memberUnitIds: ['vks-tri-ton', 'vks-kv7'] },
      'LEVEL_NOT_IN_FORCE',
    );
    expect(error.extensions).toMatchObject({ unitIds: ['vks-kv7'] });
    expect(error.message).toContain('01/07/2025');
    await refused(
      service,
      'openClusterYear',
      { clusterId: 'ag-2', year: 2026, memberUnitIds: ['vks-tri-ton', 'vks-kv7'] },
      'LEVEL_NOT_IN_FORCE',
    );
    await refused(
      service,
      'registerUnit',
      { unitId: 'vks-kv9', name: 'Viện kiểm sát nhân dân khu vực 9', level: 'REGIONAL', establishedOn: '2024-01-01' },
      'LEVEL_NOT_IN_FORCE',
    );
  });

  it('takes both in 2025, the year of the reform, and refuses a unit before it came into being: UNIT_NOT_YET_ESTABLISHED', async () => {
    await ok(service, 'openClusterYear', { clusterId: 'ag-2', year: 2025, memberUnitIds: ['vks-tri-ton', 'vks-kv7'] });
    await ok(service, 'openClusterYear', { clusterId: 'ag-2', year: 2022, memberUnitIds: ['vks-tri-ton'] });
    await refused(service, 'admitMember', { clusterId: 'ag-2', year: 2022, unitId: 'vks-moi' }, 'UNIT_NOT_YET_ESTABLISHED');
    await ok(service, 'openClusterYear', { clusterId: 'ag-2', year: 2023, memberUnitIds: ['vks-tri-ton', 'vks-moi'] });
  });
});
