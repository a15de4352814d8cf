import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { yearEnd } from '../../../projections/cluster/names-by-year';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf, type ModelsAt } from '../../graphql/models-at';
import { entryById } from '../../catalogue/domain/award-catalogue/catalogue';
import { AWARD_CATALOGUE } from '../../catalogue/domain/award-catalogue/entries';
import { councilAt } from '../../records/graphql/council-reads';
import { personAt } from '../../records/graphql/records-reads';
import { unitAt } from '../../unit/graphql/unit-reads';
import type { AwardKindGql } from './award-report-types';
import { CouncilAwardSessionGql, CouncilSessionEntryGql, CouncilSessionPlaceGql } from './council-session-types';
import { VerdictGql } from './dossier-enums';
import { dossierAt, dossiersAt } from './dossier-reads';
import { DossierStatusGql, type DossierGql, type DossierItemGql, type DossierPartyGql } from './dossier-types';

/** Where a place stands at the council; each place has exactly one, so the counts add up to what was requested. */
type Outcome = 'decided' | 'forwarded' | 'rejected' | 'pending' | 'gap';

interface Place {
  entryId: string;
  outcome: Outcome;
  approved: boolean;
  view: CouncilSessionPlaceGql;
}

/**
 * A forwarded dossier carried on exactly the items approved here, so an approved item of it was
 * proposed on; one approved and neither decided nor proposed on has had no answer yet.
 */
function outcomeOf(dossier: DossierGql, item: DossierItemGql): Outcome {
  if (item.award) return 'decided';
  if (item.verdict === VerdictGql.REJECTED) return 'rejected';
  if (item.verdict === null) return 'pending';
  return dossier.forwardedAs ? 'forwarded' : 'gap';
}

/** A unit as named at the end of the year under review, a person by full name; the id when the records hold no name. */
function nameOf(read: ModelsAt, candidate: DossierPartyGql | null, year: number): string | null {
  if (!candidate) return null;
  const name = candidate.kind === 'UNIT' ? unitAt(read, candidate.id, yearEnd(year))?.name : personAt(read, candidate.id)?.fullName;
  return name ?? candidate.id;
}

/** A count-only item whose every place was named stays on the dossier at 0; it stands for no place. */
function placesOf(read: ModelsAt, dossier: DossierGql, forwardedTo: DossierPartyGql | null): Place[] {
  return dossier.items
    .filter((item) => item.count > 0)
    .map((item) => {
      const outcome = outcomeOf(dossier, item);
      const forwarded = outcome === 'forwarded';
      return {
        entryId: item.entryId,
        outcome,
        approved: item.verdict === VerdictGql.APPROVED,
        view: {
          dossierId: dossier.dossierId,
          itemId: item.itemId,
          count: item.count,
          candidate: item.candidate,
          candidateName: nameOf(read, item.candidate, dossier.year),
          reason: item.verdictReason,
          decisionNumber: item.award?.decisionNumber ?? null,
          forwardedTo: forwarded ? forwardedTo : null,
          forwardedAs: forwarded ? dossier.forwardedAs : null,
        },
      };
    });
}

const total = (places: Place[]) => places.reduce((sum, place) => sum + place.view.count, 0);

function entryOf(entryId: string, places: Place[]): CouncilSessionEntryGql {
  const entry = entryById(entryId);
  const having = (outcome: Outcome) => places.filter((place) => place.outcome === outcome);
  const [decided, forwarded, rejected, pending] = (['decided', 'forwarded', 'rejected', 'pending'] as const).map(having);
  const requested = total(places);
  const approved = places.filter((place) => place.approved);
  const views = (list: Place[]) => list.map((place) => place.view);
  return {
    entryId,
    entryName: entry?.name ?? entryId,
    kind: (entry?.kind ?? null) as AwardKindGql | null,
    requested,
    approved: total(approved),
    rejected: total(rejected),
    decided: total(decided),
    forwarded: total(forwarded),
    pending: total(pending),
    gap: requested - (total(decided) + total(forwarded) + total(rejected) + total(pending)),
    approvedPlaces: views(approved),
    rejectedPlaces: views(rejected),
    decidedPlaces: views(decided),
    forwardedPlaces: views(forwarded),
    pendingPlaces: views(pending),
    gapPlaces: views(having('gap')),
  };
}

const catalogueOrder = (entryId: string) => {
  const index = AWARD_CATALOGUE.findIndex((entry) => entry.id === entryId);
  return index < 0 ? AWARD_CATALOGUE.length : index;
};

/**
 * What the dossiers sent to the council that year asked for, per catalogue entry, and what became of
 * each place. A dossier still being drafted has asked nothing yet; one returned still counts, its
 * places awaiting appraisal once it comes back.
 */
export function councilAwardSessionAt(read: ModelsAt, councilId: string, year: number): CouncilAwardSessionGql | null {
  const council = councilAt(read, councilId);
  if (!council) return null;
  const dossiers = dossiersAt(read, { addresseeId: councilId, year }).filter(
    ({ addressee, proposer, status }) => addressee?.kind === 'COUNCIL' && proposer !== null && status !== DossierStatusGql.DRAFT,
  );
  const places = dossiers.flatMap((dossier) => {
    const forwardedAs = dossier.forwardedAs ? dossierAt(read, dossier.forwardedAs) : null;
    return placesOf(read, dossier, forwardedAs?.addressee ?? null);
  });
  const entryIds = [...new Set(places.map((place) => place.entryId))].sort((a, b) => catalogueOrder(a) - catalogueOrder(b));
  return {
    councilId,
    councilName: council.name,
    year,
    dossierIds: dossiers.map((dossier) => dossier.dossierId).sort(),
    entries: entryIds.map((entryId) =>
      entryOf(
        entryId,
        places.filter((place) => place.entryId === entryId),
      ),
    ),
  };
}

@Resolver()
export class CouncilSessionQueries {
  @Authorized()
  @Query(() => CouncilAwardSessionGql, {
    nullable: true,
    description:
      'Phiên xét khen thưởng của Hội đồng Thi đua – Khen thưởng trong một năm: theo danh hiệu, hình thức, số suất được đề nghị, đồng ý, không đồng ý (lý do), đã quyết định, đã đề nghị lên (nơi nhận), chưa thẩm định và chênh lệch; null khi chưa đăng ký Hội đồng.',
  })
  councilAwardSession(
    @Arg('councilId', () => ID) councilId: string,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): CouncilAwardSessionGql | null {
    return councilAwardSessionAt(readAsOf(context, asOf), councilId, year);
  }
}
