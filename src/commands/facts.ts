import { criteriaDecider } from '../catalogue/domain/criteria/decider';
import type { CriteriaSetVersion } from '../catalogue/domain/criteria/criteria-set';
import type { YearRating } from '../cluster/domain/year/commands';
import { clusterYearDecider } from '../cluster/domain/year/decider';
import { rankUnits, type RankedUnit } from '../scorecard/domain/rank';
import { scorecardDecider } from '../scorecard/domain/decider';
import { streams } from '../kernel/streams';
import { isStandardTitle, StandardTitle } from '../catalogue/domain/title/standard-titles';
import { titleDecider } from '../catalogue/domain/title/title';
import { unitDecider } from '../unit/domain/decider';
import { sameUnitName, unitNameDecider } from '../unit/domain/unit-name';
import type { EventStore } from '../eventstore/port';
import { loadState } from './fold';
import { documentDecider } from '../records/domain/document/document';
import { documentIdentity, documentIdentityDecider } from '../records/domain/document/document-identity';
import { personDecider } from '../records/domain/person/person';
import { councilDecider } from '../records/domain/council/decider';

/**
 * Facts a command needs from streams other than its own, read from the store (never from read
 * models, which may lag): the handler gathers them and the pure decider judges them.
 */
export const facts = {
  unit: (store: EventStore, unitId: string) => loadState(store, unitDecider, streams.unit(unitId)),

  /** The active unit bearing `name` (as recorded in its name stream), or null when none still does. */
  async unitNameBearer(store: EventStore, nameStream: string, name: string): Promise<string | null> {
    const { holder } = await loadState(store, unitNameDecider, nameStream);
    if (holder === null) return null;
    const unit = await facts.unit(store, holder);
    return unit.registered && unit.endedOn === null && unit.name !== null && sameUnitName(unit.name, name) ? holder : null;
  },

  personRegistered: async (store: EventStore, personId: string) =>
    (await loadState(store, personDecider, streams.person(personId))).registered,

  /** The document bearing `identity` now (the last to record it, unless a correction has since changed it), or null. */
  async documentIdentityBearer(store: EventStore, identityStream: string, identity: string): Promise<string | null> {
    const { holder } = await loadState(store, documentIdentityDecider, identityStream);
    if (holder === null) return null;
    const { details, issuer } = await loadState(store, documentDecider, streams.document(holder));
    return details && documentIdentity(issuer, details) === identity ? holder : null;
  },

  documentRegistered: async (store: EventStore, documentId: string) =>
    (await loadState(store, documentDecider, streams.document(documentId))).registered,

  /** A council as registered (name, level, unit), or null. */
  council: async (store: EventStore, councilId: string) => (await loadState(store, councilDecider, streams.council(councilId))).council,

  clusterYear: (store: EventStore, clusterId: string, year: number) =>
    loadState(store, clusterYearDecider, streams.clusterYear(clusterId, year)),

  async titleKnown(store: EventStore, titleId: string): Promise<boolean> {
    return isStandardTitle(titleId) || (await loadState(store, titleDecider, streams.title(titleId))).defined;
  },

  /** A criteria set's version by number, or the latest in force by the end of `year`. */
  async criteriaSet(
    store: EventStore,
    criteriaSetId: string,
    pick: { version: number } | { year: number },
  ): Promise<CriteriaSetVersion | null> {
    const { versions } = await loadState(store, criteriaDecider, streams.criteria(criteriaSetId));
    if ('version' in pick) return versions.find((v) => v.version === pick.version) ?? null;
    const inForce = versions.filter((v) => v.effectiveFrom <= `${pick.year}-12-31`);
    return inForce[inForce.length - 1] ?? versions[0] ?? null;
  },

  /** The ranking of a cluster year computed from its scorecards, as the rules see it now. */
  async ranking(store: EventStore, clusterId: string, year: number): Promise<{ set: CriteriaSetVersion; ranked: RankedUnit[] } | null> {
    const state = await facts.clusterYear(store, clusterId, year);
    if (!state.criteriaSet) return null;
    const set = await facts.criteriaSet(store, state.criteriaSet.criteriaSetId, { version: state.criteriaSet.version });
    if (!set) return null;
    const units = await Promise.all(
      [...state.members].map(async (unitId) => {
        const card = await loadState(store, scorecardDecider, streams.scorecard(clusterId, year, unitId));
        return { unitId, points: card.points };
      }),
    );
    return { set, ranked: rankUnits(set, units) };
  },

  /** What the award rules read of the year's ranking: how many are rated advanced, and each unit's total. */
  async rating(store: EventStore, clusterId: string, year: number): Promise<{ ratedAdvancedCount: number; ranking: YearRating | null }> {
    const ranking = await facts.ranking(store, clusterId, year);
    if (!ranking) return { ratedAdvancedCount: 0, ranking: null };
    const scored = ranking.ranked.filter((u) => u.effectiveStage !== null);
    const advanced = ranking.set.thresholds.find((t) => t.titleId === StandardTitle.ADVANCED);
    return {
      ratedAdvancedCount: advanced ? scored.filter((u) => u.effectiveTotal >= advanced.minPoints).length : 0,
      ranking: {
        thresholds: ranking.set.thresholds,
        effectiveTotals: Object.fromEntries(scored.map((u) => [u.unitId, u.effectiveTotal])),
      },
    };
  },
};
