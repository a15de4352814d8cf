import { AwardReportQueries } from './award-reports';
import { CouncilSessionQueries } from './council-session';
import { DossierLive } from './dossier-live';
import { DossierMutations } from './dossier-mutations';
import { DossierQueries } from './dossier-queries';
import { PersonTitleResolvers } from './person-titles';
import { EligibilityQueries } from './eligibility-query';

/** The awards slice's part of the schema: dossiers that travel up, their steps, and the awards they carry. */
export const awardsResolvers = [
  DossierQueries,
  DossierMutations,
  AwardReportQueries,
  EligibilityQueries,
  DossierLive,
  PersonTitleResolvers,
  CouncilSessionQueries,
] as const;
