import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import { GraphQLError } from 'graphql';
import type { App } from '../app';
import type { Verifier } from '../auth/tokens';
import type { Logger } from '../logger';
import type { GraphQLContext } from '../graphql/context';
import { RequestReads } from '../graphql/request-reads';
import { authenticate } from './authenticate';
import { formatError } from '../graphql/errors';
import { correlationIdOf } from './correlation';
import { refuseForgeable } from './csrf';
import { registerAuditRoutes } from './audit-routes';
import { registerGraphQLEtags, type MustSee } from './etag';
import { LastWrites } from './last-writes';
import { MIN_POSITION_HEADER, minPositionOf } from './min-position';
import { registerOpsRoutes } from './ops-routes';
import { postgresRateLimits } from './postgres-rate-limits';
import { attachSubscriptions } from './subscription-server';
import { registerSpreadsheetRoutes } from './spreadsheet-routes';
import { registerImportRoute } from './import-route';
import { drainHttp, trackRequests, type AbandonedRequest } from './drain';
import { registerDocumentRoutes } from './document-routes';
import { registerWebPage } from './web-page';
import { Metrics } from '../ops/metrics';
import { armor, PARSE_OPTIONS, protectFromOverload, protectHttp, refuseWhileStopping } from './hardening';
import { registerIde } from './ide';
import { operationLimits } from './operation-limits';
import { historyCacheControl } from './history-cache-control';
import { retryLaterAnswers } from './retry-later';
import { createSchema } from '../graphql/schema';
import { LiveEvents } from '../graphql/subscriptions/live-events';

export const GRAPHQL_PATH = '/graphql';

export interface HttpService {
  server: http.Server;
  listen(port: number): Promise<number>;
  /** Stops serving by `deadline` (ms since the epoch; see drainHttp); answers the requests it abandoned. */
  stop(deadline: number): Promise<AbandonedRequest[]>;
}

/**
 * A caller who just wrote and then reads must see the write: queries wait (bounded) until the
 * read models have applied the caller's last write on this replica, or the position the caller
 * names in the x-thidua-min-position header (a write taken by another replica).
 */
function readYourWrites(app: Pick<App, 'runner' | 'config'>, mustSee: MustSee): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, request }) {
          if (operation?.operation !== 'query') return;
          const position = mustSee(contextValue.actor.id, request.http?.headers.get(MIN_POSITION_HEADER));
          if (app.runner.processedPosition >= position) return;
          try {
            await app.runner.waitFor(position, app.config.readYourWritesTimeoutMs);
          } catch (error) {
            const { code, message } = error as { code: string; message: string };
            throw new GraphQLError(message, { extensions: { code, http: { status: 503 } } });
          }
        },
      };
    },
  };
}

/** The HTTP service: GraphQL over Fastify 5 at /graphql (chosen by bench/http-framework.ts), with the offline IDE on GET and subscriptions over WebSocket on the same path. */
export async function createHttpService(app: App, verify: Verifier, logger: Logger): Promise<HttpService> {
  const fastify = Fastify({
    bodyLimit: 1024 * 1024,
    // Requests that arrive during a stop are refused by refuseWhileStopping, in the API's words.
    return503OnClosing: false,
    loggerInstance: logger as unknown as FastifyBaseLogger,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // One line per request (below) instead of Fastify's two: at thousands of requests a second
    // the log is a measurable share of the work.
    logController: new LogController({ disableRequestLogging: true }),
    // Every log line of a request carries its correlation id.
    childLoggerFactory: (parent, bindings, options, raw) => {
      const correlationId = correlationIdOf(raw.headers['x-correlation-id']);
      (raw as { correlationId?: string }).correlationId = correlationId;
      return parent.child({ ...bindings, correlationId }, options);
    },
  });
  const metrics = new Metrics(app);
  let stopping = false;
  fastify.addHook('onRequest', async (request, reply) => {
    const correlationId = (request.raw as { correlationId?: string }).correlationId ?? correlationIdOf(undefined);
    (request as { correlationId?: string }).correlationId = correlationId;
    reply.header('x-request-id', request.id).header('x-correlation-id', correlationId);
  });
  refuseWhileStopping(fastify, () => stopping);
  const inFlight = trackRequests(fastify);
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.httpRequest(request.routeOptions.url ?? 'unmatched', reply.statusCode);
    request.log.info(
      { method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request completed',
    );
  });
  // Built before load shedding starts sampling: a second of start-up work is not overload.
  const schema = await createSchema();
  await protectFromOverload(fastify, app.config.shedding);
  const lastWrites = new LastWrites(() => app.runner.processedPosition);
  metrics.watchCache('last-writes', lastWrites);
  const mustSee: MustSee = (actorId, header) => Math.max(lastWrites.of(actorId), minPositionOf(header));

  // Replicas on PostgreSQL count each caller's requests together there, not each in its own memory.
  const sharedCounts = app.config.store.kind === 'postgres' ? postgresRateLimits(app.config.store.connectionString) : undefined;
  if (sharedCounts) fastify.addHook('onClose', () => sharedCounts.close());
  const spendRateLimit = await protectHttp(fastify, { perMinute: app.config.rateLimitPerMinute, verify, store: sharedCounts?.Store });
  const armored = armor();
  const live = new LiveEvents(app.runner);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    // Everything Apollo would otherwise derive from NODE_ENV is decided here by the service's own
    // configuration, so a test run and production behave alike. The service owns SIGINT/SIGTERM
    // (src/main.ts): Apollo's own handlers would stop it and re-send the signal, killing the
    // process before the checkpoint, the snapshot and the store's close.
    nodeEnv: app.config.production ? 'production' : 'development',
    stopOnTerminationSignals: false,
    introspection: app.config.introspection,
    // Stack traces name the server's files: only when an operator asks for them (THIDUA_DEBUG_ERRORS).
    includeStacktraceInErrorResponses: app.config.debugErrors,
    allowBatchedHttpRequests: false,
    // Decided for every GraphQL request, kept answers included, by refuseForgeable (csrf.ts).
    csrfPrevention: false,
    validationRules: armored.validationRules,
    parseOptions: PARSE_OPTIONS,
    formatError: (formatted, error) => formatError(formatted, error, (unexpected) => logger.error({ err: unexpected }, 'unexpected error')),
    plugins: [
      metrics.apolloPlugin(),
      ...armored.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // No field carries cache hints, so the default cache-control plugin would only cost time;
      // answers are marked by what they read instead (history is immutable, the present revalidates).
      ApolloServerPluginCacheControlDisabled(),
      operationLimits(),
      historyCacheControl(app),
      readYourWrites(app, mustSee),
      retryLaterAnswers(),
    ],
  });
  await apollo.start();

  const handler = fastifyApolloHandler(apollo, {
    context: async (request): Promise<GraphQLContext> => {
      const actor = await authenticate(request.headers.authorization, verify);
      const correlationId = (request as { correlationId?: string }).correlationId ?? correlationIdOf(undefined);
      request.log.debug({ actorId: actor.id, role: actor.role }, 'authenticated');
      return {
        actor,
        correlationId,
        app,
        live,
        wrote: (position) => lastWrites.wrote(actor.id, position),
        spendRateLimit: (requests) => spendRateLimit({ authorization: request.headers.authorization, ip: request.ip }, requests),
        reads: new RequestReads(),
      };
    },
  });
  refuseForgeable(fastify, GRAPHQL_PATH);
  registerGraphQLEtags(fastify, app, verify, mustSee, GRAPHQL_PATH);
  fastify.post(GRAPHQL_PATH, handler);
  registerAuditRoutes(fastify, app, verify, metrics);
  registerIde(fastify, GRAPHQL_PATH, handler);
  registerSpreadsheetRoutes(fastify, app, verify);
  const imports = registerImportRoute(fastify, app, verify);
  registerDocumentRoutes(fastify, app, verify);
  registerOpsRoutes(fastify, app, metrics);
  await registerWebPage(fastify);
  await fastify.ready();
  const subscriptions = attachSubscriptions({
    httpServer: fastify.server,
    path: GRAPHQL_PATH,
    schema,
    app,
    live,
    verify,
    logger,
    limits: app.config.subscriptions,
    maxMessageBytes: fastify.initialConfig.bodyLimit!,
    spendRateLimit,
    validationRules: armored.validationRules ?? [],
    onDropped: (reason) => metrics.subscriptionDropped(reason),
  });
  metrics.watchSubscriptions({ ...subscriptions, subscriptions: () => live.subscriberCount });

  return {
    server: fastify.server,
    async listen(port) {
      await fastify.listen({ port, host: app.config.host });
      return (fastify.server.address() as AddressInfo).port;
    },
    async stop(deadline) {
      stopping = true;
      await subscriptions.close();
      // The service drains HTTP itself (Apollo's Fastify drain plugin would cut every connection after a fixed 10 s).
      const abandoned = await drainHttp(fastify, imports, inFlight, deadline);
      await apollo.stop();
      return abandoned;
    },
  };
}
