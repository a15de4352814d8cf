import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import './enums';
import { authChecker } from '../authorization/auth-checker';
import { VALIDATION } from '../authorization/validated-input';
import { AuditActorFields } from './resolvers/audit-actor-fields';
import { AuditQueries } from './resolvers/audit-queries';
import { CatalogueMutations } from './resolvers/catalogue-mutations';
import { DirectoryMutations } from './resolvers/directory-mutations';
import { ClusterFields, ClusterYearFields, DirectoryQueries, UnitFields } from './resolvers/directory-queries';
import { LiveSubscriptions } from './resolvers/live-subscriptions';
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
] as const;

/** The executable schema, built from the resolver classes: `schema/schema.graphql` is printed from it. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
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
}
