import { Role } from '../../src/kernel/actor';
import { exportCsv } from '../support/exports';
import { mutate, ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { registerCluster } from '../support/year-scenario';

/** Initials as officials type them, Khối words for blocs, and a refusal that names the unit. */
describe('over HTTP: search by initials, words for blocs, refusals that name the unit', () => {
  let service: TestService;
  const bloc = { clusterId: 'khoi-vkstc', year: 2024 };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'registerUnit', { unitId: 'vks-toi-cao', name: 'Viện kiểm sát nhân dân tối cao', level: 'SUPREME' });
    await ok(service, 'registerUnit', { unitId: 'vks-hcm', name: 'Viện kiểm sát nhân dân Thành phố Hồ Chí Minh', level: 'PROVINCIAL' });
    await ok(service, 'registerUnit', {
      unitId: 'vp2',
      name: 'Viện kiểm sát nhân dân tối cao, Văn phòng 2 (HCM)',
      level: 'SUPREME_DEPARTMENT',
      parentUnitId: 'vks-toi-cao',
    });
    await ok(service, 'registerUnit', {
      unitId: 'vu-1',
      name: 'Vụ Thực hành quyền công tố và kiểm sát điều tra án an ninh',
      level: 'SUPREME_DEPARTMENT',
      parentUnitId: 'vks-toi-cao',
    });
    await ok(service, 'registerUnit', {
      unitId: 'vu-2',
      name: 'Vụ Kiểm sát thi hành án dân sự',
      level: 'SUPREME_DEPARTMENT',
      parentUnitId: 'vks-toi-cao',
    });
    await ok(service, 'formCluster', {
      clusterId: bloc.clusterId,
      name: 'Khối thi đua các Vụ nghiệp vụ',
      kind: 'BLOC',
      organizerUnitId: 'vks-toi-cao',
    });
    await ok(service, 'openClusterYear', { ...bloc, memberUnitIds: ['vu-1', 'vu-2'] });
  });
  afterAll(() => service.stop());

  const search = async (text: string) =>
    (await service.gql(`query($s: String) { units(search: $s) { unitId } }`, { s: text })).data!.units.map(
      (u: { unitId: string }) => u.unitId,
    );

  it('finds units by the initials officials type, after the exact matches', async () => {
    expect((await search('VKSTC'))[0]).toBe('vks-toi-cao');
    for (const text of ['TP.HCM', 'TPHCM', 'tp hcm']) expect(await search(text)).toContain('vks-hcm');
    // "HCM" is a word of Văn phòng 2's name: it comes first, the city's initials after.
    expect(await search('HCM')).toEqual(['vp2', 'vks-hcm']);
    expect(await search('tan chau')).toEqual(['tan-chau']);
  });

  it('says Khối, Khối trưởng, Khối phó for a bloc, in refusals and exports', async () => {
    const error = await refused(service, 'rotateChair', { ...bloc, chairUnitId: 'vks-hcm' }, 'CHAIR_NOT_MEMBER');
    expect(error.message).toContain('Khối trưởng');
    expect(error.message).not.toContain('Cụm');
    await ok(service, 'rotateChair', { ...bloc, chairUnitId: 'vu-1' });
    const csv = await exportCsv(service, `/exports/cluster-year/${bloc.clusterId}/2024.csv`);
    expect(csv).toContain('Khối trưởng: Vụ Thực hành quyền công tố và kiểm sát điều tra án an ninh; Khối phó: chưa ghi nhận');
    expect(csv).toContain('vu-1,Vụ Thực hành quyền công tố và kiểm sát điều tra án an ninh,Khối trưởng');
    expect(csv).not.toMatch(/Cụm (trưởng|phó)/);
  });

  it('names the unit in a refusal, not the input field', async () => {
    const officer = await service.token('can-bo-tan-chau', { role: Role.UNIT_OFFICER, unit: 'tan-chau' });
    const response = await mutate(
      service,
      'registerTitle',
      { clusterId: 'ag-2', year: 2022, unitId: 'tri-ton', titleId: 'lao-dong-xuat-sac' },
      officer,
    );
    expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(response.errors![0].message).toContain('UNIT_OFFICER của chính đơn vị "Viện kiểm sát nhân dân huyện Tri Tôn" (tri-ton)');
    expect(response.errors![0].message).not.toContain('"unitId"');
  });
});
