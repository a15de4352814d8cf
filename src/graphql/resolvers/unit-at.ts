import type { At } from '../../../projections/history';
import type { App } from '../../app';
import { Unit } from '../types/unit';

/**
 * The unit as known at `at`, for any field that names a unit by id; null when there is none.
 * `namedOn`: in a read about a year, the date whose name it shows (see names-by-year).
 */
export function unitAt(app: Pick<App, 'models'>, id: string | null, at: At, namedOn: string | null = null): Unit | null {
  const view = id ? app.models.directory.unit(id, at) : undefined;
  return view ? Unit.from(view, at, namedOn) : null;
}
