import { DossierLive } from './dossier-live';
import { DossierMutations } from './dossier-mutations';
import { DossierQueries } from './dossier-queries';

/** The awards slice's part of the schema: dossiers that travel up, their steps, and the awards they carry. */
export const awardsResolvers = [DossierQueries, DossierMutations, DossierLive] as const;
