import type { TitleDefinition } from '../domain/title/standard-titles';
import type { ModelsAt } from '../../graphql/models-at';
import { CriteriaSetVersionGql } from './catalogue-types';

/** The catalogue slice's published reads: titles and criteria sets as they stood at the read's position. */
export function titleAt(read: ModelsAt, titleId: string): TitleDefinition | undefined {
  return read.models.catalogue.title(titleId, read.at);
}

export function titlesAt(read: ModelsAt): TitleDefinition[] {
  return read.models.catalogue.allTitles(read.at);
}

/** A criteria set's versions, oldest first. */
export function criteriaSetVersionsAt(read: ModelsAt, criteriaSetId: string): CriteriaSetVersionGql[] {
  return read.models.catalogue.criteriaSetVersions(criteriaSetId, read.at).map((set) => CriteriaSetVersionGql.from(set, read.at));
}
