import type { CriteriaSetVersion } from '../../catalogue/domain/criteria/criteria-set';
import type { ScoreStage } from './score-stage';

/** Facts about the cluster year the handler gathers for every score command. */
export interface ScoringFacts {
  member: boolean;
  /** The criteria set version the cluster year adopted, or null when none was adopted yet. */
  criteriaSet: CriteriaSetVersion | null;
  finalized: boolean;
}

interface ScoreCommand {
  clusterId: string;
  year: number;
  unitId: string;
  criterionId: string;
  stage: ScoreStage;
  /** Hundredths of a point. */
  points: number;
  evidence: string | null;
  facts: ScoringFacts;
}

export interface RecordScore extends ScoreCommand {
  type: 'RecordScore';
}

export interface CorrectScore extends ScoreCommand {
  type: 'CorrectScore';
  reason: string;
}

export type ScorecardCommand = RecordScore | CorrectScore;
