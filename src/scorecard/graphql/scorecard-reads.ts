import { yearNames } from '../../../projections/cluster/names-by-year';
import { ranking, scoreSheet } from '../../../projections/scorecard/rankings';
import type { ModelsAt } from '../../graphql/models-at';
import { RankingGql, ScoreSheet } from './ranking-types';

/** The scorecard slice's published reads: rankings, score sheets and the positions of score changes. */
export function rankingAt(read: ModelsAt, clusterId: string, year: number): RankingGql | null {
  const result = ranking(read.models, clusterId, year, read.at);
  return result && RankingGql.from(result, { clusterId, year }, yearNames(read.models.directory, clusterId, year, read.at), read.at);
}

export function scoreSheetAt(read: ModelsAt, clusterId: string, year: number, unitId: string): ScoreSheet | null {
  const sheet = scoreSheet(read.models, clusterId, year, unitId, read.at);
  return sheet && ScoreSheet.from(sheet, { clusterId, year, unitId });
}

/** Positions of the events that changed one score, in log order. */
export function scoreHistoryAt(read: ModelsAt, clusterId: string, year: number, unitId: string, criterionId: string): number[] {
  return read.models.scores.history(clusterId, year, unitId, criterionId, read.at);
}

/** Positions of the events that changed a cluster year's scores, in log order. */
export function scoreChangesAt(read: ModelsAt, clusterId: string, year: number): number[] {
  return read.models.scores.changesIn(clusterId, year, read.at);
}
