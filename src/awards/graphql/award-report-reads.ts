import type { At } from '../../../projections/history';
import type { ReadModels } from '../../../projections/read-models';
import { nameOn, yearEnd } from '../../../projections/cluster/names-by-year';
import type { AwardFilter, DecisionView, DossierAwardView, DossierView, ItemView } from '../../../projections/awards/views';
import { entryById } from '../../catalogue/domain/award-catalogue/catalogue';
import { AWARD_CATALOGUE } from '../../catalogue/domain/award-catalogue/entries';
import type { AwardKind } from '../../catalogue/domain/award-catalogue/entry';
import type { Candidate } from '../domain/dossier/parties';

/** Forwarding climbs a few levels (cluster, province, sector); the bound keeps a malformed chain from looping. */
const MAX_CHAIN = 10;

export interface AwardReportFilter extends AwardFilter {
  kind?: AwardKind;
  clusterId?: string;
}

export interface AwardReportView extends DossierAwardView {
  kind: AwardKind | null;
  candidateName: string | null;
  clusterId: string | null;
}

export interface IssuedDecisionView extends DecisionView {
  dossierId: string;
  year: number;
  awardCount: number;
  revokedCount: number;
}

export interface AwardTally {
  proposed: number;
  approved: number;
  decided: number;
  revoked: number;
}

export interface AwardSummaryView {
  year: number;
  entries: (AwardTally & { entryId: string; entryName: string; kind: AwardKind })[];
  persons: AwardTally;
  collectives: AwardTally;
  notNamed: AwardTally;
}

/** The dossier and those it was forwarded from, itself first; the last one is where the proposal started. */
function chainOf(first: DossierView | undefined, find: (id: string) => DossierView | undefined): DossierView[] {
  const chain: DossierView[] = [];
  for (let next = first; next && chain.length < MAX_CHAIN; next = next.forwardedFrom ? find(next.forwardedFrom) : undefined)
    chain.push(next);
  return chain;
}

const clusterOf = (chain: DossierView[]) => {
  const origin = chain.at(-1);
  return origin?.proposer?.kind === 'CLUSTER' ? origin.proposer.id : null;
};

/** A unit as named at the end of the award's year, a person by full name; the id when the record holds no name. */
export function candidateName(models: ReadModels, candidate: Candidate | null, year: number, at: At): string | null {
  if (!candidate) return null;
  if (candidate.kind === 'PERSON') return models.records.person(candidate.id, at)?.fullName ?? candidate.id;
  const unit = models.directory.unit(candidate.id, at);
  return unit ? nameOn(unit, yearEnd(year)).name : candidate.id;
}

/** Decided awards, revoked ones included, narrowed by kind of entry and by the cluster their dossiers started from; the oldest first. */
export function awardReport(models: ReadModels, { kind, clusterId, ...filter }: AwardReportFilter, at: At): AwardReportView[] {
  const dossierAt = (id: string) => models.dossiers.dossier(id, at);
  const clusters = new Map<string, string | null>();
  const clusterOfDossier = (dossierId: string) => {
    if (!clusters.has(dossierId)) clusters.set(dossierId, clusterOf(chainOf(dossierAt(dossierId), dossierAt)));
    return clusters.get(dossierId) ?? null;
  };
  return models.dossiers
    .awards(filter, at)
    .map((award) => ({
      ...award,
      kind: entryById(award.entryId)?.kind ?? null,
      candidateName: candidateName(models, award.candidate, award.year, at),
      clusterId: clusterOfDossier(award.dossierId),
    }))
    .filter((award) => (kind === undefined || award.kind === kind) && (clusterId === undefined || award.clusterId === clusterId));
}

/** A count-only item stands for as many awards as its count. */
const awardsIn = (items: readonly ItemView[]) => items.reduce((sum, item) => sum + item.count, 0);

/** Decisions issued, the earliest first: each with its dossier and how many it awarded and has since seen revoked. */
export function decisionsIssued(models: ReadModels, year: number | undefined, at: At): IssuedDecisionView[] {
  return models.dossiers
    .dossiers({ status: 'DECIDED', ...(year !== undefined && { year }) }, at)
    .flatMap(({ dossierId, year: dossierYear, decision, items }) =>
      decision
        ? [
            {
              ...decision,
              dossierId,
              year: dossierYear,
              awardCount: awardsIn(items.filter((item) => item.award)),
              revokedCount: awardsIn(items.filter((item) => item.revoked)),
            },
          ]
        : [],
    )
    .sort(
      (a, b) =>
        (a.decisionDate ?? '').localeCompare(b.decisionDate ?? '') || (a.decisionNumber ?? '').localeCompare(b.decisionNumber ?? ''),
    );
}

/** One proposal followed up its chain: as the highest dossier carrying it holds it, and whether it stands approved. */
interface Proposal {
  item: ItemView;
  submitted: boolean;
  approved: boolean;
}

/**
 * A forwarded dossier carries the items it came with under the same ids, so an item is one proposal
 * however high it climbed: counted once, as the highest dossier holds it, with the latest verdict
 * given on it. It counts as proposed once the dossier that first held it left its proposer.
 */
function proposalsOf(dossiers: DossierView[]): Proposal[] {
  const byId = new Map(dossiers.map((dossier) => [dossier.dossierId, dossier]));
  const chains = dossiers.map((dossier) => chainOf(dossier, (id) => byId.get(id)));
  const appearances = new Map<string, { first: DossierView; items: ItemView[] }>();
  for (const chain of chains.sort((a, b) => a.length - b.length))
    for (const item of chain[0].items) {
      const key = `${chain.at(-1)!.dossierId}\u0000${item.itemId}`;
      const seen = appearances.get(key) ?? { first: chain[0], items: [] };
      appearances.set(key, { ...seen, items: [...seen.items, item] });
    }
  return [...appearances.values()].map(({ first, items }) => ({
    item: items.at(-1)!,
    submitted: first.status !== 'DRAFT',
    approved: [...items].reverse().find((item) => item.verdict !== null)?.verdict === 'APPROVED',
  }));
}

const emptyTally = (): AwardTally => ({ proposed: 0, approved: 0, decided: 0, revoked: 0 });

function count(tally: AwardTally, { item, approved }: Proposal): void {
  tally.proposed += item.count;
  if (approved) tally.approved += item.count;
  if (item.award) tally.decided += item.count;
  if (item.revoked) tally.revoked += item.count;
}

/** The year's proposals per catalogue entry, in the catalogue's order, and per kind of candidate. */
export function awardSummary(models: ReadModels, year: number, at: At): AwardSummaryView {
  const byEntry = new Map(AWARD_CATALOGUE.map((entry) => [entry.id, emptyTally()]));
  const persons = emptyTally();
  const collectives = emptyTally();
  const notNamed = emptyTally();
  for (const proposal of proposalsOf(models.dossiers.dossiers({ year }, at)).filter((p) => p.submitted)) {
    const entry = byEntry.get(proposal.item.entryId);
    if (entry) count(entry, proposal);
    const kind = proposal.item.candidate?.kind;
    count(kind === 'PERSON' ? persons : kind === 'UNIT' ? collectives : notNamed, proposal);
  }
  const entries = AWARD_CATALOGUE.map(({ id, name, kind }) => ({ entryId: id, entryName: name, kind, ...byEntry.get(id)! }));
  return { year, entries, persons, collectives, notNamed };
}

/** A decided award with the rules that could not be checked when it was given, and where its decision is told. */
export type UncheckedAwardView = Pick<
  DossierAwardView,
  'dossierId' | 'itemId' | 'year' | 'entryId' | 'candidate' | 'count' | 'decisionNumber'
> & {
  /** REGISTRATION, PREREQUISITES, CAP: the checks whose steps were not on record. */
  unchecked: string[];
  source: string | null;
};

/** Every decided award whose checks could not all be made (a step not on record), the oldest year first. */
export function uncheckedAwards(models: ReadModels, year: number | undefined, at: At): UncheckedAwardView[] {
  return models.dossiers
    .dossiers(year === undefined ? {} : { year }, at)
    .flatMap(({ dossierId, year: of, items, source }) =>
      items.flatMap((item) => {
        const unchecked = [
          ...(item.registration === 'NOT_ON_RECORD' ? ['REGISTRATION'] : []),
          ...(item.prerequisites === 'NOT_ON_RECORD' ? ['PREREQUISITES'] : []),
          ...(item.award?.cap === 'NOT_ON_RECORD' ? ['CAP'] : []),
        ];
        if (!item.award || unchecked.length === 0) return [];
        const { itemId, entryId, candidate, count } = item;
        return [{ dossierId, itemId, year: of, entryId, candidate, count, decisionNumber: item.award.decisionNumber, unchecked, source }];
      }),
    )
    .sort((a, b) => a.year - b.year || a.dossierId.localeCompare(b.dossierId) || a.itemId.localeCompare(b.itemId));
}
