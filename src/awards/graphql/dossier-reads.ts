import { entryById } from '../../catalogue/domain/award-catalogue/catalogue';
import type { DossierFilter } from '../../../projections/awards/views';
import type { ModelsAt } from '../../graphql/models-at';
import type { Candidate } from '../domain/dossier/parties';
import { DossierAwardGql, DossierGql } from './dossier-types';

/** The awards slice's published reads: dossiers and the awards they carried, at a read's position. */
export function dossierAt(read: ModelsAt, id: string): DossierGql | null {
  const view = read.models.dossiers.dossier(id, read.at);
  return view ? DossierGql.from(view, read.at) : null;
}

export function dossiersAt(read: ModelsAt, filter: DossierFilter): DossierGql[] {
  return read.models.dossiers.dossiers(filter, read.at).map((view) => DossierGql.from(view, read.at));
}

export function inboxAt(read: ModelsAt, addresseeId: string): DossierGql[] {
  return read.models.dossiers.inbox(addresseeId, read.at).map((view) => DossierGql.from(view, read.at));
}

/** Hồ sơ thành tích: a unit's or a person's decided awards over the years, oldest first. */
export function awardsOfAt(read: ModelsAt, candidate: Candidate): DossierAwardGql[] {
  return read.models.dossiers.awardsOf(candidate, read.at).map((view) => DossierAwardGql.from(view));
}

/** The titles a unit's persons registered for in a year, each with the catalogue's name. */
export function personTitlesAt(read: ModelsAt, unitId: string, year: number): { personId: string; titleId: string; titleName: string }[] {
  return read.models.personTitles
    .registrations(unitId, year, read.at)
    .map((r) => ({ ...r, titleName: entryById(r.titleId)?.name ?? r.titleId }));
}
