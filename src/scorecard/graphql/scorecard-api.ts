import { RankingQueries } from './ranking-queries';
import { ScoreMutations } from './score-mutations';

/** The scorecard slice's part of the schema: scores, rankings and score sheets. */
export const scorecardResolvers = [RankingQueries, ScoreMutations] as const;
