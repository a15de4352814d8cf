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

/** A document past the token limit is a parse error: 400, TOO_MANY_TOKENS (see vietnamese-messages). */
export const PARSE_OPTIONS = { maxTokens: LIMITS.maxTokens } as const;

/**
 * graphql-armor's validation rules: depth, aliases, cost, directives; no field suggestions. The token
 * limit is graphql-js's own parse option (PARSE_OPTIONS): armor's token plugin throws from a plugin
 * hook, which Apollo answers as a 500 for what is the client's mistake.
 */
export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost },
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Per-caller rate limit (the caller is its bearer token, or its address without one) and
 * GraphQL-shaped answers for the HTTP-level refusals, so clients see `extensions.code` everywhere.
 * With a shared `store` (replicas on PostgreSQL) the count is the callers' across all replicas; if
 * that store cannot answer, requests go through uncounted rather than fail with it.
 */
export async function protectHttp(app: FastifyInstance, perMinute: number, store?: { Store: new (...args: never[]) => unknown; close(): Promise<void> }): Promise<void> {
  if (store) app.addHook('onClose', () => store.close());
  await app.register(rateLimit, {
    ...(store ? { store: store.Store as never, skipOnError: true } : {}),
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const token = request.headers.authorization;
      return token ? createHash('sha256').update(token).digest('hex') : request.ip;
    },
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...graphqlError(
        `Quá nhiều yêu cầu: tối đa ${context.max} yêu cầu mỗi phút; thử lại sau ${Math.max(1, Math.ceil(context.ttl / 1000))} giây.`,
        'RATE_LIMITED',
      ),
    }),
  });
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error.statusCode === 429) return reply.code(429).send(error);
    const refused = httpRefusal(error, request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0);
    if (refused) return reply.code(refused.status).send(graphqlError(refused.message, refused.code));
    app.log.error(error);
    return reply.code(500).send(graphqlError('Lỗi nội bộ của máy chủ; sự cố đã được ghi lại.', 'INTERNAL_SERVER_ERROR'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(graphqlError(`Không có đường dẫn ${request.method} ${request.url.split('?')[0]} trên máy chủ này.`, 'NOT_FOUND')),
  );
}

/** Fastify's refusals of a request it could not take (size, type, JSON), as status, code and Vietnamese. */
function httpRefusal(error: Error & { statusCode?: number; code?: string }, bodyLimit: number) {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `Yêu cầu quá lớn: tối đa ${Math.round(bodyLimit / 1024 / 1024)} MB.` };
  if (!error.statusCode || error.statusCode >= 500) return null;
  const message =
    error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
      ? 'Kiểu nội dung (Content-Type) không được hỗ trợ ở đường dẫn này.'
      : error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? 'Thân yêu cầu trống dù Content-Type là application/json.'
        : /prototype/.test(error.message)
          ? 'Thân yêu cầu có khoá "__proto__" hoặc "constructor", không được phép.'
          : error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
            ? 'Thân yêu cầu không phải JSON hợp lệ.'
            : 'Yêu cầu không hợp lệ.';
  return { status: error.statusCode, code: 'BAD_REQUEST', message };
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
