import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { App } from '../app';
import type { Verifier } from '../auth/tokens';
import type { GraphQLContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { RequestReads } from '../graphql/request-reads';
import type { LiveEvents } from '../graphql/live-events';
import type { Logger } from '../logger';
import type { Metrics } from '../ops/metrics';
import { authenticate } from './authenticate';
import { correlationIdOf } from './correlation';
import type { MustSee } from './etag';
import { PARSE_OPTIONS, type armor, type RateLimitSpender } from './hardening';
import { historyCacheControl } from './history-cache-control';
import type { LastWrites } from './last-writes';
import { MIN_POSITION_HEADER } from './min-position';
import { operationLimits } from './operation-limits';
import { retryLaterAnswers } from './retry-later';

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

/** What Apollo Server is built with besides the service. */
export interface ApolloParts {
  schema: GraphQLSchema;
  metrics: Metrics;
  logger: Logger;
  mustSee: MustSee;
  armored: ReturnType<typeof armor>;
}

/** Apollo Server with the service's plugins, started; it executes every operation on its own path (graphql-js). */
export async function startApollo(
  app: App,
  { schema, metrics, logger, mustSee, armored }: ApolloParts,
): Promise<ApolloServer<GraphQLContext>> {
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
      // Apollo's cache-control can say only `max-age, public|private` or `no-store`, from hints
      // known field by field; an answer here is `immutable` or `no-cache` (keep it, revalidate by
      // ETag), decided by the positions every resolver read (docs/caches.md).
      ApolloServerPluginCacheControlDisabled(),
      operationLimits(),
      historyCacheControl(app),
      readYourWrites(app, mustSee),
      retryLaterAnswers(),
    ],
  });
  await apollo.start();
  return apollo;
}

/** What a GraphQL request's context is made of besides the service. */
export interface ContextParts {
  verify: Verifier;
  live: LiveEvents;
  lastWrites: LastWrites;
  spendRateLimit: RateLimitSpender;
}

/** The Fastify handler of /graphql: each request's caller verified, and its context. */
export function graphqlHandler(apollo: ApolloServer<GraphQLContext>, app: App, { verify, live, lastWrites, spendRateLimit }: ContextParts) {
  return fastifyApolloHandler(apollo, {
    context: async (request): Promise<GraphQLContext> => {
      const actor = await authenticate(request.headers.authorization, verify);
      const correlationId = (request as { correlationId?: string }).correlationId ?? correlationIdOf(undefined);
      request.log.debug({ actorId: actor.id, role: actor.role }, 'authenticated');
      return {
        actor,
        correlationId,
        ports: app.ports,
        live,
        wrote: (position) => lastWrites.wrote(actor.id, position),
        spendRateLimit: (requests) => spendRateLimit({ authorization: request.headers.authorization, ip: request.ip }, requests),
        reads: new RequestReads(),
      };
    },
  });
}
