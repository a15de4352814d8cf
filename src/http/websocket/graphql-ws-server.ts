import type http from 'node:http';
import { execute, specifiedRules, subscribe, type GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { makeServer, type Context } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { App } from '../../app';
import type { Verifier, VerifiedToken } from '../../auth/tokens';
import type { SubscriptionLimits } from '../../config';
import type { Actor } from '../../kernel/actor';
import type { GraphQLContext } from '../../graphql/context';
import { formatError } from '../../graphql/errors';
import { RequestReads } from '../../graphql/request-reads';
import type { LiveEvents } from '../../graphql/live-events';
import type { Logger } from '../../logger';
import { verifiedToken } from '../authenticate';
import { correlationIdOf } from '../correlation';
import type { RateLimitSpender } from '../hardening';
import { CLOSING, closeWith } from './close';
import { prepareOperation } from './operation';
import { holdReading } from './reading';
import type { SocketSlots } from './socket-slots';

export type Extra = { socket: WebSocket; request: http.IncomingMessage; actor?: Actor; authorization?: string };
type Ctx = Context<Record<string, unknown> | undefined, Extra>;

export interface ProtocolOptions {
  schema: GraphQLSchema;
  app: App;
  live: LiveEvents;
  verify: Verifier;
  logger: Logger;
  limits: SubscriptionLimits;
  validationRules: readonly ValidationRule[];
  /** The HTTP rate limit's budgets: every operation over the socket counts as a request, each mutation field as one. */
  spendRateLimit: RateLimitSpender;
  slots: SocketSlots;
}

/**
 * connection_init: the token (`{ "authorization": "Bearer …" }`, or bare in `token`) is read and
 * verified as an HTTP request's is; a verified socket takes a signed-in slot until the token expires.
 */
async function signIn(ctx: Ctx, options: ProtocolOptions): Promise<boolean> {
  const params = ctx.connectionParams ?? {};
  const authorization =
    typeof params.authorization === 'string'
      ? params.authorization
      : typeof params.token === 'string'
        ? `Bearer ${params.token}`
        : undefined;
  ctx.extra.authorization = authorization;
  let verified: VerifiedToken;
  try {
    verified = await verifiedToken(authorization, options.verify);
  } catch (error) {
    closeWith(ctx.extra.socket, CLOSING.unauthenticated);
    options.logger.info({ reason: (error as Error).message }, 'subscription connection refused');
    return false;
  }
  ctx.extra.actor = verified.actor;
  return options.slots.signIn(ctx.extra.socket, verified.expiresAt);
}

/** The graphql-ws protocol over the sockets: sign-in, then operations checked and counted as HTTP requests are. */
export function graphqlWsServer(options: ProtocolOptions) {
  const { logger } = options;
  const rules = [...specifiedRules, ...options.validationRules];
  const spend = async (extra: Extra, requests: number) => {
    const verdict = await options.spendRateLimit(
      { authorization: extra.authorization, ip: extra.request.socket.remoteAddress ?? '' },
      requests,
    );
    if (!verdict.allowed) holdReading(extra.socket, verdict.retryAfterSeconds);
    return verdict;
  };
  const format = (error: GraphQLError) =>
    formatError(error.toJSON(), error, (unexpected) => logger.error({ err: unexpected }, 'unexpected error in a subscription'));

  return makeServer<Record<string, unknown> | undefined, Extra>({
    schema: options.schema,
    execute,
    subscribe,
    // The init deadline is the socket slots' (SocketSlots.admit): it runs until the token is verified, not only sent.
    connectionInitWaitTimeout: 0,
    onConnect: (ctx) => signIn(ctx, options),
    onSubscribe: (ctx, _id, payload) =>
      prepareOperation(payload, Object.keys(ctx.subscriptions).length, {
        schema: options.schema,
        rules,
        maxPerConnection: options.limits.maxPerConnection,
        spend: (requests) => spend(ctx.extra, requests),
      }),
    context: (ctx): GraphQLContext => ({
      actor: ctx.extra.actor!,
      correlationId: correlationIdOf(ctx.extra.request.headers['x-correlation-id']),
      ports: options.app.ports,
      live: options.live,
      // A mutation over the socket answers once appended; read-your-writes applies to HTTP queries.
      wrote: () => undefined,
      spendRateLimit: (requests) => spend(ctx.extra, requests),
      reads: new RequestReads(),
    }),
    onError: (_ctx, _id, _payload, errors) => errors.map(format),
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(format) } : undefined),
  });
}

export type GraphqlWsServer = ReturnType<typeof graphqlWsServer>;
