import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { ReadModelFailedError, ReadModelLagError } from '../../projections/runner';
import { ConcurrencyConflictError } from '../commands/concurrency-error';
import { DomainError } from '../kernel/domain-error';
import { EventStoreFullError, EventStoreUnavailableError, StoreReadOnlyError, WrongExpectedRevisionError } from '../eventstore/errors';
import { reason, vietnamese } from './vietnamese-messages';

export interface FieldProblem {
  field: string;
  problems: string[];
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints).map(reason) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Refusals that pass by themselves, and how many seconds to wait before trying again: answered
 * HTTP 503 with Retry-After, as load shedding (OVERLOADED) is, so clients, proxies and /metrics see
 * an outage as one.
 */
export const RETRY_AFTER_SECONDS: ReadonlyMap<string, number> = new Map([['EVENT_STORE_UNAVAILABLE', 5]]);

/** class-validator's refusal of an input, as the API words it: one message, and each field's reasons. */
export function invalidInput(errors: ValidationError[]): { code: 'BAD_USER_INPUT'; message: string; problems: FieldProblem[] } {
  const problems = flatten(errors);
  return { code: 'BAD_USER_INPUT', message: `Dữ liệu không hợp lệ: ${problems.map((p) => p.problems.join('; ')).join('; ')}.`, problems };
}

/** Errors whose message is written for the caller, with their stable code. */
export function knownError(error: unknown): { code: string; message: string; details?: Record<string, unknown> } | null {
  if (error instanceof DomainError) {
    const refused = error as DomainError;
    return { code: refused.code, message: refused.message, details: refused.details };
  }
  if (error instanceof ConcurrencyConflictError) return { code: error.code, message: error.message };
  // A lost race that reached the API without the pipeline's retries (one try).
  if (error instanceof WrongExpectedRevisionError)
    return { code: 'CONCURRENCY_CONFLICT', message: new ConcurrencyConflictError(error.stream, 1).message };
  if (error instanceof ReadModelLagError || error instanceof ReadModelFailedError) return { code: error.code, message: error.message };
  if (error instanceof EventStoreFullError || error instanceof StoreReadOnlyError) return { code: error.code, message: error.message };
  if (error instanceof EventStoreUnavailableError)
    return {
      code: error.code,
      message: `Kho dữ liệu sự kiện tạm thời không phục vụ được; hãy thử lại sau ${RETRY_AFTER_SECONDS.get(error.code)} giây.`,
    };
  return null;
}

/**
 * graphql-js suggests names close to a wrong one ("Did you mean the enum value …?"), in validation
 * and in variable coercion alike: a prober would map a closed schema with them.
 */
const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '');

/**
 * Every error leaves with a stable `extensions.code` and a message a person can act on, without
 * name suggestions; anything unexpected is masked as INTERNAL_SERVER_ERROR (and logged by the
 * caller of this function).
 */
export function formatError(
  original: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  return codeAndMessage({ ...original, message: withoutSuggestions(original.message) }, error, onUnexpected);
}

function codeAndMessage(formatted: GraphQLFormattedError, error: unknown, onUnexpected: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const mapped = knownError(original);
  if (mapped) {
    return {
      message: mapped.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...mapped.details, code: mapped.code },
    };
  }
  const code = formatted.extensions?.code;
  const validation = (formatted.extensions?.validationErrors ?? null) as ValidationError[] | null;
  if (code === 'BAD_USER_INPUT' && validation) {
    const { message, problems } = invalidInput(validation);
    return { ...formatted, message, extensions: { code, problems } };
  }
  const clientCode =
    typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR'
      ? code
      : original instanceof GraphQLError
        ? original.extensions?.code
        : null;
  if (typeof clientCode === 'string' && clientCode !== 'INTERNAL_SERVER_ERROR') {
    const { message, code: stable, detail } = vietnamese(formatted.message, clientCode, formatted.locations?.[0]);
    return { ...formatted, message, extensions: { ...formatted.extensions, code: stable, ...(detail ? { detail } : {}) } };
  }
  onUnexpected(original);
  return {
    message: 'Lỗi nội bộ của máy chủ; sự cố đã được ghi lại.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
