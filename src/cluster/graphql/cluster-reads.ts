import { clusterGraph, type GraphFilter } from '../../../projections/cluster/cluster-graph';
import { clusterGraphDiff, type GraphDiff } from '../../../projections/cluster/cluster-graph-diff';
import { findClusters, type ClusterFilter } from '../../../projections/cluster/directory-filters';
import type { ClusterYearView } from '../../../projections/cluster/views';
import type { AwardView, YearRecordsView } from '../../../projections/cluster/year/views';
import { globalId } from '../../graphql/global-id';
import type { ModelsAt } from '../../graphql/models-at';
import type { ClusterGraphGql } from './cluster-graph-types';
import { Cluster, ClusterYear } from './cluster-types';

/** The cluster slice's published reads: clusters, their years, the year's graph and records, at the read's position. */
export function clusterAt(read: ModelsAt, id: string): Cluster | null {
  const view = read.models.directory.cluster(id, read.at);
  return view ? Cluster.from(view, read.at) : null;
}

export function clustersAt(read: ModelsAt, filter: ClusterFilter): Cluster[] {
  return findClusters(read.models.directory, filter, read.at).map((c) => Cluster.from(c, read.at));
}

export function clusterYearAt(read: ModelsAt, clusterId: string, year: number): ClusterYear | null {
  const view = read.models.directory.clusterYear(clusterId, year, read.at);
  return view ? ClusterYear.from(view, read.at) : null;
}

/** The cluster's years, in order. */
export function yearsOf(read: ModelsAt, clusterId: string): ClusterYear[] {
  return read.models.directory.yearsOf(clusterId, read.at).map((y) => ClusterYear.from(y, read.at));
}

/** The cluster years the unit was a member of, oldest first. */
export function membershipsOf(read: ModelsAt, unitId: string): ClusterYearView[] {
  return read.models.directory.membershipsOf(unitId, read.at);
}

/** A year's cluster graph as the API answers it: each node with its id (`GraphNode:<year>/<key>`, `@<position>` when read asOf). */
export function graphAt(read: ModelsAt, year: number, filter: GraphFilter): ClusterGraphGql {
  const graph = clusterGraph(read.models.directory, year, read.at, filter);
  return { ...graph, nodes: graph.nodes.map((node) => ({ ...node, globalId: globalId('GraphNode', { year, key: node.id }, read.at) })) };
}

export function graphDiffAt(read: ModelsAt, fromYear: number, toYear: number): GraphDiff {
  return clusterGraphDiff(read.models.directory, fromYear, toYear, read.at);
}

export function yearRecordsAt(read: ModelsAt, clusterId: string, year: number): YearRecordsView | undefined {
  return read.models.yearRecords.records(clusterId, year, read.at);
}

/** Every award proposed for the unit, with its cluster year, oldest year first. */
export function awardsOf(read: ModelsAt, unitId: string): { clusterId: string; year: number; award: AwardView }[] {
  return read.models.yearRecords.awardsOf(unitId, read.at);
}
