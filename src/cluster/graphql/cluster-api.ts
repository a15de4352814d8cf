import { DirectoryMutations } from './directory-mutations';
import { ClusterFields, ClusterYearFields, DirectoryQueries, UnitFields } from './directory-queries';
import { RegistrationCountFields } from './registration-count-fields';
import { UnitYearFields } from './unit-year-fields';
import { YearMutations } from './year-mutations';
import { YearRecordsFields } from './year-records-fields';

/** The cluster slice's part of the schema: clusters, their years (members, offices, agreement, vote, awards) and the graph. */
export const clusterResolvers = [
  DirectoryQueries,
  DirectoryMutations,
  YearMutations,
  UnitFields,
  UnitYearFields,
  ClusterFields,
  ClusterYearFields,
  YearRecordsFields,
  RegistrationCountFields,
] as const;
