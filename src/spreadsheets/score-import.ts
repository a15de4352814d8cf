import { createHash, type Hash } from 'node:crypto';
import type { ReadModels } from '../../projections/read-models';
import { permitted, SCORE_RULES } from '../authorization/rules';
import type { Actor } from '../kernel/actor';
import type { CommandContext } from '../commands/command-context';
import { CommandsRefusedError } from '../commands/decide-write';
import { checkScoreSheet, recordScoreSheet } from '../scorecard/handlers';
import { ScoreStage } from '../scorecard/domain/score-stage';
import type { EventStore } from '../eventstore/port';
import { readSheet, type SheetFormat } from './read-sheet';
import { IMPORT_COLUMNS, readScoreRows, type RowProblem, type ScoreRow } from './score-rows';
import { SheetError } from './sheet-limits';

/** Whether the actor may score anything in this cluster year: at least one stage's office (or ADMIN). */
export function mayImportScores(actor: Actor, clusterId: string, year: number, models: ReadModels): boolean {
  return Object.values(ScoreStage).some((stage) => permitted(SCORE_RULES, actor, { clusterId, year, unitId: actor.unitId, stage }, models));
}

/** A sheet as it arrives: its bytes, and whether they are an .xlsx or a CSV. */
export interface SheetUpload {
  bytes: AsyncIterable<Buffer>;
  format: SheetFormat;
}

export type ImportOutcome =
  | { ok: false; problems: RowProblem[] }
  | { ok: true; commandId: string; recorded: number; corrected: number; position: number; duplicate: boolean };

async function* hashed(bytes: AsyncIterable<Buffer>, hash: Hash): AsyncGenerator<Buffer> {
  for await (const chunk of bytes) {
    hash.update(chunk);
    yield chunk;
  }
}

/** The store's refusal of each row, in the sheet's words: a row that rescores a cell without a reason is told where to write one. */
function rowProblems(refused: CommandsRefusedError, scores: ScoreRow[]): RowProblem[] {
  return refused.refusals.map(({ index, error }) =>
    error.code === 'SCORE_ALREADY_RECORDED'
      ? { row: scores[index].row, code: 'REASON_REQUIRED', reason: `${error.message} Ghi lý do vào cột "${IMPORT_COLUMNS.reason}".` }
      : { row: scores[index].row, code: error.code, reason: error.message },
  );
}

/**
 * Imports a score sheet as one command (`context.commandId`, the importing officer as actor):
 * every row is read and checked first (the sheet's cells, the mutations' input classes, the
 * officer's scope, then every domain rule against the streams as they are now), and only a sheet
 * without a problem is recorded, all its rows in one atomic write (recordScoreSheet). A repeat of
 * the same command id with the same file answers the first result; with another file,
 * IDEMPOTENCY_KEY_REUSED. `signal` cancels it, at the latest before its write begins: a cancelled
 * import has written nothing.
 */
export async function importScores(
  store: EventStore,
  models: ReadModels,
  context: CommandContext,
  sheet: { clusterId: string; year: number },
  upload: SheetUpload,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  const file = createHash('sha256');
  const rows = await readSheet(hashed(upload.bytes, file), upload.format, IMPORT_COLUMNS.unitId, signal);
  const { problems, scores } = await readScoreRows(rows, context.actor, sheet.clusterId, sheet.year, models, signal);
  if (problems.length === 0 && scores.length === 0)
    throw new SheetError(
      'EMPTY_SHEET',
      `Không có dòng nào ghi ${IMPORT_COLUMNS.points}: điền cột "${IMPORT_COLUMNS.points}" và "${IMPORT_COLUMNS.stage}" cho các tiêu chí cần chấm.`,
    );
  const write = { ...sheet, scores: scores.map((score) => score.input) };
  try {
    if (problems.length > 0) {
      // Nothing will be written; the rows that passed are still checked, so every problem is told at once.
      if (scores.length > 0) await checkScoreSheet(store, write, context, signal);
      return { ok: false, problems };
    }
    const intent = { type: 'ImportScoreSheet', input: { ...sheet, file: file.digest('hex') } };
    const result = await recordScoreSheet(store, write, intent, context, signal);
    const count = (type: string) => result.eventTypes.filter((t) => t === type).length;
    const { commandId, position, duplicate } = result;
    return { ok: true, commandId, recorded: count('ScoreRecorded'), corrected: count('ScoreCorrected'), position, duplicate };
  } catch (error) {
    if (!(error instanceof CommandsRefusedError)) throw error;
    // Store checks come after the cell checks; the officer reads the problems in the sheet's order.
    return { ok: false, problems: [...problems, ...rowProblems(error, scores)].sort((a, b) => a.row - b.row) };
  }
}
