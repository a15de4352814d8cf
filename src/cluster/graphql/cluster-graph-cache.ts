import { LRUCache } from 'lru-cache';
import type { At } from '../../../projections/history';
import type { CacheStats } from '../../kernel/cache-stats';
import { clusterGraph } from '../../../projections/cluster/cluster-graph';
import type { ReadModels } from '../../../projections/read-models';
import { globalId } from '../../graphql/global-id';
import type { ClusterGraphGql } from './cluster-graph-types';

/** Approximate bytes of a kept graph, for the bound and the metrics: a node is an object of a dozen fields, an edge of three. */
const graphBytes = (graph: ClusterGraphGql) => 1024 + graph.nodes.length * 600 + graph.edges.length * 150;

/**
 * The whole graph of a year, built once per year and log position and answered from then on: the
 * national year (about 1,150 nodes and 2,000 edges) took longer to build than to send. A few years
 * now and as of a few positions are kept, least recently used dropped first.
 */
export class WholeGraphs {
  private readonly graphs = new LRUCache<string, ClusterGraphGql>({ max: 12, maxSize: 64 * 1024 * 1024, sizeCalculation: graphBytes });

  constructor(private readonly models: Pick<ReadModels, 'directory' | 'timeline'>) {}

  get(year: number, at: At): ClusterGraphGql {
    // The present, and a position the read models have not reached, stand at their head: kept per
    // applied position, so any new event makes a new entry (and a position later passed is read anew).
    const applied = this.models.timeline.head;
    const key = at === 'current' || at > applied ? `${year}:${at}@${applied}` : `${year}:${at}`;
    let graph = this.graphs.get(key);
    if (!graph) this.graphs.set(key, (graph = graphOut(this.models, year, at, {})));
    return graph;
  }

  stats(): CacheStats {
    return { entries: this.graphs.size, bytes: this.graphs.calculatedSize };
  }
}

/** Graphs kept per read models (the service's, a test's), dropped with them. */
const keptFor = new WeakMap<object, WholeGraphs>();

/** The whole-graph cache of these read models. */
export function wholeGraphsOf(models: Pick<ReadModels, 'directory' | 'timeline'>): WholeGraphs {
  let graphs = keptFor.get(models);
  if (!graphs) keptFor.set(models, (graphs = new WholeGraphs(models)));
  return graphs;
}

/** A year's graph as the API answers it: each node with its id (`GraphNode:<year>/<key>`, `@<position>` when read asOf). */
export function graphOut(
  models: Pick<ReadModels, 'directory'>,
  year: number,
  at: At,
  filter: Parameters<typeof clusterGraph>[3],
): ClusterGraphGql {
  const graph = clusterGraph(models.directory, year, at, filter);
  return { ...graph, nodes: graph.nodes.map((node) => ({ ...node, globalId: globalId('GraphNode', { year, key: node.id }, at) })) };
}
