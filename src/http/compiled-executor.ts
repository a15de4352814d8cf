import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GraphQLExecutorKind } from '../config';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Which executor answered one operation. */
export type ExecutedBy = GraphQLExecutorKind;

export interface ExecutorHooks {
  /** Each operation, as it is answered, with the executor that answered it. */
  executed(by: ExecutedBy): void;
  /** An operation graphql-jit could not compile (once per parsed document): graphql-js runs it. */
  notCompiled(operationName: string | null, reason: string): void;
}

/**
 * graphql-jit's own error objects, as graphql-js's `locatedError` would have made them: a real
 * GraphQLError (Apollo's plugins rewrite messages, which graphql-jit's frozen objects refuse),
 * with the original error, its extensions, the field's locations and path.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const located = new GraphQLError(error.message, { path: error.path, originalError: original });
  Object.defineProperty(located, 'locations', { value: error.locations, enumerable: true, writable: true, configurable: true });
  return located;
}

const isOneField = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.length === 1 && operation.selectionSet.selections[0].kind === Kind.FIELD;

/**
 * Executes each operation with graphql-jit, compiled once per parsed document (Apollo keeps the
 * parsed and validated document per query text in its document store and hands back the same
 * object, so the compiled form lives exactly as long as the document does).
 *
 * graphql-jit's answers equal graphql-js's for operations that succeed; where they could differ,
 * graphql-js answers instead, so callers see exactly what they always saw:
 * - variables that do not coerce, as graphql-js judges them (graphql-jit words those errors its own
 *   way, and takes some values graphql-js refuses: a list where an input object is declared),
 * - a query whose answer carries errors (null bubbling and error order are graphql-js's; a query
 *   only reads, so running it again is harmless),
 * - a mutation of several fields (graphql-jit goes on to the next write after one failed where
 *   graphql-js stops), an operation graphql-jit cannot compile, and every operation when
 *   THIDUA_GRAPHQL_EXECUTOR=graphql-js.
 * A one-field mutation's errors are kept (it must not run twice) and made graphql-js errors.
 * Subscriptions do not come here (graphql-ws runs them with graphql-js).
 */
export function createExecutor(schema: GraphQLSchema, kind: GraphQLExecutorKind, hooks: ExecutorHooks): Executor {
  const compiled = new WeakMap<OperationDefinitionNode, CompiledQuery | null>();
  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode): CompiledQuery | null => {
    let query = compiled.get(operation);
    if (query === undefined && String(operation.operation) === 'mutation' && !isOneField(operation)) query = null;
    if (query === undefined) {
      const result = compileQuery(schema, document, operation.name?.value);
      query = isCompiledQuery(result) ? result : null;
      if (!query)
        hooks.notCompiled(operation.name?.value ?? null, (result as ExecutionResult).errors?.map((e) => e.message).join('; ') ?? '');
      compiled.set(operation, query);
    }
    return query;
  };

  return async ({ document, operation, request, context }) => {
    const query = kind === 'graphql-jit' && operation ? compiledFor(document, operation) : null;
    const coerces = () => !('errors' in getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}));
    if (query && coerces()) {
      const result = await query.query(undefined, context, request.variables ?? {});
      const variablesCoerced = 'data' in result;
      if (variablesCoerced && (!result.errors || String(operation.operation) === 'mutation')) {
        hooks.executed('graphql-jit');
        return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
      }
    }
    hooks.executed('graphql-js');
    return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
  };
}

/**
 * The executor handed to Apollo Server through its gateway option, the one place Apollo lets the
 * execution step be replaced while keeping its request pipeline (document store, validation,
 * plugins, error formatting) as it is.
 */
export function executorGateway(schema: GraphQLSchema, executor: Executor): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}
