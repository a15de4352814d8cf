import type { ScorecardEvent } from '../../src/domain/scorecard/events';
import { STAGE_ORDER, type ScoreStage } from '../../src/domain/scorecard/score-stage';
import type { RecordedEvent } from '../../src/eventstore/port';
import type { At } from '../history';
import type { Projection } from '../projection';

export type CardPoints = ReadonlyMap<ScoreStage, ReadonlyMap<string, number>>;

/** One change to one score, with everything an auditor asks about it: built from its event in the store. */
export interface ScoreChange {
  position: number;
  recordedAt: string;
  unitId: string;
  criterionId: string;
  stage: ScoreStage;
  /** Hundredths; null when the score was first recorded. */
  from: number | null;
  to: number;
  reason: string | null;
  evidence: string | null;
  criteriaSetId: string;
  criteriaSetVersion: number;
  actor: { id: string; name: string | null; role: string; unitId: string | null };
  commandId: string;
  correlationId: string;
}

export const isScoreEvent = (event: RecordedEvent) => event.type === 'ScoreRecorded' || event.type === 'ScoreCorrected';

export function scoreChangeOf(recorded: RecordedEvent): ScoreChange {
  const event = { type: recorded.type, data: recorded.data } as ScorecardEvent;
  const metadata = recorded.metadata as Pick<ScoreChange, 'actor' | 'commandId' | 'correlationId'>;
  const { unitId, criterionId, stage, points, evidence, criteriaSetId, criteriaSetVersion } = event.data;
  const correction = event.type === 'ScoreCorrected' ? event.data : null;
  return {
    position: recorded.position,
    recordedAt: recorded.recordedAt,
    unitId,
    criterionId,
    stage,
    from: correction ? correction.previousPoints : null,
    to: points,
    reason: correction ? correction.reason : null,
    evidence,
    criteriaSetId,
    criteriaSetVersion,
    actor: metadata.actor,
    commandId: metadata.commandId,
    correlationId: metadata.correlationId,
  };
}

const cardKey = (clusterId: string, year: number, unitId: string) => `${clusterId}\u0000${year}\u0000${unitId}`;
const yearKey = (clusterId: string, year: number) => `${clusterId}\u0000${year}`;
const upTo = (at: At) => (at === 'current' ? Number.POSITIVE_INFINITY : at);

/** Entries of a criterion's log: position, stage (index in STAGE_ORDER), points. */
const ENTRY = 3;

/**
 * Scorecards as numbers only: for each unit's card and criterion, the log of (position, stage,
 * points) in log order; for each cluster year, the positions of its score events. A card at any
 * position is the last entry per stage at or before it, so `asOf` costs what `current` costs; who
 * changed a score, and why, is read from the event in the store when asked. Ten years of a
 * national data set (1.4 million score events) fit in tens of megabytes this way.
 */
export class ScoresProjection implements Projection {
  readonly name = 'scores';
  private readonly cards = new Map<string, Map<string, number[]>>();
  private readonly yearPositions = new Map<string, number[]>();

  apply(recorded: RecordedEvent): void {
    if (!isScoreEvent(recorded)) return;
    const { clusterId, year, unitId, criterionId, stage, points } = recorded.data as ScorecardEvent['data'];
    const key = cardKey(clusterId, year, unitId);
    let card = this.cards.get(key);
    if (!card) {
      card = new Map();
      this.cards.set(key, card);
    }
    let log = card.get(criterionId);
    if (!log) card.set(criterionId, (log = []));
    log.push(recorded.position, STAGE_ORDER.indexOf(stage), points);
    const yk = yearKey(clusterId, year);
    let positions = this.yearPositions.get(yk);
    if (!positions) this.yearPositions.set(yk, (positions = []));
    positions.push(recorded.position);
  }

  /** A unit's points by stage and criterion, as they stood at `at`. */
  card(clusterId: string, year: number, unitId: string, at: At = 'current'): CardPoints {
    const points = new Map<ScoreStage, Map<string, number>>();
    const limit = upTo(at);
    for (const [criterionId, log] of this.cards.get(cardKey(clusterId, year, unitId)) ?? []) {
      for (let i = 0; i < log.length && log[i] <= limit; i += ENTRY) {
        const stage = STAGE_ORDER[log[i + 1]];
        let byCriterion = points.get(stage);
        if (!byCriterion) {
          byCriterion = new Map();
          points.set(stage, byCriterion);
        }
        byCriterion.set(criterionId, log[i + 2]);
      }
    }
    return points;
  }

  /** Positions of every score event of a cluster year up to `at`, in log order. */
  changesIn(clusterId: string, year: number, at: At = 'current'): number[] {
    const limit = upTo(at);
    return (this.yearPositions.get(yearKey(clusterId, year)) ?? []).filter((position) => position <= limit);
  }

  /** Positions of every change to one criterion's score of a unit (all stages) up to `at`, in log order. */
  history(clusterId: string, year: number, unitId: string, criterionId: string, at: At = 'current'): number[] {
    const log = this.cards.get(cardKey(clusterId, year, unitId))?.get(criterionId) ?? [];
    const limit = upTo(at);
    const positions: number[] = [];
    for (let i = 0; i < log.length && log[i] <= limit; i += ENTRY) positions.push(log[i]);
    return positions;
  }
}
