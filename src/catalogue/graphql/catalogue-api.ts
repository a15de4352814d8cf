import { AwardCatalogueQueries } from './award-catalogue';
import { CatalogueMutations } from './catalogue-mutations';
import { CatalogueQueries } from './catalogue-queries';

/** The catalogue slice's part of the schema: titles, criteria sets, and the award catalogue of the law. */
export const catalogueResolvers = [CatalogueQueries, CatalogueMutations, AwardCatalogueQueries] as const;
