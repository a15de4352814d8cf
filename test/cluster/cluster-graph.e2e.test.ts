import { Role } from '../../src/kernel/actor';
import { startService, type TestService } from '../support/service';

const REGISTER = `mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { position stream eventTypes duplicate } }`;
const FORM = `mutation($input: FormClusterInput!) { formCluster(input: $input) { position } }`;
const OPEN = `mutation($input: OpenClusterYearInput!) { openClusterYear(input: $input) { position } }`;
const ROTATE = `mutation($input: RotateChairInput!) { rotateChair(input: $input) { position } }`;
const GRAPH = `query($year: Int!) { clusterGraph(year: $year) { year nodes { key kind entityId label category } edges { kind source target } } }`;

const edges = (graph: any, kind: string) =>
  graph.edges
    .filter((e: any) => e.kind === kind)
    .map((e: any) => `${e.source}->${e.target}`)
    .sort();

describe('over HTTP: register units, form a cluster, open two years, rotate chairs, draw the graph', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startService();
    const ok = async (query: string, input: Record<string, unknown>) => {
      const response = await service.gql(query, { input });
      expect(response.errors).toBeUndefined();
      return response.data;
    };
    await ok(REGISTER, { unitId: 'vks-an-giang', name: 'Viện kiểm sát nhân dân tỉnh An Giang', level: 'PROVINCIAL' });
    for (const [unitId, name] of [
      ['tan-chau', 'Viện kiểm sát nhân dân thị xã Tân Châu'],
      ['tri-ton', 'Viện kiểm sát nhân dân huyện Tri Tôn'],
      ['an-phu', 'Viện kiểm sát nhân dân huyện An Phú'],
      ['tinh-bien', 'Viện kiểm sát nhân dân huyện Tịnh Biên'],
      ['chau-doc', 'Viện kiểm sát nhân dân thành phố Châu Đốc'],
    ])
      await ok(REGISTER, { unitId, name, level: 'DISTRICT', parentUnitId: 'vks-an-giang' });
    await ok(FORM, { clusterId: 'ag-2', name: 'Cụm thi đua số 2', kind: 'CLUSTER', organizerUnitId: 'vks-an-giang' });
    await ok(OPEN, { clusterId: 'ag-2', year: 2022, memberUnitIds: ['tan-chau', 'tri-ton', 'an-phu', 'tinh-bien', 'chau-doc'] });
    await ok(ROTATE, { clusterId: 'ag-2', year: 2022, chairUnitId: 'tan-chau', viceChairUnitId: 'tri-ton' });
    await ok(OPEN, { clusterId: 'ag-2', year: 2023, memberUnitIds: ['tri-ton', 'an-phu', 'tinh-bien', 'chau-doc'] });
    await ok(ROTATE, { clusterId: 'ag-2', year: 2023, chairUnitId: 'tri-ton', viceChairUnitId: 'chau-doc' });
  });
  afterAll(() => service.stop());

  it('draws 2022 and 2023 each with its own members and chairs', async () => {
    const y2022 = (await service.gql(GRAPH, { year: 2022 })).data!.clusterGraph;
    const y2023 = (await service.gql(GRAPH, { year: 2023 })).data!.clusterGraph;

    expect(y2022.nodes).toContainEqual({
      key: 'cluster:ag-2',
      kind: 'CLUSTER',
      entityId: 'ag-2',
      label: 'Cụm thi đua số 2',
      category: 'CLUSTER',
    });
    expect(edges(y2022, 'MEMBER_OF')).toHaveLength(5);
    expect(edges(y2022, 'MEMBER_OF')).toContain('unit:tan-chau->cluster:ag-2');
    expect(edges(y2022, 'CHAIR_OF')).toEqual(['unit:tan-chau->cluster:ag-2']);
    expect(edges(y2022, 'VICE_CHAIR_OF')).toEqual(['unit:tri-ton->cluster:ag-2']);
    expect(edges(y2022, 'PARENT_UNIT')).toContain('unit:tan-chau->unit:vks-an-giang');

    expect(edges(y2023, 'MEMBER_OF')).toHaveLength(4);
    expect(edges(y2023, 'MEMBER_OF')).not.toContain('unit:tan-chau->cluster:ag-2');
    expect(edges(y2023, 'CHAIR_OF')).toEqual(['unit:tri-ton->cluster:ag-2']);
    expect(edges(y2023, 'VICE_CHAIR_OF')).toEqual(['unit:chau-doc->cluster:ag-2']);
  });

  it('diffs two years: who joined, who left, who changed role', async () => {
    const diff = (
      await service.gql(`{ clusterGraphDiff(fromYear: 2022, toYear: 2023) { fromYear toYear
        clusters { clusterId change joined left roleChanges { unitId from to } } renamedUnits { unitId } } }`)
    ).data!.clusterGraphDiff;
    expect(diff).toEqual({
      fromYear: 2022,
      toYear: 2023,
      clusters: [
        {
          clusterId: 'ag-2',
          change: 'CONTINUED',
          joined: [],
          left: ['tan-chau'],
          roleChanges: [
            { unitId: 'tri-ton', from: 'VICE_CHAIR', to: 'CHAIR' },
            { unitId: 'chau-doc', from: 'MEMBER', to: 'VICE_CHAIR' },
          ],
        },
      ],
      renamedUnits: [],
    });
    const none = (await service.gql('{ clusterGraphDiff(fromYear: 2019, toYear: 2022) { clusters { change joined } } }')).data!
      .clusterGraphDiff;
    expect(none.clusters).toEqual([{ change: 'FORMED', joined: ['tan-chau', 'tri-ton', 'an-phu', 'tinh-bien', 'chau-doc'] }]);
  });

  it('serves a cluster with its years, members and chairs', async () => {
    const response = await service.gql(
      `{ cluster(id: "ag-2") { name kind organizer { name } years { year chair { id: unitId } viceChair { id: unitId } members { id: unitId parent { id: unitId } } } } }`,
    );
    expect(response.data!.cluster).toMatchObject({
      name: 'Cụm thi đua số 2',
      kind: 'CLUSTER',
      organizer: { name: 'Viện kiểm sát nhân dân tỉnh An Giang' },
      years: [
        { year: 2022, chair: { id: 'tan-chau' }, viceChair: { id: 'tri-ton' } },
        { year: 2023, chair: { id: 'tri-ton' }, viceChair: { id: 'chau-doc' } },
      ],
    });
    expect(response.data!.cluster.years[0].members[0].parent).toEqual({ id: 'vks-an-giang' });
  });

  it('lists units in Vietnamese order', async () => {
    const names = (await service.gql('{ units { name } }')).data!.units.map((u: any) => u.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names).toHaveLength(6);
  });

  it("refuses last year's chair with CHAIR_NOT_ROTATED and leaves the store unchanged", async () => {
    await service.gql(OPEN, {
      input: { clusterId: 'ag-2', year: 2024, memberUnitIds: ['tri-ton', 'an-phu', 'tinh-bien'] },
    });
    const head = await service.store.headPosition();
    const response = await service.gql(ROTATE, {
      input: { clusterId: 'ag-2', year: 2024, chairUnitId: 'tri-ton', viceChairUnitId: 'an-phu' },
    });
    expect(response.errors![0].extensions!.code).toBe('CHAIR_NOT_ROTATED');
    expect(response.errors![0].message).toMatch(/luân phiên/);
    expect(await service.store.headPosition()).toBe(head);
  });

  it.each([
    ['a chair outside the year', 'CHAIR_NOT_MEMBER', { chairUnitId: 'tan-chau', viceChairUnitId: 'an-phu' }],
    ['the same unit twice', 'CHAIR_SAME_AS_VICE_CHAIR', { chairUnitId: 'an-phu', viceChairUnitId: 'an-phu' }],
    ['a year never opened', 'YEAR_NOT_OPEN', { year: 2030, chairUnitId: 'an-phu', viceChairUnitId: 'tri-ton' }],
    ['a malformed id', 'BAD_USER_INPUT', { chairUnitId: 'an phu!', viceChairUnitId: 'tri-ton' }],
    ['a year out of range', 'BAD_USER_INPUT', { year: 1200, chairUnitId: 'an-phu', viceChairUnitId: 'tri-ton' }],
  ])('refuses a RotateChair with %s: %s, nothing appended', async (_label, code, change) => {
    const head = await service.store.headPosition();
    const response = await service.gql(ROTATE, { input: { clusterId: 'ag-2', year: 2024, ...change } });
    expect(response.errors![0].extensions!.code).toBe(code);
    expect(response.errors![0].message.length).toBeGreaterThan(10);
    expect(await service.store.headPosition()).toBe(head);
  });

  it('applies a retried command once (same commandId) and says it was a duplicate', async () => {
    const input = { commandId: 'retry-1', unitId: 'vks-toi-cao', name: 'Viện kiểm sát nhân dân tối cao', level: 'SUPREME' };
    const first = await service.gql(REGISTER, { input });
    const second = await service.gql(REGISTER, { input });
    expect(first.data!.registerUnit.duplicate).toBe(false);
    expect(second.data!.registerUnit).toEqual({ ...first.data!.registerUnit, duplicate: true });
  });

  it('names the actor of every event from the verified token', async () => {
    const events = await service.store.readStream('clusteryear-ag-2-2022');
    expect(events.map((e) => e.metadata.actor)).toEqual([
      { id: 'admin-test', name: 'Quản trị', role: 'ADMIN', unitId: null },
      { id: 'admin-test', name: 'Quản trị', role: 'ADMIN', unitId: null },
    ]);
  });

  describe('authentication', () => {
    it('refuses a request without a token: UNAUTHENTICATED, 401', async () => {
      const response = await service.post({ query: '{ units { id } }' });
      expect(response.status).toBe(401);
      expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a forged or malformed token: UNAUTHENTICATED', async () => {
      const token = await service.token('x', { role: Role.ADMIN });
      const forged = `${token.slice(0, -4)}AAAA`;
      for (const bad of [forged, 'not-a-jwt']) {
        const response = await service.post({ query: '{ units { id } }' }, bad);
        expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      }
    });

    it('lets any authenticated role read, and only ADMIN run these commands: FORBIDDEN', async () => {
      const auditor = await service.token('kiem-tra-1', { role: Role.AUDITOR });
      expect((await service.gql('{ units { id } }', {}, auditor)).data!.units.length).toBeGreaterThan(0);
      const head = await service.store.headPosition();
      const response = await service.gql(REGISTER, { input: { unitId: 'x', name: 'X', level: 'REGIONAL' } }, auditor);
      expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(response.errors![0].message).toMatch(/ADMIN/);
      expect(await service.store.headPosition()).toBe(head);
    });
  });

  it('serves the IDE page and its assets from the service itself (no internet needed)', async () => {
    const page = await fetch(service.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    for (const file of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      const asset = await fetch(`${service.url}/ide/${file}`);
      expect(asset.status).toBe(200);
      // Read whole, as a browser would: an answer left unread is one the service's stop must wait for.
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });
});
