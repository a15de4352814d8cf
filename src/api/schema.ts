import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import '../graphql/enums';
import { authChecker } from '../authorization/auth-checker';
import { VALIDATION } from '../authorization/validated-input';
import { awardsResolvers } from '../awards/graphql/awards-api';
import { auditResolvers } from '../audit/graphql/audit-api';
import { catalogueResolvers } from '../catalogue/graphql/catalogue-api';
import { clusterResolvers } from '../cluster/graphql/cluster-api';
import { typeOfGlobalId } from '../graphql/global-id';
import { recordsResolvers } from '../records/graphql/records-api';
import { scorecardResolvers } from '../scorecard/graphql/scorecard-api';
import { unitResolvers } from '../unit/graphql/unit-api';
import { LiveSubscriptions } from './live-subscriptions';
import { NodeQueries } from './node-queries';
import type { Node } from '../graphql/node';

/**
 * The slices, listed once: each publishes its resolvers (src/<slice>/graphql/<slice>-api.ts); what
 * reads across all of them (node lookup, live updates) is the API's own.
 */
export const resolvers = [
  ...unitResolvers,
  ...clusterResolvers,
  ...scorecardResolvers,
  ...catalogueResolvers,
  ...recordsResolvers,
  ...awardsResolvers,
  ...auditResolvers,
  LiveSubscriptions,
  NodeQueries,
] as const;

/** The executable schema, built from the resolver classes: `schema/schema.graphql` is printed from it. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    // Every subscription names its own event source (LiveEvents); type-graphql still asks for a
    // topic-based PubSub, which nothing here publishes to.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('subscriptions read LiveEvents; there are no topics');
      },
    },
    // The same options the auth checker validates an `input` with before any rule reads it.
    validate: VALIDATION,
  });
  // A Node's type is the prefix of its id. Set here because type-graphql wraps any resolveType it is
  // given in an async function: a promise per node for what is known at once.
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = (node: Node) => typeOfGlobalId(node.globalId);
  return schema;
}
