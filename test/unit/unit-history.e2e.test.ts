import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster, score } from '../support/year-scenario';

describe('units over time: rename, merge on 1/7/2025, dissolve; history follows the successor', () => {
  let service: TestService;
  const y24 = { clusterId: CLUSTER, year: 2024 };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
    for (const unitId of ['tan-chau', 'an-phu']) await ok(service, 'registerTitle', { ...y24, unitId, titleId: 'lao-dong-tien-tien' });
    for (const unitId of MEMBERS) await score(service, 2024, unitId, 'COUNCIL', [35, 35, 15]);
    await ok(service, 'finalizeScores', y24);
    for (const unitId of ['tan-chau', 'an-phu']) {
      await ok(service, 'proposeAward', { ...y24, awardId: `tt-${unitId}`, unitId, titleId: 'lao-dong-tien-tien' });
      await ok(service, 'decideAward', {
        ...y24,
        awardId: `tt-${unitId}`,
        decisionNumber: `9${unitId.length}/QĐ-VKS`,
        decisionDate: '2025-01-15',
        signer: 'Viện trưởng VKSND tỉnh An Giang',
      });
    }
    await ok(service, 'registerUnit', {
      unitId: 'vks-kv7',
      name: 'Viện kiểm sát nhân dân khu vực 7 - An Giang',
      level: 'REGIONAL',
      parentUnitId: 'vks-an-giang',
    });
  });
  afterAll(() => service.stop());

  it('merges two units into a new one mid-2025; the successor lists both predecessors and their 2024 titles', async () => {
    const merge = {
      commandId: 'sap-nhap-kv7',
      predecessorUnitIds: ['tan-chau', 'an-phu'],
      successorUnitId: 'vks-kv7',
      effectiveDate: '2025-07-01',
    };
    const first = await ok(service, 'mergeUnits', merge);
    expect(first.eventTypes).toEqual(['UnitMerged', 'UnitMerged']);
    const retry = await ok(service, 'mergeUnits', merge);
    expect(retry.position).toBe(first.position);

    const unit = (
      await service.gql(`{ unit(id: "vks-kv7") {
        name predecessorUnitIds predecessors { id name successor { id } endedOn }
        titles { year clusterId titleId status recordOfUnitId }
        memberships { year clusterId chair viceChair recordOfUnitId } } }`)
    ).data!.unit;
    expect(unit.predecessors).toEqual([
      { id: 'Unit:tan-chau', name: 'Viện kiểm sát nhân dân thị xã Tân Châu', successor: { id: 'Unit:vks-kv7' }, endedOn: '2025-07-01' },
      { id: 'Unit:an-phu', name: 'Viện kiểm sát nhân dân huyện An Phú', successor: { id: 'Unit:vks-kv7' }, endedOn: '2025-07-01' },
    ]);
    expect(unit.titles).toEqual([
      { year: 2024, clusterId: CLUSTER, titleId: 'lao-dong-tien-tien', status: 'DECIDED', recordOfUnitId: 'tan-chau' },
      { year: 2024, clusterId: CLUSTER, titleId: 'lao-dong-tien-tien', status: 'DECIDED', recordOfUnitId: 'an-phu' },
    ]);
    expect(unit.memberships).toEqual([
      { year: 2024, clusterId: CLUSTER, chair: true, viceChair: false, recordOfUnitId: 'tan-chau' },
      { year: 2024, clusterId: CLUSTER, chair: false, viceChair: true, recordOfUnitId: 'an-phu' },
    ]);
  });

  it('keeps merged units out of later years: UNIT_NOT_ACTIVE, and out of further merges', async () => {
    await refused(
      service,
      'openClusterYear',
      { clusterId: CLUSTER, year: 2026, memberUnitIds: ['tan-chau', 'tri-ton'] },
      'UNIT_NOT_ACTIVE',
    );
    await refused(
      service,
      'mergeUnits',
      { predecessorUnitIds: ['an-phu'], successorUnitId: 'tri-ton', effectiveDate: '2025-08-01' },
      'UNIT_NOT_ACTIVE',
    );
    await refused(
      service,
      'mergeUnits',
      { predecessorUnitIds: ['tri-ton'], successorUnitId: 'tan-chau', effectiveDate: '2025-08-01' },
      'SUCCESSOR_NOT_FOUND',
    );
    await ok(service, 'openClusterYear', { clusterId: CLUSTER, year: 2025, memberUnitIds: ['tan-chau', 'tri-ton'] });
  });

  it('renames a unit from a date and keeps every name', async () => {
    await ok(service, 'renameUnit', {
      unitId: 'vks-kv7',
      name: 'Viện kiểm sát nhân dân khu vực 7 (An Giang)',
      shortName: 'VKSND khu vực 7',
      effectiveDate: '2025-09-01',
    });
    const unit = (await service.gql('{ unit(id: "vks-kv7") { name shortName names { name shortName effectiveFrom } } }')).data!.unit;
    expect(unit).toEqual({
      name: 'Viện kiểm sát nhân dân khu vực 7 (An Giang)',
      shortName: 'VKSND khu vực 7',
      names: [
        { name: 'Viện kiểm sát nhân dân khu vực 7 - An Giang', shortName: null, effectiveFrom: null },
        { name: 'Viện kiểm sát nhân dân khu vực 7 (An Giang)', shortName: 'VKSND khu vực 7', effectiveFrom: '2025-09-01' },
      ],
    });
  });

  it('dissolves a unit with its reason', async () => {
    await ok(service, 'dissolveUnit', {
      unitId: 'chau-doc',
      effectiveDate: '2025-07-01',
      reason: 'Sắp xếp tổ chức bộ máy theo Nghị quyết của Quốc hội',
    });
    const unit = (await service.gql('{ unit(id: "chau-doc") { endedOn dissolutionReason } }')).data!.unit;
    expect(unit).toEqual({ endedOn: '2025-07-01', dissolutionReason: 'Sắp xếp tổ chức bộ máy theo Nghị quyết của Quốc hội' });
    const [event] = (await service.store.readStream('unit-chau-doc')).slice(-1);
    expect(event.metadata.reason).toBe('Sắp xếp tổ chức bộ máy theo Nghị quyết của Quốc hội');
  });
});
