import { CatalogueMutations } from './catalogue-mutations';
import { CatalogueQueries } from './catalogue-queries';

/** The catalogue slice's part of the schema: titles and criteria sets. */
export const catalogueResolvers = [CatalogueQueries, CatalogueMutations] as const;
