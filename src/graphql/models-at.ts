import type { At } from '../../projections/history';
import type { ReadModels } from '../../projections/read-models';
import type { App } from '../app';
import { resolveAt } from './as-of';
import type { AsOfValue } from './as-of-scalar';
import type { GraphQLContext } from './context';

/** Anything read from the read models: the log position it was read at. */
export interface ReadAtPosition {
  readonly at: At;
}

/** What reads are answered from: the read models, and the log (for the audit's events). */
export type ReadSources = Pick<App, 'models' | 'store'>;

/**
 * The read models as they stood at one log position, the only way resolvers read them. Each slice
 * publishes its reads as functions of a ModelsAt (src/<slice>/graphql/*-reads.ts), none of which takes a
 * position, so no field can read elsewhere than where its object was read. Objects read there carry the
 * position (`at`), and a field resolver reads through `readAt(context, itself)`.
 */
export class ModelsAt implements ReadAtPosition {
  constructor(
    readonly sources: ReadSources,
    readonly at: At,
  ) {}

  get models(): ReadModels {
    return this.sources.models;
  }

  /**
   * The read models at an earlier position than this one (a position past it stands at it): as
   * fixed as this one, so the request needs no note of it.
   */
  earlier(position: number): ModelsAt {
    return new ModelsAt(this.sources, this.at === 'current' ? position : Math.min(position, this.at));
  }
}

/** The read models where `source` was read, noted in the request's reads: fields beneath an object read there too. */
export function readAt(context: GraphQLContext, source: ReadAtPosition): ModelsAt {
  context.reads.note(source.at);
  return new ModelsAt(context.app, source.at);
}

/** The read models at the position a root field's `asOf` names; at the present without one. */
export function readAsOf(context: GraphQLContext, asOf: AsOfValue | null): ModelsAt {
  return readAt(context, { at: resolveAt(context.app, asOf) });
}

/** The read models for what has no position to stand at (the audit trail, live updates): a read of the present. */
export function readThePresent(context: GraphQLContext): ReadModels {
  context.reads.note('current');
  return context.app.models;
}
