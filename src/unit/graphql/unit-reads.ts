import { findUnits, type UnitFilter } from '../../../projections/cluster/directory-filters';
import type { ModelsAt } from '../../graphql/models-at';
import { Unit } from './unit-types';

/** The unit slice's published reads. `namedOn`: in a read about a year, the date whose name it shows (see names-by-year). */
export function unitAt(read: ModelsAt, id: string | null, namedOn: string | null = null): Unit | null {
  const view = id ? read.models.directory.unit(id, read.at) : undefined;
  return view ? Unit.from(view, read.at, namedOn) : null;
}

export function unitsAt(read: ModelsAt, filter: UnitFilter): Unit[] {
  return findUnits(read.models.directory, filter, read.at).map((u) => Unit.from(u, read.at));
}
