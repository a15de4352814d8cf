import { createHash } from 'node:crypto';
import { setImmediate as turn } from 'node:timers/promises';
import type { ReadModels } from '../../projections/read-models';
import { permitted, SCORE_RULES } from '../authorization/rules';
import type { Actor } from '../domain/shared/actor';
import type { CommandContext } from '../commands/command-context';
import type { CommandResult } from '../commands/command-result';
import { checkScore, correctScore, recordScore } from '../commands/handlers/scorecard-handlers';
import { DomainError } from '../domain/shared/domain-error';
import { ScoreStage } from '../domain/scorecard/score-stage';
import type { EventStore } from '../eventstore/port';
import { readSheet, type SheetFormat } from './read-sheet';
import { IMPORT_COLUMNS, readScoreRows, type RowProblem, type ScoreRow } from './score-rows';
import { SheetError } from './sheet-limits';

/** Rows checked or written between two turns of the event loop. */
const YIELD_EVERY = 10;

interface PlannedRow extends ScoreRow {
  kind: 'record' | 'correct';
}

/**
 * Checks every row of a score sheet before anything is recorded: what the sheet says (readScoreRows),
 * then the domain rules as the command would meet them now. A row that has a score already becomes a correction, which needs a reason.
 */
async function plan(
  store: EventStore,
  models: ReadModels,
  actor: Actor,
  clusterId: string,
  year: number,
  buffer: Buffer,
  format: SheetFormat,
) {
  const planned: PlannedRow[] = [];
  const { problems, scores } = readScoreRows(await readSheet(buffer, format, IMPORT_COLUMNS.unitId), actor, clusterId, year, models);
  const problem = (row: number, code: string, reason: string) => problems.push({ row, code, reason });
  for (const [index, { row, input }] of scores.entries()) {
    // The checks resolve without I/O on SQLite; a turn of the event loop now and then keeps probes and other callers answered.
    if (index % YIELD_EVERY === 0) await turn();
    try {
      await checkScore(store, 'RecordScore', input);
      planned.push({ row, kind: 'record', input });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const refused = error as DomainError;
      if (refused.code !== 'SCORE_ALREADY_RECORDED') {
        problem(row, refused.code, refused.message);
        continue;
      }
      if (!input.reason) {
        problem(row, 'REASON_REQUIRED', `${refused.message} Ghi lý do vào cột "${IMPORT_COLUMNS.reason}".`);
        continue;
      }
      try {
        await checkScore(store, 'CorrectScore', input);
        planned.push({ row, kind: 'correct', input });
      } catch (correction) {
        if (!(correction instanceof DomainError)) throw correction;
        const refusedCorrection = correction as DomainError;
        problem(row, refusedCorrection.code, refusedCorrection.message);
      }
    }
  }
  if (problems.length === 0 && planned.length === 0)
    throw new SheetError(
      'EMPTY_SHEET',
      `Không có dòng nào ghi ${IMPORT_COLUMNS.points}: điền cột "${IMPORT_COLUMNS.points}" và "${IMPORT_COLUMNS.stage}" cho các tiêu chí cần chấm.`,
    );
  // Store checks come after the cell checks; the officer reads the problems in the sheet's order.
  return { problems: problems.sort((a, b) => a.row - b.row), planned };
}

/** Whether the actor may score anything in this cluster year: at least one stage's office (or ADMIN). */
export function mayImportScores(actor: Actor, clusterId: string, year: number, models: ReadModels): boolean {
  return Object.values(ScoreStage).some((stage) => permitted(SCORE_RULES, actor, { clusterId, year, unitId: actor.unitId, stage }, models));
}

export type ImportOutcome =
  { ok: false; problems: RowProblem[] } | { ok: true; recorded: number; corrected: number; results: (CommandResult & { row: number })[] };

/**
 * Imports a score sheet: nothing is recorded unless every row is valid; then each row is a
 * RecordScore or CorrectScore with the importing officer as actor. Command ids derive from the
 * file's hash and the row, so uploading the same file again records nothing twice.
 */
export async function importScores(
  store: EventStore,
  models: ReadModels,
  context: Omit<CommandContext, 'commandId' | 'causationId'>,
  clusterId: string,
  year: number,
  buffer: Buffer,
  format: SheetFormat,
): Promise<ImportOutcome> {
  const { problems, planned } = await plan(store, models, context.actor, clusterId, year, buffer, format);
  if (problems.length > 0) return { ok: false, problems };
  const file = createHash('sha256').update(buffer).digest('hex').slice(0, 16);
  const results: (CommandResult & { row: number })[] = [];
  for (const [index, { row, kind, input }] of planned.entries()) {
    if (index % YIELD_EVERY === 0) await turn();
    const commandId = `import-${file}-${row}`;
    const command = { ...context, commandId, causationId: commandId };
    const result =
      kind === 'record'
        ? await recordScore(store, { ...input }, command)
        : await correctScore(store, input, { ...command, reason: input.reason });
    results.push({ ...result, row });
  }
  return {
    ok: true,
    recorded: planned.filter((p) => p.kind === 'record').length,
    corrected: planned.filter((p) => p.kind === 'correct').length,
    results,
  };
}
