import { ApolloArmor } from '@escape.tech/graphql-armor';
import rateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Verifier } from '../auth/tokens';
import type { SheddingConfig } from '../config';
import { bearerToken } from './authenticate';

/**
 * Limits sized to the real queries: the deepest the reference client sends (cluster → years →
 * members → parent) is 5 levels, the widest score sheet a few hundred fields.
 */
export const LIMITS = { maxDepth: 10, maxAliases: 20, maxCost: 5000, maxTokens: 5000, maxDirectives: 20 } as const;

/** graphql-armor's validation rules and plugins: depth, aliases, tokens, directives; no field suggestions. */
export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    // Computed with the request's variables by operationLimits (graphql-armor's rule cannot see them).
    costLimit: { enabled: false },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** The stable code for each armor refusal, recognised by the message graphql-armor gives it. */
const ARMOR_CODES: [RegExp, string][] = [
  [/depth limit/i, 'QUERY_TOO_DEEP'],
  [/aliases limit/i, 'TOO_MANY_ALIASES'],
  [/token limit/i, 'TOO_MANY_TOKENS'],
  [/directives limit/i, 'TOO_MANY_DIRECTIVES'],
];

export function armorCode(message: string): string | null {
  return ARMOR_CODES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** How the rate limit counts requests: @fastify/rate-limit's store option (in memory unless another is given). */
export type RateLimitStore = NonNullable<RateLimitPluginOptions['store']>;

export interface RateLimitSettings {
  perMinute: number;
  verify: Verifier;
  /** Where the counts live; the default keeps them in this process's memory. */
  store?: RateLimitStore;
}

/** Counts `requests` more against the caller of `request`; false once the caller is over its limit. */
export type RateLimitSpender = (request: FastifyRequest, requests: number) => Promise<boolean>;

/**
 * Whom a request counts against: a verified token's subject, so one person's tokens share one
 * budget; otherwise (no token, or one that fails verification) the client's address, so made-up
 * tokens cannot each open a fresh budget.
 */
export async function rateLimitKey(authorization: string | undefined, address: string, verify: Verifier): Promise<string> {
  const token = bearerToken(authorization);
  if (token) {
    try {
      return `subject:${(await verify(token)).id}`;
    } catch {
      // Counted against the address below, as an anonymous caller is.
    }
  }
  return `address:${address}`;
}

/**
 * Per-caller rate limit (see rateLimitKey) and GraphQL-shaped answers for the HTTP-level
 * refusals, so clients see `extensions.code` everywhere. Routes marked `UNLIMITED_ROUTE` are left
 * out. Answers the spender that counts a request's further writes against the same budget.
 */
export async function protectHttp(app: FastifyInstance, settings: RateLimitSettings): Promise<RateLimitSpender> {
  await app.register(rateLimit, {
    max: settings.perMinute,
    timeWindow: 60_000,
    ...(settings.store ? { store: settings.store } : {}),
    keyGenerator: (request) => rateLimitKey(request.headers.authorization, request.ip, settings.verify),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...graphqlError(`Quá nhiều yêu cầu: tối đa ${context.max} yêu cầu mỗi phút; thử lại sau ${context.after}.`, 'RATE_LIMITED'),
    }),
  });
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send(graphqlError('Yêu cầu quá lớn: tối đa 1 MB.', 'PAYLOAD_TOO_LARGE'));
    if (error.statusCode === 429) return reply.code(429).send(error);
    if (error.statusCode && error.statusCode < 500)
      return reply.code(error.statusCode).send(graphqlError(`Yêu cầu không hợp lệ: ${error.message}`, 'BAD_REQUEST'));
    app.log.error(error);
    return reply.code(500).send(graphqlError('Lỗi nội bộ của máy chủ; sự cố đã được ghi lại.', 'INTERNAL_SERVER_ERROR'));
  });
  const limiter = app.createRateLimit();
  return async (request, requests) => {
    for (let i = 0; i < requests; i += 1) {
      // isAllowed means "on the allow list"; being within the limit is !isExceeded.
      const counted = await limiter(request);
      if (!counted.isAllowed && counted.isExceeded) return false;
    }
    return true;
  };
}

/**
 * Route options for what operators and orchestrators poll (probes, metrics): never rate-limited
 * and never shed under load, so a busy process is not mistaken for a dead one.
 */
export const UNLIMITED_ROUTE = { config: { rateLimit: false as const, pressureHandler: () => undefined } };

/**
 * Sheds load before it hurts: when the event loop lags or the heap grows past its bounds, new
 * requests get 503 OVERLOADED with Retry-After instead of queueing until memory runs out
 * (routes marked UNLIMITED_ROUTE excepted).
 */
export async function protectFromOverload(app: FastifyInstance, bounds: SheddingConfig): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: bounds.maxEventLoopDelayMs,
    maxHeapUsedBytes: bounds.maxHeapUsedBytes,
    retryAfter: 5,
    pressureHandler: (_request, reply, type, value) => {
      reply
        .code(503)
        .header('retry-after', '5')
        .send(graphqlError(`Máy chủ đang quá tải (${type}: ${Math.round(Number(value))}); thử lại sau 5 giây.`, 'OVERLOADED'));
    },
  });
}
