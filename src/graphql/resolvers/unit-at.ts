import type { At } from '../../../projections/history';
import type { App } from '../../app';
import { Unit } from '../types/unit';

/** The unit as known at `at`, for any field that names a unit by id; null when there is none. */
export function unitAt(app: App, id: string | null, at: At): Unit | null {
  const view = id ? app.models.directory.unit(id, at) : undefined;
  return view ? Unit.from(view, at) : null;
}
