import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster } from '../support/year-scenario';

const CLUSTERS = `query($first: Int, $after: String, $last: Int, $before: String, $organizer: ID, $kind: ClusterKind, $year: Int, $search: String) {
  clusters(first: $first, after: $after, last: $last, before: $before, organizerUnitId: $organizer, kind: $kind, year: $year, search: $search) {
    totalCount edges { cursor node { id clusterId name kind } } nodes { clusterId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
const UNITS = `query($first: Int, $after: String, $search: String, $level: UnitLevel, $parent: ID, $active: Int) {
  unitsConnection(first: $first, after: $after, search: $search, level: $level, parentUnitId: $parent, activeInYear: $active) {
    totalCount nodes { unitId name } pageInfo { hasNextPage endCursor } } }`;

describe('lists as Relay connections: clusters, units, the years of a cluster', () => {
  let service: TestService;
  const clusters = async (variables: Record<string, unknown>) => {
    const answer = await service.gql(CLUSTERS, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!.clusters;
  };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'registerUnit', { unitId: 'vks-dong-thap', name: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', level: 'PROVINCIAL' });
    await ok(service, 'registerUnit', {
      unitId: 'cao-lanh',
      name: 'Viện kiểm sát nhân dân thành phố Cao Lãnh',
      level: 'DISTRICT',
      parentUnitId: 'vks-dong-thap',
    });
    for (const [clusterId, name, kind, organizerUnitId] of [
      ['ag-1', 'Cụm thi đua số 1', 'CLUSTER', 'vks-an-giang'],
      ['ag-3', 'Cụm thi đua số 3', 'CLUSTER', 'vks-an-giang'],
      ['ag-khoi', 'Khối các phòng nghiệp vụ', 'BLOC', 'vks-an-giang'],
      ['dt-1', 'Cụm thi đua số 1 tỉnh Đồng Tháp', 'CLUSTER', 'vks-dong-thap'],
      ['dt-khoi', 'Khối văn phòng tỉnh Đồng Tháp', 'BLOC', 'vks-dong-thap'],
    ])
      await ok(service, 'formCluster', { clusterId, name, kind, organizerUnitId });
    for (const year of [2022, 2023, 2024]) await ok(service, 'openClusterYear', { clusterId: CLUSTER, year, memberUnitIds: MEMBERS });
    await openYear(service, 2025, 'tan-chau', 'an-phu');
    await ok(service, 'openClusterYear', { clusterId: 'dt-1', year: 2024, memberUnitIds: ['cao-lanh'] });
    await ok(service, 'dissolveUnit', { unitId: 'chau-doc', effectiveDate: '2023-06-30', reason: 'Sắp xếp lại tổ chức' });
  });
  afterAll(() => service.stop());

  it('pages clusters forward and backward through the same order, with exact page info and the total', async () => {
    const all = (await clusters({ first: 50 })).nodes.map((n: any) => n.clusterId);
    expect(all).toHaveLength(6);
    const forward: string[] = [];
    let after: string | null = null;
    const flags: [boolean, boolean][] = [];
    do {
      const page: any = await clusters({ first: 2, after });
      expect(page.totalCount).toBe(6);
      forward.push(...page.edges.map((e: any) => e.node.clusterId));
      flags.push([page.pageInfo.hasPreviousPage, page.pageInfo.hasNextPage]);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(forward).toEqual(all);
    expect(flags).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);

    const backward: string[] = [];
    let before: string | null = null;
    do {
      const page: any = await clusters({ last: 4, before });
      backward.unshift(...page.nodes.map((n: any) => n.clusterId));
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
    } while (before);
    expect(backward).toEqual(all);
  });

  it('narrows clusters by organizer, kind, year and search (without diacritics)', async () => {
    const ids = async (variables: Record<string, unknown>) => (await clusters(variables)).nodes.map((n: any) => n.clusterId).sort();
    expect(await ids({ organizer: 'vks-dong-thap' })).toEqual(['dt-1', 'dt-khoi']);
    expect(await ids({ kind: 'BLOC' })).toEqual(['ag-khoi', 'dt-khoi']);
    expect(await ids({ year: 2024 })).toEqual(['ag-2', 'dt-1']);
    expect(await ids({ search: 'dong thap', kind: 'CLUSTER' })).toEqual(['dt-1']);
    expect(await ids({ organizer: 'vks-an-giang', kind: 'CLUSTER', year: 2025 })).toEqual(['ag-2']);
  });

  it('pages units by search, level, parent and activity in a year; the plain list still answers', async () => {
    const units = async (variables: Record<string, unknown>) => {
      const answer = await service.gql(UNITS, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data!.unitsConnection;
    };
    expect((await units({ level: 'PROVINCIAL' })).nodes.map((u: any) => u.unitId).sort()).toEqual(['vks-an-giang', 'vks-dong-thap']);
    expect((await units({ parent: 'vks-dong-thap' })).nodes.map((u: any) => u.unitId)).toEqual(['cao-lanh']);
    expect((await units({ search: 'TP Chau Doc' })).nodes.map((u: any) => u.unitId)).toEqual(['chau-doc']);
    expect((await units({ parent: 'vks-an-giang', active: 2023 })).totalCount).toBe(5);
    expect((await units({ parent: 'vks-an-giang', active: 2024 })).nodes.map((u: any) => u.unitId)).not.toContain('chau-doc');
    const first = await units({ first: 3, parent: 'vks-an-giang' });
    const rest = await units({ first: 3, after: first.pageInfo.endCursor, parent: 'vks-an-giang' });
    expect([...first.nodes, ...rest.nodes].map((u: any) => u.unitId).sort()).toEqual([...MEMBERS].sort());
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const plain = await service.gql('{ units(search: "tan chau") { unitId name } }');
    expect(plain.data!.units).toEqual([{ unitId: 'tan-chau', name: 'Viện kiểm sát nhân dân thị xã Tân Châu' }]);
  });

  it('pages the years of a cluster, oldest first', async () => {
    const years = async (args: string) =>
      (
        await service.gql(
          `{ cluster(id: "${CLUSTER}") { clusterYears(${args}) { totalCount nodes { id year } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`,
        )
      ).data!.cluster.clusterYears;
    const page = await years('first: 2');
    expect(page).toMatchObject({
      totalCount: 4,
      nodes: [{ id: 'ClusterYear:ag-2/2022', year: 2022 }, { year: 2023 }],
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    const next = await years(`first: 2, after: "${page.pageInfo.endCursor}"`);
    expect(next.nodes.map((n: any) => n.year)).toEqual([2024, 2025]);
    expect((await years('last: 1')).nodes).toEqual([{ id: 'ClusterYear:ag-2/2025', year: 2025 }]);
  });

  it('refuses pages too large, first with last, and cursors that are not ours, with BAD_USER_INPUT in Vietnamese', async () => {
    const refusals = [
      [{ last: 201 }, /last phải là số nguyên từ 0 đến 200/],
      [{ first: 2, last: 2 }, /Chỉ dùng một trong "first"/],
      [{ after: 'bogus' }, /Con trỏ "after" không hợp lệ/],
      [{ after: Buffer.from('k:khong-co').toString('base64url') }, /không còn trong danh sách/],
      [{ search: 'x'.repeat(201) }, /Chuỗi tìm kiếm dài tối đa 200 ký tự/],
    ] as const;
    for (const [variables, message] of refusals) {
      const answer = await service.gql(CLUSTERS, variables);
      expect({ variables, code: answer.errors?.[0].extensions?.code }).toEqual({ variables, code: 'BAD_USER_INPUT' });
      expect(answer.errors![0].message).toMatch(message);
    }
  });
});
