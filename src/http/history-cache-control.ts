import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode, type ValueNode } from 'graphql';
import type { App } from '../app';
import type { GraphQLContext } from '../graphql/context';
import { AsOfScalar, type AsOfValue } from '../graphql/as-of-scalar';

/** How long a browser may keep an answer that can never change. */
export const IMMUTABLE_MAX_AGE_S = 365 * 24 * 3600;
/** The Cache-Control of an answer of the present: keep it, but revalidate it with its ETag. */
export const PRESENT_CACHE_CONTROL = 'private, no-cache';
/** The Cache-Control of an answer that can never change. */
export const IMMUTABLE_CACHE_CONTROL = `private, max-age=${IMMUTABLE_MAX_AGE_S}, immutable`;
/** What a query answer depends on besides its URL or body: the caller, and the content type it accepts. */
export const ANSWER_VARY = 'authorization, accept';
/** A time this close to now may still gain events recorded at it (clocks and commits are not instant). */
const SETTLING_MS = 5000;

function asOfOf(value: ValueNode, variables: Record<string, unknown>): AsOfValue | null {
  if (value.kind === Kind.NULL) return null;
  if (value.kind === Kind.VARIABLE) {
    const raw = variables[value.name.value];
    return raw === null || raw === undefined ? null : AsOfScalar.parseValue(raw);
  }
  return AsOfScalar.parseLiteral(value, variables);
}

/**
 * Whether every root field asks for the past: an `asOf`, and a time old enough that no more events
 * can be recorded at it. A root field without asOf reads the present.
 */
export function asksOnlyThePast(operation: OperationDefinitionNode, variables: Record<string, unknown>, now = Date.now()): boolean {
  let fields = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') continue;
    fields += 1;
    const argument = selection.arguments?.find((a) => a.name.value === 'asOf');
    const asOf = argument ? asOfOf(argument.value, variables) : null;
    if (!asOf || ('time' in asOf && asOf.time > now - SETTLING_MS)) return false;
  }
  return fields > 0;
}

/**
 * Whether what was read at these log positions is fixed for good: each is a position the read
 * models have passed at the end of a write, so they hold every event up to it and no more of its
 * write can follow. A position the read models stand at is the end of a write only if it is also
 * the store's head (a write commits whole, but the read models may be given part of one).
 */
export async function readWhollyInThePast(app: Pick<App, 'runner' | 'models' | 'store'>, positions: readonly number[]): Promise<boolean> {
  const processed = app.runner.processedPosition;
  if (positions.some((p) => p > processed || (p < processed && app.models.timeline.wholeWritesAt(p) !== p))) return false;
  if (!positions.includes(processed)) return true;
  return (await app.store.headPosition().catch(() => -1)) === processed;
}

/**
 * Cache-Control of query answers: an answer computed wholly at positions the log has passed (every
 * root field asked asOf, and every resolver beneath read at such a position: see RequestReads) is
 * `private, max-age=…, immutable` (the caller's HTTP cache keeps it for good); anything that read
 * the present is `private, no-cache` (keep it, but revalidate with the ETag). Mutations and answers
 * with errors are not cached.
 */
export function historyCacheControl(app: Pick<App, 'runner' | 'models' | 'store'>): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, request, response, errors, contextValue }) {
          if (operation?.operation !== 'query' || errors?.length) return;
          const positions = contextValue.reads.positionsOnly();
          const immutable =
            positions !== null && asksOnlyThePast(operation, request.variables ?? {}) && (await readWhollyInThePast(app, positions));
          response.http.headers.set('cache-control', immutable ? IMMUTABLE_CACHE_CONTROL : PRESENT_CACHE_CONTROL);
          response.http.headers.set('vary', ANSWER_VARY);
        },
      };
    },
  };
}
