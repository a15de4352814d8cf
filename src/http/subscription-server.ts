import type http from 'node:http';
import {
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode, handleProtocols, makeServer } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { App } from '../app';
import type { Actor } from '../domain/shared/actor';
import type { SubscriptionLimits } from '../config';
import type { Verifier } from '../auth/tokens';
import type { Logger } from '../logger';
import { authenticate } from './authenticate';
import type { GraphQLContext } from '../graphql/context';
import { RequestReads } from '../graphql/request-reads';
import { correlationIdOf } from './correlation';
import { formatError } from '../graphql/errors';
import type { RateLimitSpender } from './hardening';
import { checkOperationLimits } from './operation-limits';
import type { LiveEvents } from '../graphql/subscriptions/live-events';

/** Close codes a client sees; graphql-ws's own (4400, 4401, 4403, 4406, 4408, 4409, 4429) keep their meaning. */
export const WS_CLOSE = {
  /** The server has as many connections as it takes: reconnect later (the standard "try again later"). */
  TRY_AGAIN_LATER: 1013,
  /** The client read more slowly than events arrived and its unsent answers passed the bound. */
  SLOW_CONSUMER: 4503,
} as const;

/** A closing peer that never answers the close handshake is cut off after this long. */
const CLOSE_GRACE_MS = 30_000;
/** Dead peers (no pong to a ping) are cut off after this long. */
const KEEP_ALIVE_MS = 30_000;

export interface SubscriptionServer {
  connections(): number;
  /** Bytes written to the open sockets and not yet taken by their peers. */
  bufferedBytes(): number;
  close(): Promise<void>;
}

interface Options {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  app: App;
  live: LiveEvents;
  verify: Verifier;
  logger: Logger;
  limits: SubscriptionLimits;
  validationRules: readonly ValidationRule[];
  /** The HTTP rate limit's budgets: every operation over the socket counts as a request, each mutation field as one. */
  spendRateLimit: RateLimitSpender;
  onDropped(reason: 'slow' | 'full'): void;
}

type Extra = { socket: WebSocket; request: http.IncomingMessage; actor?: Actor; authorization?: string; expiry?: NodeJS.Timeout };

/** When the (already verified) bearer token expires, in ms since the epoch; null without an `exp`. */
function expiryOf(authorization: string): number | null {
  const payload = authorization.split(' ')[1]?.split('.')[1];
  try {
    const exp = (JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
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
 * GraphQL subscriptions over WebSocket in the graphql-ws protocol, on the HTTP server's port and
 * path. The token goes in `connection_init` (`{ "authorization": "Bearer …" }`); each operation
 * is authorised like a query. Bounded: connections in all, subscriptions per connection, and the
 * bytes waiting to be sent to one connection (a consumer past it is dropped, never buffered).
 */
export function attachSubscriptions(options: Options): SubscriptionServer {
  const { limits, logger } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024, handleProtocols: (protocols) => handleProtocols(protocols) });
  const rules = [...specifiedRules, ...options.validationRules];
  const spend = (extra: Extra, requests: number) =>
    options.spendRateLimit({ authorization: extra.authorization, ip: extra.request.socket.remoteAddress ?? '' }, requests);
  const format = (error: GraphQLError) =>
    formatError(error.toJSON(), error, (unexpected) => logger.error({ err: unexpected }, 'unexpected error in a subscription'));

  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    schema: options.schema,
    execute,
    subscribe,
    connectionInitWaitTimeout: 10_000,
    async onConnect(ctx) {
      const params = ctx.connectionParams ?? {};
      const header =
        typeof params.authorization === 'string'
          ? params.authorization
          : typeof params.token === 'string'
            ? `Bearer ${params.token}`
            : undefined;
      ctx.extra.authorization = header;
      try {
        ctx.extra.actor = await authenticate(header, options.verify);
        // A connection lives no longer than the token that opened it: the client reconnects with a fresh one.
        const expiresAt = expiryOf(header!);
        if (expiresAt !== null)
          ctx.extra.expiry = setTimeout(
            () => ctx.extra.socket.close(CloseCode.Unauthorized, 'TOKEN_EXPIRED: token đã hết hạn; kết nối lại với token mới'),
            Math.min(Math.max(0, expiresAt - Date.now()), 2 ** 31 - 1),
          ).unref();
      } catch (error) {
        // The reason travels in the close frame (at most 123 bytes), so it names the code and the fix briefly.
        ctx.extra.socket.close(CloseCode.Unauthorized, 'UNAUTHENTICATED: gửi {"authorization":"Bearer <token>"} trong connection_init');
        logger.info({ reason: (error as Error).message }, 'subscription connection refused');
        return false;
      }
      return true;
    },
    async onSubscribe(ctx, _id, payload) {
      if (Object.keys(ctx.subscriptions).length > limits.maxPerConnection)
        return [
          new GraphQLError(`Tối đa ${limits.maxPerConnection} đăng ký trên một kết nối; hãy hủy bớt hoặc mở kết nối khác.`, {
            extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
          }),
        ];
      let document;
      try {
        document = parse(payload.query);
      } catch (error) {
        return [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
      }
      const problems = validate(options.schema, document, rules);
      if (problems.length > 0) return problems.map((problem) => withCode(problem, 'GRAPHQL_VALIDATION_FAILED'));
      const operation = getOperationAST(document, payload.operationName);
      if (operation) {
        try {
          await checkOperationLimits(options.schema, document, operation, payload.variables ?? {}, (n) => spend(ctx.extra, n), 0);
        } catch (error) {
          return [error as GraphQLError];
        }
      }
      return { schema: options.schema, document, operationName: payload.operationName, variableValues: payload.variables };
    },
    context: (ctx): GraphQLContext => ({
      actor: ctx.extra.actor!,
      correlationId: correlationIdOf(ctx.extra.request.headers['x-correlation-id']),
      app: options.app,
      live: options.live,
      // A mutation over the socket answers once appended; read-your-writes applies to HTTP queries.
      wrote: () => undefined,
      spendRateLimit: (n) => spend(ctx.extra, n),
      reads: new RequestReads(),
    }),
    onError: (_ctx, _id, _payload, errors) => errors.map(format),
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(format) } : undefined),
  });

  const open = new Set<WebSocket>();

  wss.on('connection', (socket: WebSocket, request: http.IncomingMessage) => {
    if (open.size >= limits.maxConnections) {
      options.onDropped('full');
      socket.close(WS_CLOSE.TRY_AGAIN_LATER, `TRY_AGAIN_LATER: máy chủ đã đủ ${limits.maxConnections} kết nối`);
      return;
    }
    open.add(socket);
    let alive = true;
    let dropped = false;
    const keepAlive = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, KEEP_ALIVE_MS);
    socket.on('pong', () => (alive = true));

    const extra: Extra = { socket, request };
    let disposed = false;
    const dispose = (code: number, reason: string) => {
      if (disposed) return;
      disposed = true;
      void opened(code, reason);
    };
    const opened = server.opened(
      {
        protocol: socket.protocol,
        send(data) {
          if (dropped || socket.readyState !== socket.OPEN) return;
          // Never await the socket: an answer either fits under the bound or the consumer goes.
          if (socket.bufferedAmount + Buffer.byteLength(data) > limits.maxBufferedBytes) {
            dropped = true;
            options.onDropped('slow');
            logger.warn({ bufferedBytes: socket.bufferedAmount, limit: limits.maxBufferedBytes }, 'slow subscription consumer dropped');
            dispose(WS_CLOSE.SLOW_CONSUMER, 'SLOW_CONSUMER');
            socket.close(WS_CLOSE.SLOW_CONSUMER, 'SLOW_CONSUMER: nhận chậm hơn tốc độ sự kiện; hãy kết nối lại và đọc lại trạng thái');
            setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
            return;
          }
          socket.send(data);
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          // The socket's binary type is Node's default, so every message arrives as one Buffer.
          socket.on('message', (message: Buffer) => {
            handle(message.toString('utf8')).catch((error: unknown) => {
              logger.error({ err: error }, 'subscription message failed');
              socket.close(CloseCode.InternalServerError, 'INTERNAL_SERVER_ERROR');
            });
          }),
      },
      extra,
    );
    socket.once('close', (code, reason) => {
      clearInterval(keepAlive);
      clearTimeout(extra.expiry);
      open.delete(socket);
      dispose(code, String(reason));
    });
    socket.on('error', (error) => logger.warn({ err: error }, 'subscription socket error'));
  });

  options.httpServer.on('upgrade', (request, socket, head) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== options.path) return socket.destroy();
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  return {
    connections: () => open.size,
    bufferedBytes: () => [...open].reduce((sum, socket) => sum + socket.bufferedAmount, 0),
    async close() {
      for (const socket of open) socket.close(1001, 'Going away');
      // A peer that does not answer the close (one that stopped reading) must not hold the shutdown.
      for (const deadline = Date.now() + 1000; open.size > 0 && Date.now() < deadline;)
        await new Promise((resolve) => setTimeout(resolve, 20));
      for (const socket of open) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
