import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode, type ValueNode } from 'graphql';
import type { App } from '../app';
import type { GraphQLContext } from '../graphql/context';
import { AsOfScalar, type AsOfValue } from '../graphql/scalars/as-of';

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
 * Whether every root field reads the past, at a point the log has passed: then the answer never
 * changes (the log is append-only). A field without asOf reads the present.
 */
export function readsOnlyThePast(
  app: Pick<App, 'runner'>,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  now = Date.now(),
): boolean {
  let fields = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') continue;
    fields += 1;
    const argument = selection.arguments?.find((a) => a.name.value === 'asOf');
    const asOf = argument ? asOfOf(argument.value, variables) : null;
    if (!asOf) return false;
    if ('position' in asOf ? asOf.position > app.runner.processedPosition : asOf.time > now - SETTLING_MS) return false;
  }
  return fields > 0;
}

/**
 * Cache-Control of query answers: history read with asOf is `private, max-age=…, immutable`;
 * anything that reads the present is `private, no-cache` (keep it, but revalidate with the ETag).
 * Mutations and answers with errors are not cached.
 */
export function historyCacheControl(app: Pick<App, 'runner'>): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, request, response, errors }) {
          if (operation?.operation !== 'query' || errors?.length) return;
          const immutable = readsOnlyThePast(app, operation, request.variables ?? {});
          response.http.headers.set('cache-control', immutable ? IMMUTABLE_CACHE_CONTROL : PRESENT_CACHE_CONTROL);
          response.http.headers.set('vary', ANSWER_VARY);
        },
      };
    },
  };
}
