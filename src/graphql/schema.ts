import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import './enums';
import { authChecker } from '../authorization/auth-checker';
import { VALIDATION } from '../authorization/validated-input';
import { AuditActorFields } from './resolvers/audit-actor-fields';
import { AuditQueries } from './resolvers/audit-queries';
import { CatalogueMutations } from './resolvers/catalogue-mutations';
import { DirectoryMutations } from './resolvers/directory-mutations';
import { ClusterFields, ClusterYearFields, DirectoryQueries, UnitFields } from './resolvers/directory-queries';
import { typeOfGlobalId } from './global-id';
import { LiveSubscriptions } from './resolvers/live-subscriptions';
import { NodeQueries } from './resolvers/node-queries';
import { RankingQueries } from './resolvers/ranking-queries';
import { RecordsMutations } from './resolvers/records-mutations';
import {
  AgreementDocumentFields,
  AwardDecisionDocumentFields,
  CeremonyFields,
  CriteriaSetDocumentFields,
  CeremonyParticipantFields,
  ClusterYearRecordsFields,
  OfficeRepresentativeFields,
  PersonFields,
  RecordsQueries,
} from './resolvers/records-queries';
import { ScoreMutations } from './resolvers/score-mutations';
import { UnitHistoryFields } from './resolvers/unit-history-fields';
import { YearMutations } from './resolvers/year-mutations';
import { YearRecordsFields } from './resolvers/year-records-fields';
import type { Node } from './types/node';

export const resolvers = [
  DirectoryQueries,
  RankingQueries,
  AuditQueries,
  AuditActorFields,
  DirectoryMutations,
  CatalogueMutations,
  YearMutations,
  ScoreMutations,
  UnitFields,
  UnitHistoryFields,
  ClusterFields,
  ClusterYearFields,
  YearRecordsFields,
  RecordsQueries,
  RecordsMutations,
  PersonFields,
  CeremonyFields,
  CeremonyParticipantFields,
  OfficeRepresentativeFields,
  ClusterYearRecordsFields,
  AgreementDocumentFields,
  AwardDecisionDocumentFields,
  CriteriaSetDocumentFields,
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
