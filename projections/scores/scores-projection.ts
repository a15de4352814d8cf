import type { ScorecardEvent } from '../../src/domain/scorecard/events';
import type { ScoreStage } from '../../src/domain/scorecard/score-stage';
import type { RecordedEvent } from '../../src/eventstore/port';
import { History, historyOf, read, type At } from '../history';
import type { Projection } from '../projection';

export type CardPoints = ReadonlyMap<ScoreStage, ReadonlyMap<string, number>>;

/** One change to one score, with everything an auditor asks about it. */
export interface ScoreChange {
  position: number;
  recordedAt: string;
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

export interface YearScoreChange extends ScoreChange {
  unitId: string;
  criterionId: string;
}

const cardKey = (clusterId: string, year: number, unitId: string) => `${clusterId}\u0000${year}\u0000${unitId}`;
const EMPTY: CardPoints = new Map();

/** Scorecards: each unit's current points by stage and criterion with their history, and every change to each score. */
export class ScoresProjection implements Projection {
  readonly name = 'scores';
  private readonly cards = new Map<string, History<CardPoints>>();
  private readonly changes = new Map<string, ScoreChange[]>();
  /** Every change in a cluster year, in log order, for the auditor's summary by actor. */
  private readonly changesByYear = new Map<string, YearScoreChange[]>();

  apply(recorded: RecordedEvent): void {
    if (recorded.type !== 'ScoreRecorded' && recorded.type !== 'ScoreCorrected') return;
    const event = { type: recorded.type, data: recorded.data } as ScorecardEvent;
    const { clusterId, year, unitId, criterionId, stage, points } = event.data;
    const key = cardKey(clusterId, year, unitId);

    const history = historyOf(this.cards, key);
    const current = history.current() ?? EMPTY;
    const next = new Map(current);
    next.set(stage, new Map(current.get(stage)).set(criterionId, points));
    history.set(recorded.position, next);

    const metadata = recorded.metadata as Pick<ScoreChange, 'actor' | 'commandId' | 'correlationId'> & { reason?: string };
    const changeKey = `${key}\u0000${criterionId}`;
    let log = this.changes.get(changeKey);
    if (!log) this.changes.set(changeKey, (log = []));
    const change: ScoreChange = {
      position: recorded.position,
      recordedAt: recorded.recordedAt,
      stage,
      from: event.type === 'ScoreCorrected' ? event.data.previousPoints : null,
      to: points,
      reason: event.type === 'ScoreCorrected' ? event.data.reason : null,
      evidence: event.data.evidence,
      criteriaSetId: event.data.criteriaSetId,
      criteriaSetVersion: event.data.criteriaSetVersion,
      actor: metadata.actor,
      commandId: metadata.commandId,
      correlationId: metadata.correlationId,
    };
    log.push(change);
    const yearKey = `${clusterId}\u0000${year}`;
    let yearLog = this.changesByYear.get(yearKey);
    if (!yearLog) this.changesByYear.set(yearKey, (yearLog = []));
    yearLog.push({ ...change, unitId, criterionId });
  }

  card(clusterId: string, year: number, unitId: string, at: At = 'current'): CardPoints {
    return read(this.cards.get(cardKey(clusterId, year, unitId)), at) ?? EMPTY;
  }

  /** Every score change of a cluster year, in log order. */
  changesIn(clusterId: string, year: number, at: At = 'current'): YearScoreChange[] {
    const log = this.changesByYear.get(`${clusterId}\u0000${year}`) ?? [];
    return at === 'current' ? [...log] : log.filter((change) => change.position <= at);
  }

  /** Every change to one criterion's score of a unit, at every stage, in log order. */
  history(clusterId: string, year: number, unitId: string, criterionId: string, at: At = 'current'): ScoreChange[] {
    const log = this.changes.get(`${cardKey(clusterId, year, unitId)}\u0000${criterionId}`) ?? [];
    return at === 'current' ? [...log] : log.filter((change) => change.position <= at);
  }
}
