import type { CorrectScore, RecordScore, ScoringFacts } from './domain/commands';
import { scorecardDecider, type ScorecardState } from './domain/decider';
import { streams } from '../kernel/streams';
import type { EventStore } from '../eventstore/port';
import type { CommandContext } from '../commands/command-context';
import type { CommandResult } from '../commands/command-result';
import type { StreamCommand } from '../commands/decide-write';
import { facts } from '../commands/facts';
import type { Intent } from '../commands/idempotency';
import { checkWrite, runCommand, runWrite, type WritePlan } from '../commands/pipeline';
import { inClusterWords } from '../cluster/year-handlers';

export type RecordScoreInput = Omit<RecordScore, 'type' | 'facts'>;
export type CorrectScoreInput = Omit<CorrectScore, 'type' | 'facts'>;

/** What every score of one cluster year is judged by: its members, its criteria set, whether it is finalized. */
async function yearFacts(store: EventStore, clusterId: string, year: number) {
  const state = await facts.clusterYear(store, clusterId, year);
  const criteriaSet = state.criteriaSet
    ? await facts.criteriaSet(store, state.criteriaSet.criteriaSetId, { version: state.criteriaSet.version })
    : null;
  return { members: state.members, criteriaSet, finalized: state.finalized };
}

const scoringFacts = (year: Awaited<ReturnType<typeof yearFacts>>, unitId: string): ScoringFacts => ({
  member: year.members.has(unitId),
  criteriaSet: year.criteriaSet,
  finalized: year.finalized,
});

const stream = (input: RecordScoreInput) => streams.scorecard(input.clusterId, input.year, input.unitId);

function scoreCommand<C extends RecordScore | CorrectScore>(type: C['type']) {
  return (store: EventStore, input: Omit<C, 'type' | 'facts'>, context: CommandContext) => {
    const build = async () =>
      ({ ...input, type, facts: scoringFacts(await yearFacts(store, input.clusterId, input.year), input.unitId) }) as C;
    return inClusterWords(store, input.clusterId, runCommand(store, scorecardDecider, stream(input), { type, input }, build, context));
  };
}

/** Ghi điểm một tiêu chí ở một giai đoạn. */
export const recordScore = scoreCommand<RecordScore>('RecordScore');
/** Sửa điểm, có lý do. */
export const correctScore = scoreCommand<CorrectScore>('CorrectScore');

type YearFacts = Awaited<ReturnType<typeof yearFacts>>;

/**
 * A score sheet of one cluster year as one write: each score is recorded, or, when its cell has a
 * score already and the row gives a reason, corrected with that reason (without one, the row
 * meets SCORE_ALREADY_RECORDED). The year's facts are read once for all of them.
 */
function sheetPlan(store: EventStore, clusterId: string, year: number, scores: CorrectScoreInput[]): WritePlan<YearFacts> {
  const commands = scores.map((input): StreamCommand<YearFacts> => ({
    stream: stream(input),
    decider: scorecardDecider as unknown as StreamCommand<YearFacts>['decider'],
    reason: input.reason || undefined,
    command: (state, known) => {
      const scored = (state as ScorecardState).points.get(input.stage)?.has(input.criterionId) ?? false;
      const { reason, ...score } = input;
      const facts = scoringFacts(known, input.unitId);
      return scored && reason ? { ...score, reason, type: 'CorrectScore', facts } : { ...score, type: 'RecordScore', facts };
    },
  }));
  return { gather: () => yearFacts(store, clusterId, year), commands };
}

/** Records a score sheet (see sheetPlan) as one write (runWrite): all of it or, on any refusal (each listed by its index), none. */
export function recordScoreSheet(
  store: EventStore,
  sheet: { clusterId: string; year: number; scores: CorrectScoreInput[] },
  intent: Intent,
  context: CommandContext,
  signal?: AbortSignal,
): Promise<CommandResult> {
  const plan = sheetPlan(store, sheet.clusterId, sheet.year, sheet.scores);
  return inClusterWords(store, sheet.clusterId, runWrite(store, plan, intent, context, signal));
}

/** Checks a score sheet as recordScoreSheet would record it now, writing nothing: throws every refusal. */
export function checkScoreSheet(
  store: EventStore,
  sheet: { clusterId: string; year: number; scores: CorrectScoreInput[] },
  context: CommandContext,
  signal?: AbortSignal,
): Promise<void> {
  return inClusterWords(
    store,
    sheet.clusterId,
    checkWrite(store, sheetPlan(store, sheet.clusterId, sheet.year, sheet.scores), context, signal),
  );
}
