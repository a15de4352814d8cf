import type { At } from '../../projections/history';
import type { App } from '../app';
import type { AsOfValue } from './as-of-scalar';

/**
 * The log position a read stands at: the latest, or the position the asOf time or position names
 * (a position inside a write of several events stands before that write, so no read shows part of one).
 */
export function resolveAt(app: Pick<App, 'models'>, asOf: AsOfValue | null | undefined): At {
  if (!asOf) return 'current';
  const { timeline } = app.models;
  return 'position' in asOf ? timeline.wholeWritesAt(asOf.position) : timeline.positionAt(asOf.time);
}
