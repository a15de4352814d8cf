import type { CorrectScore, RecordScore, ScoringFacts } from '../../domain/scorecard/commands';
import { scorecardDecider } from '../../domain/scorecard/decider';
import { streams } from '../../domain/shared/streams';
import type { EventStore } from '../../eventstore/port';
import type { CommandContext } from '../command-context';
import { facts } from '../facts';
import { decideOnly, runCommand } from '../pipeline';
import { inClusterWords } from './cluster-year-handlers';

export type RecordScoreInput = Omit<RecordScore, 'type' | 'facts'>;
export type CorrectScoreInput = Omit<CorrectScore, 'type' | 'facts'>;

async function scoringFacts(store: EventStore, input: RecordScoreInput): Promise<ScoringFacts> {
  const year = await facts.clusterYear(store, input.clusterId, input.year);
  const criteriaSet = year.criteriaSet
    ? await facts.criteriaSet(store, year.criteriaSet.criteriaSetId, { version: year.criteriaSet.version })
    : null;
  return { member: year.members.has(input.unitId), criteriaSet, finalized: year.finalized };
}

const stream = (input: RecordScoreInput) => streams.scorecard(input.clusterId, input.year, input.unitId);
const build =
  <C extends RecordScore | CorrectScore>(store: EventStore, type: C['type'], input: Omit<C, 'type' | 'facts'>) =>
  async () =>
    ({ ...input, type, facts: await scoringFacts(store, input) }) as C;

function scoreCommand<C extends RecordScore | CorrectScore>(type: C['type']) {
  return (store: EventStore, input: Omit<C, 'type' | 'facts'>, context: CommandContext) =>
    inClusterWords(
      store,
      input.clusterId,
      runCommand(store, scorecardDecider, stream(input), { type, input }, build<C>(store, type, input), context),
    );
}

/** Ghi điểm một tiêu chí ở một giai đoạn. */
export const recordScore = scoreCommand<RecordScore>('RecordScore');
/** Sửa điểm, có lý do. */
export const correctScore = scoreCommand<CorrectScore>('CorrectScore');

/** Checks a score command as it would run now, appending nothing; throws its DomainError. */
export function checkScore<C extends RecordScore | CorrectScore>(store: EventStore, type: C['type'], input: Omit<C, 'type' | 'facts'>) {
  return decideOnly(store, scorecardDecider, stream(input), build<C>(store, type, input));
}
