import type { At } from '../../../projections/history';
import type { App } from '../../app';
import { Cluster, ClusterYear } from '../types/cluster';
import { Unit } from '../types/unit';

/**
 * The unit as known at `at`, for any field that names a unit by id; null when there is none.
 * `namedOn`: in a read about a year, the date whose name it shows (see names-by-year).
 */
export function unitAt(app: Pick<App, 'models'>, id: string | null, at: At, namedOn: string | null = null): Unit | null {
  const view = id ? app.models.directory.unit(id, at) : undefined;
  return view ? Unit.from(view, at, namedOn) : null;
}

/** The cluster as known at `at`; null when there is none. */
export function clusterAt(app: Pick<App, 'models'>, id: string, at: At): Cluster | null {
  const view = app.models.directory.cluster(id, at);
  return view ? Cluster.from(view, at) : null;
}

/** The cluster year as known at `at`; null when it was not open then. */
export function clusterYearAt(app: Pick<App, 'models'>, clusterId: string, year: number, at: At): ClusterYear | null {
  const view = app.models.directory.clusterYear(clusterId, year, at);
  return view ? ClusterYear.from(view, at) : null;
}
