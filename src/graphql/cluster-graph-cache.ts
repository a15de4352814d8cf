import type { At } from '../../projections/history';
import { clusterGraph } from '../../projections/directory/cluster-graph';
import type { App } from '../app';
import { cacheId } from './cache-id';
import type { ClusterGraph } from './types/cluster-graph';

/** Whole-year graphs kept: a few years now and as of a few positions. */
const KEPT = 12;

/**
 * The whole graph of a year, built once per year and log position and answered from then on: the
 * national year (about 1,150 nodes and 2,000 edges) took longer to build than to send.
 */
class WholeGraphs {
  private readonly graphs = new Map<string, ClusterGraph>();

  constructor(private readonly app: Pick<App, 'models' | 'runner'>) {}

  get(year: number, at: At): ClusterGraph {
    // The current graph is kept per checkpoint; any new event makes a new entry.
    const key = `${year}:${at === 'current' ? `current@${this.app.runner.checkpoint}` : at}`;
    let graph = this.graphs.get(key);
    if (graph) {
      this.graphs.delete(key);
    } else {
      graph = graphOut(this.app, year, at, {});
      if (this.graphs.size >= KEPT) this.graphs.delete(this.graphs.keys().next().value!);
    }
    this.graphs.set(key, graph);
    return graph;
  }
}

/** A year's graph as the API answers it: each node with its cache id (`<year>/<key>`, `@<position>` when read asOf). */
export function graphOut(
  app: Pick<App, 'models' | 'runner'>,
  year: number,
  at: At,
  filter: Parameters<typeof clusterGraph>[3],
): ClusterGraph {
  const graph = clusterGraph(app.models.directory, year, at, filter);
  return { ...graph, nodes: graph.nodes.map((node) => ({ ...node, cacheId: cacheId(`${year}/${node.id}`, at) })) };
}

const kept = new WeakMap<object, WholeGraphs>();

export function wholeGraph(app: Pick<App, 'models' | 'runner'>, year: number, at: At): ClusterGraph {
  let graphs = kept.get(app);
  if (!graphs) kept.set(app, (graphs = new WholeGraphs(app)));
  return graphs.get(year, at);
}
