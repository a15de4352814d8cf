import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';

const PREDECESSORS = ['vks-tan-chau', 'vks-an-phu', 'vks-phu-tan'];

/** On 1/7/2025 three district procuracies become one regional procuracy: one write, never half of it. */
describe('over HTTP: a merge of several predecessors is one atomic write', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startService();
    await ok(service, 'registerUnit', { unitId: 'vks-an-giang', name: 'Viện kiểm sát nhân dân tỉnh An Giang', level: 'PROVINCIAL' });
    for (const unitId of PREDECESSORS)
      await ok(service, 'registerUnit', {
        unitId,
        name: `Viện kiểm sát nhân dân ${unitId}`,
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
      unitId: 'vks-kv8',
      name: 'Viện kiểm sát nhân dân khu vực 8 - An Giang',
      level: 'REGIONAL',
      parentUnitId: 'vks-an-giang',
    });
  });
  afterAll(() => service.stop());

  it('refuses the whole merge when one predecessor cannot merge, and writes nothing', async () => {
    await ok(service, 'mergeUnits', { predecessorUnitIds: ['vks-phu-tan'], successorUnitId: 'vks-kv8', effectiveDate: '2025-07-01' });
    await refused(
      service,
      'mergeUnits',
      { predecessorUnitIds: ['vks-tan-chau', 'vks-phu-tan'], successorUnitId: 'vks-kv7', effectiveDate: '2025-07-01' },
      'UNIT_NOT_ACTIVE',
    );
    const unit = (await service.gql(`{ unit(id: "vks-tan-chau") { successorUnitId } }`)).data!.unit;
    expect(unit.successorUnitId).toBeNull();
  });

  it('shows, as of every position around the merge, either none of it or all of it', async () => {
    const before = (
      await ok(service, 'renameUnit', {
        unitId: 'vks-kv7',
        name: 'Viện kiểm sát nhân dân khu vực 7 - tỉnh An Giang',
        effectiveDate: '2025-07-01',
      })
    ).position;
    const merge = await ok(service, 'mergeUnits', {
      predecessorUnitIds: ['vks-tan-chau', 'vks-an-phu'],
      successorUnitId: 'vks-kv7',
      effectiveDate: '2025-07-01',
    });
    expect(merge.eventTypes).toEqual(['UnitMerged', 'UnitMerged']);
    const query = `query($p: AsOf) { kv7: unit(id: "vks-kv7", asOf: $p) { predecessorUnitIds }
      a: unit(id: "vks-tan-chau", asOf: $p) { successorUnitId } b: unit(id: "vks-an-phu", asOf: $p) { successorUnitId } }`;
    const seen = [];
    for (let position = before; position <= merge.position; position += 1) {
      const { kv7, a, b } = (await service.gql(query, { p: position })).data!;
      seen.push({ predecessors: kv7.predecessorUnitIds, successors: [a.successorUnitId, b.successorUnitId] });
    }
    const none = { predecessors: [], successors: [null, null] };
    const all = { predecessors: ['vks-tan-chau', 'vks-an-phu'], successors: ['vks-kv7', 'vks-kv7'] };
    for (const state of seen) expect([none, all]).toContainEqual(state);
    expect(seen[0]).toEqual(none);
    expect(seen.at(-1)).toEqual(all);
  });

  it('answers a retried merge once', async () => {
    const input = {
      commandId: 'sap-nhap-lai',
      predecessorUnitIds: ['vks-an-giang'],
      successorUnitId: 'vks-kv8',
      effectiveDate: '2025-07-01',
    };
    const first = await ok(service, 'mergeUnits', input);
    const again = await ok(service, 'mergeUnits', input);
    expect(again).toEqual({ ...first, duplicate: true });
  });
});
