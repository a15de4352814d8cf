import type { DomainEvent } from '../../kernel/decider';
import type { ScoreStage } from './score-stage';

interface ScoreKey {
  clusterId: string;
  year: number;
  unitId: string;
  criterionId: string;
  stage: ScoreStage;
  /** The criteria set version the criterion belongs to, so auditors see which set applied. */
  criteriaSetId: string;
  criteriaSetVersion: number;
}

/** Điểm được ghi nhận lần đầu (points in hundredths). */
export type ScoreRecorded = DomainEvent<'ScoreRecorded', ScoreKey & { points: number; evidence: string | null }>;
/** Điểm được sửa, có lý do (points in hundredths). */
export type ScoreCorrected = DomainEvent<
  'ScoreCorrected',
  ScoreKey & { previousPoints: number; points: number; reason: string; evidence: string | null }
>;

export type ScorecardEvent = ScoreRecorded | ScoreCorrected;
