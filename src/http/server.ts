import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { App } from '../app';
import type { Verifier } from '../auth/tokens';
import type { Logger } from '../logger';
import { createSchema } from '../api/schema';
import { LiveEvents } from '../graphql/live-events';
import { Metrics } from '../ops/metrics';
import { graphqlHandler, startApollo } from './apollo';
import { registerAuditRoutes } from './audit-routes';
import { correlationIdOf } from './correlation';
import { refuseForgeable } from './csrf';
import { registerDocumentRoutes } from './document-routes';
import { drainHttp, trackRequests, type AbandonedRequest } from './drain';
import { registerGraphQLEtags, type MustSee } from './etag';
import { armor, protectFromOverload, protectHttp, refuseWhileStopping, type RateLimitSpender } from './hardening';
import { registerIde } from './ide';
import { registerImportRoute } from './import-route';
import { LastWrites } from './last-writes';
import { minPositionOf } from './min-position';
import { registerOpsRoutes } from './ops-routes';
import { postgresRateLimits } from './postgres-rate-limits';
import { registerSpreadsheetRoutes } from './spreadsheet-routes';
import { attachSubscriptions } from './subscription-server';
import { registerWebPage } from './web-page';

export const GRAPHQL_PATH = '/graphql';

export interface HttpService {
  server: http.Server;
  listen(port: number): Promise<number>;
  /** Stops serving by `deadline` (ms since the epoch; see drainHttp); answers the requests it abandoned. */
  stop(deadline: number): Promise<AbandonedRequest[]>;
}

/** Fastify as the service runs it: its log lines carry each request's correlation id, one line per request. */
function createFastify(logger: Logger): FastifyInstance {
  return Fastify({
    bodyLimit: 1024 * 1024,
    // Requests that arrive during a stop are refused by refuseWhileStopping, in the API's words.
    return503OnClosing: false,
    loggerInstance: logger as unknown as FastifyBaseLogger,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // One line per request (logRequest) instead of Fastify's two: at thousands of requests a
    // second the log is a measurable share of the work.
    logController: new LogController({ disableRequestLogging: true }),
    // Every log line of a request carries its correlation id.
    childLoggerFactory: (parent, bindings, options, raw) => {
      const correlationId = correlationIdOf(raw.headers['x-correlation-id']);
      (raw as { correlationId?: string }).correlationId = correlationId;
      return parent.child({ ...bindings, correlationId }, options);
    },
  });
}

/** Tells the caller the ids its request is known by in the logs. */
async function answerWithIds(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const correlationId = (request.raw as { correlationId?: string }).correlationId ?? correlationIdOf(undefined);
  (request as { correlationId?: string }).correlationId = correlationId;
  reply.header('x-request-id', request.id).header('x-correlation-id', correlationId);
}

/** The one log line of a request, and its count on /metrics. */
const logRequest = (metrics: Metrics) => async (request: FastifyRequest, reply: FastifyReply) => {
  metrics.httpRequest(request.routeOptions.url ?? 'unmatched', reply.statusCode);
  request.log.info(
    { method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
    'request completed',
  );
};

/** The per-caller rate limit; replicas on PostgreSQL count each caller's requests together there, not each in its own memory. */
async function limitRates(fastify: FastifyInstance, app: App, verify: Verifier): Promise<RateLimitSpender> {
  const sharedCounts = app.config.store.kind === 'postgres' ? postgresRateLimits(app.config.store.connectionString) : undefined;
  if (sharedCounts) fastify.addHook('onClose', () => sharedCounts.close());
  return protectHttp(fastify, { perMinute: app.config.rateLimitPerMinute, verify, store: sharedCounts?.Store });
}

/** The HTTP service: GraphQL over Fastify 5 at /graphql (chosen by bench/http-framework.ts), with the offline IDE on GET and subscriptions over WebSocket on the same path. */
export async function createHttpService(app: App, verify: Verifier, logger: Logger): Promise<HttpService> {
  const fastify = createFastify(logger);
  const metrics = new Metrics(app);
  let stopping = false;
  fastify.addHook('onRequest', answerWithIds);
  refuseWhileStopping(fastify, () => stopping);
  const inFlight = trackRequests(fastify);
  fastify.addHook('onResponse', logRequest(metrics));
  // Built before load shedding starts sampling: a second of start-up work is not overload.
  const schema = await createSchema();
  await protectFromOverload(fastify, app.config.shedding);
  const lastWrites = new LastWrites(() => app.runner.processedPosition);
  metrics.watchCache('last-writes', lastWrites);
  const mustSee: MustSee = (actorId, header) => Math.max(lastWrites.of(actorId), minPositionOf(header));
  const spendRateLimit = await limitRates(fastify, app, verify);
  const armored = armor();
  const live = new LiveEvents(app.runner);
  const apollo = await startApollo(app, { schema, metrics, logger, mustSee, armored });
  const handler = graphqlHandler(apollo, app, { verify, live, lastWrites, spendRateLimit });
  refuseForgeable(fastify, GRAPHQL_PATH);
  metrics.watchCache('kept-answers', registerGraphQLEtags(fastify, app, verify, mustSee, GRAPHQL_PATH));
  fastify.post(GRAPHQL_PATH, handler);
  registerIde(fastify, GRAPHQL_PATH, handler);
  registerAuditRoutes(fastify, app, verify, metrics);
  registerSpreadsheetRoutes(fastify, app, verify);
  const imports = registerImportRoute(fastify, app, verify);
  registerDocumentRoutes(fastify, app, verify);
  registerOpsRoutes(fastify, app, metrics);
  await registerWebPage(fastify);
  await fastify.ready();
  const subscriptions = attachSubscriptions({
    ...{ httpServer: fastify.server, path: GRAPHQL_PATH, schema, app, live, verify, logger, spendRateLimit },
    limits: app.config.subscriptions,
    maxMessageBytes: fastify.initialConfig.bodyLimit!,
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
