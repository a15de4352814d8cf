import type { ScorecardEvent } from '../../src/scorecard/domain/events';
import { STAGE_ORDER, type ScoreStage } from '../../src/scorecard/domain/score-stage';
import type { RecordedEvent } from '../../src/eventstore/port';
import { appendPosition, grown, positionList, type PositionList } from '../columns';
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

const NONE = -1;

/**
 * Scorecards as numbers only, in typed columns: every score event is one entry (position, stage as
 * its index in STAGE_ORDER, points), chained to the next entry of the same criterion's log; a card
 * maps each criterion (as a small number) to the first and last entry of its log. A card at any
 * position is the last entry per stage at or before it, so `asOf` costs what `current` costs; who
 * changed a score, and why, is read from the event in the store when asked. About 20 bytes an event
 * instead of the hundred or so that an array per criterion and a string key per card cost.
 */
export class ScoresProjection implements Projection {
  readonly name = 'scores';
  /** Each criterion id once: the cards key their logs by its number. */
  private readonly criterionNumbers = new Map<string, number>();
  private readonly criterionIds: string[] = [];
  /** Card → criterion number → log number. */
  private readonly cards = new Map<string, Map<number, number>>();
  private logFirst = new Int32Array(1024);
  private logLast = new Int32Array(1024);
  private logCount = 0;
  private entryPosition = new Uint32Array(4096);
  private entryStage = new Uint8Array(4096);
  private entryPoints = new Int32Array(4096);
  private entryNext = new Int32Array(4096);
  private entryCount = 0;
  /** Cluster year → the positions of its score events, in log order. */
  private readonly yearPositions = new Map<string, PositionList>();

  apply(recorded: RecordedEvent): void {
    if (!isScoreEvent(recorded)) return;
    const { clusterId, year, unitId, criterionId, stage, points } = recorded.data as ScorecardEvent['data'];
    const key = cardKey(clusterId, year, unitId);
    let card = this.cards.get(key);
    if (!card) this.cards.set(key, (card = new Map<number, number>()));
    const criterion = this.criterionNumber(criterionId);
    const entry = this.addEntry(recorded.position, STAGE_ORDER.indexOf(stage), points);
    const log = card.get(criterion);
    if (log === undefined) card.set(criterion, this.addLog(entry));
    else {
      this.entryNext[this.logLast[log]] = entry;
      this.logLast[log] = entry;
    }
    const yk = yearKey(clusterId, year);
    let positions = this.yearPositions.get(yk);
    if (!positions) this.yearPositions.set(yk, (positions = positionList()));
    appendPosition(positions, recorded.position);
  }

  private criterionNumber(criterionId: string): number {
    let number = this.criterionNumbers.get(criterionId);
    if (number === undefined) {
      number = this.criterionIds.push(criterionId) - 1;
      this.criterionNumbers.set(criterionId, number);
    }
    return number;
  }

  private addEntry(position: number, stage: number, points: number): number {
    const entry = this.entryCount++;
    this.entryPosition = grown(this.entryPosition, this.entryCount);
    this.entryStage = grown(this.entryStage, this.entryCount);
    this.entryPoints = grown(this.entryPoints, this.entryCount);
    this.entryNext = grown(this.entryNext, this.entryCount);
    this.entryPosition[entry] = position;
    this.entryStage[entry] = stage;
    this.entryPoints[entry] = points;
    this.entryNext[entry] = NONE;
    return entry;
  }

  private addLog(entry: number): number {
    const log = this.logCount++;
    this.logFirst = grown(this.logFirst, this.logCount);
    this.logLast = grown(this.logLast, this.logCount);
    this.logFirst[log] = entry;
    this.logLast[log] = entry;
    return log;
  }

  /** A unit's points by stage and criterion, as they stood at `at`. */
  card(clusterId: string, year: number, unitId: string, at: At = 'current'): CardPoints {
    const points = new Map<ScoreStage, Map<string, number>>();
    const limit = upTo(at);
    for (const [criterion, log] of this.cards.get(cardKey(clusterId, year, unitId)) ?? []) {
      for (let entry = this.logFirst[log]; entry !== NONE && this.entryPosition[entry] <= limit; entry = this.entryNext[entry]) {
        const stage = STAGE_ORDER[this.entryStage[entry]];
        let byCriterion = points.get(stage);
        if (!byCriterion) points.set(stage, (byCriterion = new Map<string, number>()));
        byCriterion.set(this.criterionIds[criterion], this.entryPoints[entry]);
      }
    }
    return points;
  }

  /** Positions of every score event of a cluster year up to `at`, in log order. */
  changesIn(clusterId: string, year: number, at: At = 'current'): number[] {
    const limit = upTo(at);
    const kept = this.yearPositions.get(yearKey(clusterId, year));
    const positions: number[] = [];
    if (!kept) return positions;
    for (let i = 0; i < kept.length && kept.positions[i] <= limit; i += 1) positions.push(kept.positions[i]);
    return positions;
  }

  /** Positions of every change to one criterion's score of a unit (all stages) up to `at`, in log order. */
  history(clusterId: string, year: number, unitId: string, criterionId: string, at: At = 'current'): number[] {
    const criterion = this.criterionNumbers.get(criterionId);
    const log = criterion === undefined ? undefined : this.cards.get(cardKey(clusterId, year, unitId))?.get(criterion);
    const limit = upTo(at);
    const positions: number[] = [];
    if (log === undefined) return positions;
    for (let entry = this.logFirst[log]; entry !== NONE && this.entryPosition[entry] <= limit; entry = this.entryNext[entry])
      positions.push(this.entryPosition[entry]);
    return positions;
  }
}
