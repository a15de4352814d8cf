import type { ReadModels } from '../../projections/read-models';
import { Role, type Actor } from '../kernel/actor';
import { UnitLevel } from '../unit/domain/unit-level';

interface Party {
  kind: string;
  id: string;
}

/** Whether the actor sits in the council: its unit's, or the sector's at the Supreme Procuracy. */
function sitsIn(councilId: string, actor: Actor, models: ReadModels): boolean {
  const council = models.councils.council(councilId);
  if (!council || actor.role !== Role.COUNCIL || actor.unitId === null) return false;
  return council.unitId === null ? models.directory.unit(actor.unitId)?.level === UnitLevel.SUPREME : council.unitId === actor.unitId;
}

/** Whether the actor acts for the party: a cluster's chair office that year or its organizer's council, a unit's officers, a council's. */
function actsFor(party: Party, year: number | undefined, actor: Actor, models: ReadModels): boolean {
  switch (party.kind) {
    case 'CLUSTER': {
      if (actor.role === Role.COUNCIL) return models.directory.cluster(party.id)?.organizerUnitId === actor.unitId;
      const chaired = year === undefined ? undefined : models.directory.clusterYear(party.id, year);
      return actor.role === Role.CLUSTER_OFFICER && chaired !== undefined && chaired.chairUnitId === actor.unitId;
    }
    case 'UNIT':
      return actor.role === Role.UNIT_OFFICER && actor.unitId === party.id;
    case 'UNIT_HEAD':
      return actor.role === Role.COUNCIL && actor.unitId === party.id;
    case 'COUNCIL':
      return sitsIn(party.id, actor, models);
    default:
      return false;
  }
}

/**
 * Whether the actor takes a step for the dossier's proposer or its addressee, as the dossier (or,
 * for a new one, the input) names them now: a dossier nobody can find admits nobody but ADMIN.
 */
export function actsForDossier(
  side: 'dossierProposer' | 'dossierAddressee',
  actor: Actor,
  input: { dossierId?: string; proposer?: Party; year?: number },
  models: ReadModels,
): boolean {
  const dossier = input.dossierId ? models.dossiers.dossier(input.dossierId) : undefined;
  const party = side === 'dossierProposer' ? (dossier?.proposer ?? input.proposer) : dossier?.addressee;
  return party !== undefined && party !== null && actsFor(party, dossier?.year ?? input.year, actor, models);
}
