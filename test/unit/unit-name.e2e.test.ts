import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';

const TAN_CHAU = {
  unitId: 'vks-tx-tan-chau',
  name: 'Viện kiểm sát nhân dân thị xã Tân Châu',
  level: 'DISTRICT',
  parentUnitId: 'vks-an-giang',
};

describe('a full name is not taken twice under one parent (registerUnit, renameUnit)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startService();
    await ok(service, 'registerUnit', { unitId: 'vks-an-giang', name: 'Viện kiểm sát nhân dân tỉnh An Giang', level: 'PROVINCIAL' });
    await ok(service, 'registerUnit', { unitId: 'vks-dong-thap', name: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', level: 'PROVINCIAL' });
    await ok(service, 'registerUnit', TAN_CHAU);
  });
  afterAll(() => service.stop());

  it('refuses the same name (in another case and spacing) under the same parent with UNIT_NAME_TAKEN, naming the unit that bears it', async () => {
    const error = await refused(
      service,
      'registerUnit',
      { ...TAN_CHAU, unitId: 'vks-tan-chau', name: 'Viện kiểm sát nhân dân  THỊ XÃ Tân Châu' },
      'UNIT_NAME_TAKEN',
    );
    expect(error.extensions).toMatchObject({ unitId: 'vks-tx-tan-chau' });
    expect(error.message).toMatch(/đã có đơn vị mang tên/);
  });

  it('accepts the same name under another parent, and a name that differs only in its diacritics', async () => {
    await ok(service, 'registerUnit', { ...TAN_CHAU, unitId: 'vks-tan-chau-dt', parentUnitId: 'vks-dong-thap' });
    await ok(service, 'registerUnit', { ...TAN_CHAU, unitId: 'vks-tan-chau-2', name: 'Viện kiểm sát nhân dân thị xã Tân Chầu' });
  });

  it('frees the name once its bearer is dissolved', async () => {
    await ok(service, 'dissolveUnit', { unitId: 'vks-tx-tan-chau', effectiveDate: '2025-07-01', reason: 'Sắp xếp tổ chức bộ máy' });
    await ok(service, 'registerUnit', { ...TAN_CHAU, unitId: 'vks-tan-chau-moi' });
  });

  it('records the name a rename gives: another unit cannot be registered or renamed to it, and the old name is free', async () => {
    const phuTan = { ...TAN_CHAU, unitId: 'vks-phu-tan', name: 'Viện kiểm sát nhân dân huyện Phú Tân' };
    const choMoi = { ...TAN_CHAU, unitId: 'vks-cho-moi', name: 'Viện kiểm sát nhân dân huyện Chợ Mới' };
    await ok(service, 'registerUnit', phuTan);
    await ok(service, 'registerUnit', choMoi);
    const newName = 'Viện kiểm sát nhân dân khu vực 9 - An Giang';
    await ok(service, 'renameUnit', { unitId: 'vks-phu-tan', name: newName, effectiveDate: '2025-07-01' });

    const registering = await refused(
      service,
      'registerUnit',
      { ...TAN_CHAU, unitId: 'vks-kv9', name: newName.toUpperCase() },
      'UNIT_NAME_TAKEN',
    );
    expect(registering.extensions).toMatchObject({ unitId: 'vks-phu-tan' });
    const renaming = await refused(
      service,
      'renameUnit',
      { unitId: 'vks-cho-moi', name: newName, effectiveDate: '2025-07-01' },
      'UNIT_NAME_TAKEN',
    );
    expect(renaming.extensions).toMatchObject({ unitId: 'vks-phu-tan' });
    expect(renaming.message).toMatch(/đặt cho đơn vị "vks-cho-moi" một tên khác/);
    // The refused rename wrote nothing, the name's record included: Chợ Mới keeps its name.
    const units = await service.gql('{ units(search: "Chợ Mới") { id name } }');
    expect(units.data!.units).toEqual([{ id: 'Unit:vks-cho-moi', name: choMoi.name }]);

    await ok(service, 'registerUnit', { ...phuTan, unitId: 'vks-phu-tan-cu' });
  });

  it('a retried registration (same commandId) answers duplicate, not UNIT_NAME_TAKEN', async () => {
    const input = { ...TAN_CHAU, unitId: 'vks-tri-ton', name: 'Viện kiểm sát nhân dân huyện Tri Tôn', commandId: 'dang-ky-tri-ton' };
    await ok(service, 'registerUnit', input);
    expect(await ok(service, 'registerUnit', input)).toMatchObject({ duplicate: true });
  });
});
