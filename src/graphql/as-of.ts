import type { At } from '../../projections/history';
import type { App } from '../app';
import type { AsOfValue } from './scalars/as-of';

/** The log position a read stands at: the latest, or the position the asOf time or position names. */
export function resolveAt(app: App, asOf: AsOfValue | null | undefined): At {
  if (!asOf) return 'current';
  return 'position' in asOf ? asOf.position : app.models.timeline.positionAt(asOf.time);
}
