import { ApolloArmor } from '@escape.tech/graphql-armor';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Verifier } from '../auth/tokens';
import type { SheddingConfig } from '../config';
import { bearerToken } from './authenticate';
import { WindowedCounts, type RateLimitStore } from './rate-limit-counts';

/**
 * Limits sized to the real queries: the deepest the reference client sends (cluster → years →
 * members → parent) is 5 levels, the widest score sheet a few hundred fields.
 */
export const LIMITS = { maxDepth: 10, maxAliases: 20, maxCost: 5000, maxTokens: 5000, maxDirectives: 20 } as const;

/** A document past the token limit is a parse error: 400, TOO_MANY_TOKENS (see vietnamese-messages). */
export const PARSE_OPTIONS = { maxTokens: LIMITS.maxTokens } as const;

/**
 * graphql-armor's validation rules: depth, aliases, directives; no field suggestions. The token
 * limit is graphql-js's own parse option (PARSE_OPTIONS): armor's token plugin throws from a plugin
 * hook, which Apollo answers as a 500 for what is the client's mistake. The cost limit needs the
 * request's variables, which a validation rule never sees: operationLimits computes it.
 */
export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** The rate limit's window: each caller's requests are counted per minute. */
const WINDOW_MS = 60_000;

/**
 * Callers counted at once in memory: about 170 bytes each (a subject or address key and its
 * window), so at most some 17 MB; past it new callers share buckets (WindowedCounts).
 */
const COUNTED_CALLERS = 100_000;

export interface RateLimitSettings {
  perMinute: number;
  verify: Verifier;
  /**
   * Where the counts live; the default keeps them in this process's memory (WindowedCounts). A
   * shared store that cannot answer lets requests through uncounted rather than fail them (reads
   * go on in an outage).
   */
  store?: RateLimitStore;
}

/** Who sends a request, as the rate limit tells callers apart: the Authorization header and the peer's address. */
export interface RateLimitCaller {
  authorization: string | undefined;
  ip: string;
}

/** Whether the caller is still within its limit; if not, the seconds until its count starts again (Retry-After). */
export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts `requests` more against the caller. */
export type RateLimitSpender = (caller: RateLimitCaller, requests: number) => Promise<RateLimitVerdict>;

/** The refusal's words wherever the rate limit refuses (HTTP requests, WebSocket upgrades). */
export const tooManyRequests = (max: number, retryAfterSeconds: number) =>
  `Quá nhiều yêu cầu: tối đa ${max} yêu cầu mỗi phút; thử lại sau ${retryAfterSeconds} giây.`;

/**
 * Whom a request counts against: a verified token's subject, so one person's tokens share one
 * budget; otherwise (no token, or one that fails verification) the client's address, so made-up
 * tokens cannot each open a fresh budget.
 */
export async function rateLimitKey(authorization: string | undefined, address: string, verify: Verifier): Promise<string> {
  const token = bearerToken(authorization);
  if (token) {
    try {
      return `subject:${(await verify(token)).actor.id}`;
    } catch {
      // Counted against the address below, as an anonymous caller is.
    }
  }
  return addressKey(address);
}

/** The key of everyone sending from one address. */
const addressKey = (address: string) => `address:${address}`;

/**
 * Per-caller rate limit (see rateLimitKey) and GraphQL-shaped answers for the HTTP-level
 * refusals, so clients see `extensions.code` everywhere. Routes marked `UNLIMITED_ROUTE` are left
 * out. Answers the spender that counts a request's further writes against the same budget.
 */
export async function protectHttp(app: FastifyInstance, settings: RateLimitSettings): Promise<RateLimitSpender> {
  const local = settings.store
    ? null
    : new WindowedCounts(COUNTED_CALLERS, WINDOW_MS, (callers) =>
        app.log.warn(
          { callers },
          'rate limit: the counts are full; new callers are counted with their address or together until windows end',
        ),
      );
  await app.register(rateLimit, {
    max: settings.perMinute,
    timeWindow: WINDOW_MS,
    ...(local ? { store: local.asStore() } : { store: settings.store, skipOnError: true }),
    keyGenerator: async (request) => {
      const key = await rateLimitKey(request.headers.authorization, request.ip, settings.verify);
      return local ? local.bucket(key, addressKey(request.ip)) : key;
    },
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...graphqlError(tooManyRequests(context.max, Math.max(1, Math.ceil(context.ttl / 1000))), 'RATE_LIMITED'),
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
  const limiter = app.createRateLimit();
  return async ({ authorization, ip }, requests) => {
    // The limiter reads only these of a request (the key from headers and ip, a route group from
    // routeOptions), so an operation over a WebSocket is counted in the same budget as HTTP.
    const request = { headers: { authorization }, ip, routeOptions: { config: {} } } as unknown as FastifyRequest;
    for (let i = 0; i < requests; i += 1) {
      // isAllowed means "on the allow list"; being within the limit is !isExceeded.
      const counted = await limiter(request);
      if (!counted.isAllowed && counted.isExceeded) return { allowed: false, retryAfterSeconds: Math.max(1, counted.ttlInSeconds) };
    }
    return { allowed: true };
  };
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
          ? 'Thân yêu cầu có khóa "__proto__" hoặc "constructor", không được phép.'
          : error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
            ? 'Thân yêu cầu không phải JSON hợp lệ.'
            : 'Yêu cầu không hợp lệ.';
  return { status: error.statusCode, code: 'BAD_REQUEST', message };
}

const PRESSURE: Record<string, string> = {
  eventLoopDelay: 'vòng sự kiện trễ, ms',
  heapUsedBytes: 'bộ nhớ heap đã dùng, byte',
  rssBytes: 'bộ nhớ tiến trình, byte',
  eventLoopUtilization: 'vòng sự kiện bận',
};

/**
 * Route options for what operators and orchestrators poll (probes, metrics): never rate-limited
 * and never shed under load, so a busy process is not mistaken for a dead one.
 */
export const UNLIMITED_ROUTE = { config: { rateLimit: false as const, pressureHandler: () => undefined } };

/**
 * Whether a pressure reading is a measurement to act on. An event-loop delay with no sample in the
 * last window reads as Infinity: the loop was blocked the whole window by one piece of work that has
 * now ended (start-up replay, a snapshot), so the request that could be read is not turned away for it.
 */
export function isMeasuredPressure(type: string, value: unknown): boolean {
  return !(type === 'eventLoopDelay' && !Number.isFinite(Number(value)));
}

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
      if (!isMeasuredPressure(type, value)) return;
      const measured = Number.isFinite(Number(value)) ? `: ${Math.round(Number(value))}` : '';
      reply
        .code(503)
        .header('retry-after', '5')
        .send(graphqlError(`Máy chủ đang quá tải (${PRESSURE[type] ?? type}${measured}); thử lại sau 5 giây.`, 'OVERLOADED'));
    },
  });
}

/**
 * Once a stop has begun, new requests (also on kept-alive connections) are told so in the API's
 * own error shape, instead of Fastify's bare English 503, and asked to come back on another
 * connection; requests already in flight finish, and their answers close their connections too:
 * a kept-alive connection left idle would otherwise hold the stop until its drain bound.
 */
export function refuseWhileStopping(app: FastifyInstance, stopping: () => boolean): void {
  app.addHook('onSend', async (_request, reply) => {
    if (stopping()) reply.header('connection', 'close');
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!stopping()) return;
    // Its connection closes as every answer's does while stopping (the onSend hook above).
    return reply
      .code(503)
      .header('retry-after', '5')
      .send(graphqlError('Máy chủ đang dừng (khởi động lại hoặc bảo trì); thử lại sau ít giây.', 'SHUTTING_DOWN'));
  });
}
