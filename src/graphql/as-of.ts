import type { At } from '../../projections/history';
import type { ReadModels } from '../../projections/read-models';
import type { AsOfValue } from './as-of-scalar';

/**
 * The log position a read stands at: the latest, or the position the asOf time or position names
 * (a position inside a write of several events stands before that write, so no read shows part of one).
 */
export function resolveAt(sources: { models: ReadModels }, asOf: AsOfValue | null | undefined): At {
  if (!asOf) return 'current';
  const { timeline } = sources.models;
  return 'position' in asOf ? timeline.wholeWritesAt(asOf.position) : timeline.positionAt(asOf.time);
}
