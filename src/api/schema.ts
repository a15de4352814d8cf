import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import '../graphql/enums';
import { authChecker } from '../authorization/auth-checker';
import { VALIDATION } from '../authorization/validated-input';
import { AuditActorFields } from '../audit/graphql/audit-actor-fields';
import { AuditQueries } from '../audit/graphql/audit-queries';
import { CatalogueMutations } from '../catalogue/graphql/catalogue-mutations';
import { DirectoryMutations } from '../cluster/graphql/directory-mutations';
import { ClusterFields, ClusterYearFields, DirectoryQueries, UnitFields } from '../cluster/graphql/directory-queries';
import { typeOfGlobalId } from '../graphql/global-id';
import { LiveSubscriptions } from './live-subscriptions';
import { NodeQueries } from './node-queries';
import { RankingQueries } from '../scorecard/graphql/ranking-queries';
import { RecordsMutations } from '../records/graphql/records-mutations';
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
} from '../records/graphql/records-queries';
import { ScoreMutations } from '../scorecard/graphql/score-mutations';
import { UnitHistoryFields } from '../unit/graphql/unit-history-fields';
import { YearMutations } from '../cluster/graphql/year-mutations';
import { YearRecordsFields } from '../cluster/graphql/year-records-fields';
import type { Node } from '../graphql/node';

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
  // given in an async function, and graphql-jit (the executor of queries) takes only a type, not a promise.
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = (node: Node) => typeOfGlobalId(node.globalId);
  return schema;
}
