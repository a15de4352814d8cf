import { withdrawMember } from '../../src/cluster/year-handlers';
import { clusterGraph } from '../../projections/cluster/cluster-graph';
import { DirectoryProjection } from '../../projections/cluster/directory-projection';
import { ProjectionRunner } from '../../projections/runner';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { contextFor } from '../support/actors';
import { seedAnGiang } from '../support/directory-fixture';

const edgesOf = (graph: ReturnType<typeof clusterGraph>, kind: string) =>
  graph.edges
    .filter((e) => e.kind === kind)
    .map((e) => `${e.source}->${e.target}`)
    .sort();

describe('directory projection and the cluster graph', () => {
  let store: SqliteEventStore;
  let directory: DirectoryProjection;
  let runner: ProjectionRunner;

  beforeEach(async () => {
    store = new SqliteEventStore(':memory:');
    await seedAnGiang(store);
    directory = new DirectoryProjection();
    runner = new ProjectionRunner(store, [directory]);
    await runner.start();
  });
  afterEach(async () => {
    await runner.stop();
    await store.close();
  });

  it('catches up with the stored log on start', async () => {
    expect(runner.processedPosition).toBe(await store.headPosition());
    expect(directory.yearsOf('ag-2').map((y) => y.year)).toEqual([2022, 2023]);
  });

  it('draws a year: members, chair, vice-chair, organizer and parent units', () => {
    const graph = clusterGraph(directory, 2022);
    expect(graph.nodes.find((n) => n.id === 'cluster:ag-2')).toMatchObject({ kind: 'CLUSTER', label: 'Cụm thi đua số 2' });
    expect(edgesOf(graph, 'MEMBER_OF')).toHaveLength(5);
    expect(edgesOf(graph, 'CHAIR_OF')).toEqual(['unit:tan-chau->cluster:ag-2']);
    expect(edgesOf(graph, 'VICE_CHAIR_OF')).toEqual(['unit:tri-ton->cluster:ag-2']);
    expect(edgesOf(graph, 'ORGANIZER_OF')).toEqual(['unit:vks-an-giang->cluster:ag-2']);
    expect(edgesOf(graph, 'PARENT_UNIT')).toContain('unit:vks-an-giang->unit:vks-toi-cao');
    expect(edgesOf(graph, 'PARENT_UNIT')).toContain('unit:chau-doc->unit:vks-an-giang');
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
  });

  it("draws each year's own state", () => {
    const graph = clusterGraph(directory, 2023);
    expect(edgesOf(graph, 'MEMBER_OF')).not.toContain('unit:chau-doc->cluster:ag-2');
    expect(edgesOf(graph, 'CHAIR_OF')).toEqual(['unit:tri-ton->cluster:ag-2']);
    expect(clusterGraph(directory, 2019)).toEqual({ year: 2019, nodes: [], edges: [] });
  });

  it('follows live events, and keeps what a year looked like at an earlier position', async () => {
    const before = runner.processedPosition;
    const result = await withdrawMember(store, { clusterId: 'ag-2', year: 2023, unitId: 'tinh-bien' }, contextFor());
    await runner.waitFor(result.position, 1000);
    expect(directory.clusterYear('ag-2', 2023)?.memberUnitIds).not.toContain('tinh-bien');
    expect(directory.clusterYear('ag-2', 2023, before)?.memberUnitIds).toContain('tinh-bien');
  });

  it('times out a wait for a position the log has not reached, with READ_MODEL_LAGGING', async () => {
    await expect(runner.waitFor(runner.processedPosition + 100, 20)).rejects.toMatchObject({ code: 'READ_MODEL_LAGGING' });
  });
});
