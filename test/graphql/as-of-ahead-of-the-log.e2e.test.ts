import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, registerCluster } from '../support/year-scenario';

const GRAPH = 'query Graph($asOf: AsOf) { clusterGraph(year: 2024, asOf: $asOf) { nodes { key } edges { source target kind } } }';
const MEMBERS = 'query Year($asOf: AsOf) { clusterYear(clusterId: "ag-2", year: 2024, asOf: $asOf) { memberUnitIds } }';

/**
 * A position the log has not reached yet reads the head, which moves: what was computed for it
 * then must not be what it answers once the log has passed it (the whole-year graph is kept per
 * position; it was kept under the asked position instead of the one it was read at).
 */
describe('asOf a position ahead of the log', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'openClusterYear', { clusterId: CLUSTER, year: 2024, memberUnitIds: ['tan-chau', 'tri-ton'] });
  }, 60_000);
  afterAll(() => service.stop());

  it('answers, once the log has passed it, what was recorded up to it', async () => {
    const ahead = (await service.store.headPosition()) + 3;
    const early = await service.gql(GRAPH, { asOf: ahead });
    expect(early.data!.clusterGraph.nodes.map((n: { key: string }) => n.key)).not.toContain('unit:an-phu');

    const admitted: string[] = [];
    for (const unitId of ['an-phu', 'tinh-bien', 'chau-doc', 'vks-an-giang']) {
      const { position } = await ok(service, 'admitMember', { clusterId: CLUSTER, year: 2024, unitId });
      if (position <= ahead) admitted.push(unitId);
    }
    expect(admitted.length).toBeGreaterThan(0);

    const { memberUnitIds } = (await service.gql(MEMBERS, { asOf: ahead })).data!.clusterYear;
    expect(memberUnitIds).toEqual(['tan-chau', 'tri-ton', ...admitted]);
    const graph = (await service.gql(GRAPH, { asOf: ahead })).data!.clusterGraph;
    const members = graph.edges.filter((e: { kind: string }) => e.kind === 'MEMBER_OF').map((e: { source: string }) => e.source);
    expect(members.sort()).toEqual(memberUnitIds.map((id: string) => `unit:${id}`).sort());
  });
});
