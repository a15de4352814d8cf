import { getOperationAST, GraphQLError, parse, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { PARSE_OPTIONS, type RateLimitVerdict } from '../hardening';
import { checkOperationLimits, rateLimited } from '../operation-limits';

export interface OperationChecks {
  schema: GraphQLSchema;
  /** graphql-js's rules and graphql-armor's, as the HTTP path validates with. */
  rules: readonly ValidationRule[];
  maxPerConnection: number;
  /** Counts requests against the socket's caller, in the HTTP rate limit's budgets. */
  spend(requests: number): Promise<RateLimitVerdict>;
}

const withCode = (error: GraphQLError, code: string) =>
  error.extensions?.code
    ? error
    : new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        originalError: error.originalError,
        extensions: { ...error.extensions, code },
      });

/**
 * A `subscribe` message's operation, checked as an HTTP request is and in its order: it counts
 * against the caller's budget first, so failures spend it too; then the subscriptions bound, the
 * token limit while parsing (a long document is refused before it costs much), validation with
 * graphql-armor's rules, cost and writes. Answers what to execute, or the errors to send.
 */
export async function prepareOperation(
  payload: SubscribePayload,
  subscriptions: number,
  checks: OperationChecks,
): Promise<ExecutionArgs | readonly GraphQLError[]> {
  if (!(await checks.spend(1)).allowed) return [rateLimited()];
  if (subscriptions > checks.maxPerConnection)
    return [
      new GraphQLError(`Tối đa ${checks.maxPerConnection} đăng ký trên một kết nối; hãy hủy bớt hoặc mở kết nối khác.`, {
        extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
      }),
    ];
  let document;
  try {
    document = parse(payload.query, PARSE_OPTIONS);
  } catch (error) {
    return [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
  }
  const problems = validate(checks.schema, document, checks.rules);
  if (problems.length > 0) return problems.map((problem) => withCode(problem, 'GRAPHQL_VALIDATION_FAILED'));
  const operation = getOperationAST(document, payload.operationName);
  if (operation) {
    try {
      await checkOperationLimits(checks.schema, document, operation, payload.variables ?? {}, (requests) => checks.spend(requests));
    } catch (error) {
      return [error as GraphQLError];
    }
  }
  return { schema: checks.schema, document, operationName: payload.operationName, variableValues: payload.variables };
}
