import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import './enums';
import { authChecker } from './auth-checker';
import { DirectoryMutations } from './resolvers/directory-mutations';
import { ClusterFields, ClusterYearFields, DirectoryQueries, UnitFields } from './resolvers/directory-queries';

export const resolvers = [DirectoryQueries, DirectoryMutations, UnitFields, ClusterFields, ClusterYearFields] as const;

/** The executable schema, built from the resolver classes: `schema/schema.graphql` is printed from it. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    // forbidUnknownValues stays on: an input object that is not the declared class is refused.
    validate: { forbidUnknownValues: true },
  });
}
