import { createHash } from 'node:crypto';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';

/**
 * Limits sized to the real queries: the deepest the reference client sends (cluster → years →
 * members → parent) is 5 levels, the widest score sheet a few hundred fields.
 */
export const LIMITS = { maxDepth: 10, maxAliases: 20, maxCost: 5000, maxTokens: 5000, maxDirectives: 20 } as const;

/** graphql-armor's validation rules and plugins: depth, aliases, cost, tokens, directives; no field suggestions. */
export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** The stable code for each armor refusal, recognised by the message graphql-armor gives it. */
const ARMOR_CODES: [RegExp, string][] = [
  [/depth limit/i, 'QUERY_TOO_DEEP'],
  [/aliases limit/i, 'TOO_MANY_ALIASES'],
  [/cost limit/i, 'QUERY_TOO_COSTLY'],
  [/token limit/i, 'TOO_MANY_TOKENS'],
  [/directives limit/i, 'TOO_MANY_DIRECTIVES'],
];

export function armorCode(message: string): string | null {
  return ARMOR_CODES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Per-caller rate limit (the caller is its bearer token, or its address without one) and
 * GraphQL-shaped answers for the HTTP-level refusals, so clients see `extensions.code` everywhere.
 */
export async function protectHttp(app: FastifyInstance, perMinute: number): Promise<void> {
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const token = request.headers.authorization;
      return token ? createHash('sha256').update(token).digest('hex') : request.ip;
    },
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
}

/**
 * Sheds load before it hurts: when the event loop lags or the heap grows past its bounds, new
 * requests get 503 OVERLOADED with Retry-After instead of queueing until memory runs out.
 */
export async function protectFromOverload(app: FastifyInstance): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: 1000,
    maxHeapUsedBytes: 1.5 * 1024 ** 3,
    retryAfter: 5,
    pressureHandler: (_request, reply, type, value) => {
      reply
        .code(503)
        .header('retry-after', '5')
        .send(graphqlError(`Máy chủ đang quá tải (${type}: ${Math.round(Number(value))}); thử lại sau 5 giây.`, 'OVERLOADED'));
    },
  });
}
