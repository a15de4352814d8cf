import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';

const GRAPH = `query($year: Int!, $organizer: ID, $clusters: [ID!], $kind: ClusterKind, $level: UnitLevel, $around: ID, $asOf: AsOf) {
  clusterGraph(year: $year, organizerUnitId: $organizer, clusterIds: $clusters, kind: $kind, level: $level, around: $around, asOf: $asOf) {
    nodes { id key kind label } edges { kind source target } } }`;

const clustersIn = (graph: any) =>
  graph.nodes
    .filter((n: any) => n.kind === 'CLUSTER')
    .map((n: any) => n.key)
    .sort();
const unitsIn = (graph: any) =>
  graph.nodes
    .filter((n: any) => n.kind === 'UNIT')
    .map((n: any) => n.key)
    .sort();

describe('clusterGraph narrowed by organizer, clusters, kind, organizer level, or around a unit', () => {
  let service: TestService;
  const graph = async (variables: Record<string, unknown>) => {
    const answer = await service.gql(GRAPH, { year: 2024, ...variables });
    expect(answer.errors).toBeUndefined();
    return answer.data!.clusterGraph;
  };

  beforeAll(async () => {
    service = await startService();
    const unit = (unitId: string, name: string, level: string, parentUnitId?: string) =>
      ok(service, 'registerUnit', { unitId, name, level, parentUnitId });
    await unit('vks-toi-cao', 'Viện kiểm sát nhân dân tối cao', 'SUPREME');
    for (const [id, name] of [
      ['vks-an-giang', 'tỉnh An Giang'],
      ['vks-dong-thap', 'tỉnh Đồng Tháp'],
    ])
      await unit(id, `Viện kiểm sát nhân dân ${name}`, 'PROVINCIAL', 'vks-toi-cao');
    for (const [id, name, parent] of [
      ['tan-chau', 'thị xã Tân Châu', 'vks-an-giang'],
      ['tri-ton', 'huyện Tri Tôn', 'vks-an-giang'],
      ['cao-lanh', 'thành phố Cao Lãnh', 'vks-dong-thap'],
      ['sa-dec', 'thành phố Sa Đéc', 'vks-dong-thap'],
    ])
      await unit(id, `Viện kiểm sát nhân dân ${name}`, 'DISTRICT', parent);
    const cluster = async (clusterId: string, kind: string, organizerUnitId: string, members: string[]) => {
      await ok(service, 'formCluster', { clusterId, name: `Cụm ${clusterId}`, kind, organizerUnitId });
      await ok(service, 'openClusterYear', { clusterId, year: 2024, memberUnitIds: members });
    };
    await cluster('ag-1', 'CLUSTER', 'vks-an-giang', ['tan-chau', 'tri-ton']);
    await cluster('dt-1', 'CLUSTER', 'vks-dong-thap', ['cao-lanh', 'sa-dec']);
    await cluster('tinh-mien-tay', 'BLOC', 'vks-toi-cao', ['vks-an-giang', 'vks-dong-thap']);
  });
  afterAll(() => service.stop());

  it('narrows by organizer, by clusters, by kind and by the level of the organizer', async () => {
    expect(clustersIn(await graph({}))).toEqual(['cluster:ag-1', 'cluster:dt-1', 'cluster:tinh-mien-tay']);
    expect(clustersIn(await graph({ organizer: 'vks-dong-thap' }))).toEqual(['cluster:dt-1']);
    expect(clustersIn(await graph({ clusters: ['ag-1', 'dt-1'] }))).toEqual(['cluster:ag-1', 'cluster:dt-1']);
    expect(clustersIn(await graph({ kind: 'BLOC' }))).toEqual(['cluster:tinh-mien-tay']);
    expect(clustersIn(await graph({ level: 'PROVINCIAL' }))).toEqual(['cluster:ag-1', 'cluster:dt-1']);
    expect(clustersIn(await graph({ level: 'SUPREME', kind: 'CLUSTER' }))).toEqual([]);
    const one = await graph({ organizer: 'vks-dong-thap' });
    expect(unitsIn(one)).toEqual(['unit:cao-lanh', 'unit:sa-dec', 'unit:vks-dong-thap', 'unit:vks-toi-cao']);
    expect(one.edges.every((e: any) => !e.source.includes('tan-chau') && !e.target.includes('ag-1'))).toBe(true);
  });

  it('draws the neighbourhood of a unit: its clusters, their members and the parents', async () => {
    const around = await graph({ around: 'vks-an-giang' });
    // A member of the bloc and the organizer of cluster ag-1.
    expect(clustersIn(around)).toEqual(['cluster:ag-1', 'cluster:tinh-mien-tay']);
    expect(unitsIn(around)).toEqual(['unit:tan-chau', 'unit:tri-ton', 'unit:vks-an-giang', 'unit:vks-dong-thap', 'unit:vks-toi-cao']);
    expect(clustersIn(await graph({ around: 'sa-dec' }))).toEqual(['cluster:dt-1']);
  });

  it('answers the whole year from what it built at this log position, and builds it again after a change', async () => {
    const before = await graph({});
    expect(await graph({})).toEqual(before);
    const { position } = await ok(service, 'rotateChair', {
      clusterId: 'dt-1',
      year: 2024,
      chairUnitId: 'sa-dec',
      viceChairUnitId: 'cao-lanh',
    });
    const after = await graph({});
    expect(after.edges).toContainEqual({ kind: 'CHAIR_OF', source: 'unit:sa-dec', target: 'cluster:dt-1' });
    expect(before.edges).not.toContainEqual({ kind: 'CHAIR_OF', source: 'unit:sa-dec', target: 'cluster:dt-1' });
    // History keeps its own graph, with ids of its own.
    const past = await graph({ asOf: position - 1 });
    expect(past.edges).toEqual(before.edges);
    expect(past.nodes[0].id).toBe(`${before.nodes[0].id}@${position - 1}`);
  });

  it('refuses a malformed unit or cluster id with BAD_USER_INPUT', async () => {
    const answer = await service.gql(GRAPH, { year: 2024, around: 'không hợp lệ' });
    expect(answer.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
