import type { CriteriaSetVersion, CriterionKind } from '../../src/catalogue/domain/criteria/criteria-set';
import { effectivePoints, rankUnits, type RankedUnit } from '../../src/scorecard/domain/rank';
import { ScoreStage } from '../../src/scorecard/domain/score-stage';
import type { At } from '../history';
import type { ReadModels } from '../read-models';

export interface Ranking {
  criteriaSet: CriteriaSetVersion;
  finalized: boolean;
  units: RankedUnit[];
}

function yearSet(models: ReadModels, clusterId: string, year: number, at: At): CriteriaSetVersion | undefined {
  const adopted = models.yearRecords.records(clusterId, year, at)?.criteriaSet;
  return adopted ? models.catalogue.criteriaSet(adopted.criteriaSetId, adopted.version, at) : undefined;
}

/**
 * Bảng xếp hạng of a cluster year, computed with the same domain function the award rules use.
 * Computed on each read: it costs little beside answering the request (docs/caches.md).
 */
export function ranking(models: ReadModels, clusterId: string, year: number, at: At = 'current'): Ranking | null {
  const members = models.directory.clusterYear(clusterId, year, at)?.memberUnitIds;
  const set = yearSet(models, clusterId, year, at);
  if (!members || !set) return null;
  const units = members.map((unitId) => ({ unitId, points: models.scores.card(clusterId, year, unitId, at) }));
  const finalized = models.yearRecords.records(clusterId, year, at)?.finalized ?? false;
  return { criteriaSet: set, finalized, units: rankUnits(set, units) };
}

export interface ScoreSheetRow {
  sectionId: string;
  sectionName: string;
  criterionId: string;
  criterionName: string;
  kind: CriterionKind;
  maxPoints: number;
  self: number | null;
  cluster: number | null;
  council: number | null;
  /** The points that count, from the latest stage that scored the criterion. */
  effectivePoints: number | null;
  effectiveStage: ScoreStage | null;
}

/** Bảng điểm of one unit: every criterion of the year's set with its points per stage. */
export function scoreSheet(models: ReadModels, clusterId: string, year: number, unitId: string, at: At = 'current') {
  const set = yearSet(models, clusterId, year, at);
  if (!set || !models.directory.clusterYear(clusterId, year, at)) return null;
  const card = models.scores.card(clusterId, year, unitId, at);
  const effective = effectivePoints(card);
  const rows: ScoreSheetRow[] = set.sections.flatMap((section) =>
    section.criteria.map((criterion) => ({
      sectionId: section.sectionId,
      sectionName: section.name,
      criterionId: criterion.criterionId,
      criterionName: criterion.name,
      kind: criterion.kind,
      maxPoints: criterion.maxPoints,
      self: card.get(ScoreStage.SELF)?.get(criterion.criterionId) ?? null,
      cluster: card.get(ScoreStage.CLUSTER)?.get(criterion.criterionId) ?? null,
      council: card.get(ScoreStage.COUNCIL)?.get(criterion.criterionId) ?? null,
      effectivePoints: effective.get(criterion.criterionId)?.points ?? null,
      effectiveStage: effective.get(criterion.criterionId)?.stage ?? null,
    })),
  );
  return { criteriaSet: set, rows };
}
