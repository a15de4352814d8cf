import { createHash } from 'node:crypto';
import { setImmediate as turn } from 'node:timers/promises';
import type { ReadModels } from '../../projections/read-models';
import { fold } from '../../projections/directory/vietnamese-search';
import { permitted, SCORE_RULES } from '../authorization/rules';
import type { Actor } from '../domain/shared/actor';
import type { CommandContext } from '../commands/command-context';
import type { CommandResult } from '../commands/command-result';
import { checkScore, correctScore, recordScore, type CorrectScoreInput } from '../commands/handlers/scorecard-handlers';
import { DomainError } from '../domain/shared/domain-error';
import { ScoreStage } from '../domain/scorecard/score-stage';
import type { EventStore } from '../eventstore/port';
import { readSheet, type SheetFormat } from './read-sheet';
import { SheetError } from './sheet-limits';

export const IMPORT_COLUMNS = {
  unitId: 'Mã đơn vị',
  criterionId: 'Mã tiêu chí',
  stage: 'Giai đoạn',
  points: 'Điểm',
  evidence: 'Minh chứng',
  reason: 'Lý do sửa',
} as const;

const STAGES: Record<string, ScoreStage> = {
  self: ScoreStage.SELF,
  'tu cham': ScoreStage.SELF,
  cluster: ScoreStage.CLUSTER,
  'cum cham': ScoreStage.CLUSTER,
  council: ScoreStage.COUNCIL,
  'hoi dong duyet': ScoreStage.COUNCIL,
  'hoi dong': ScoreStage.COUNCIL,
};

/** Rows checked or written between two turns of the event loop. */
const YIELD_EVERY = 10;

export interface RowProblem {
  row: number;
  code: string;
  reason: string;
}

interface PlannedRow {
  row: number;
  kind: 'record' | 'correct';
  input: CorrectScoreInput;
}

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

function parsePoints(value: unknown): number | null {
  const number = typeof value === 'number' ? value : Number(text(value).replace(',', '.'));
  if (text(value) === '' || !Number.isFinite(number) || number < 0) return null;
  const hundredths = Math.round(number * 100);
  return Math.abs(hundredths - number * 100) < 1e-6 ? hundredths : null;
}

/**
 * Checks every row of a score sheet before anything is recorded: its cells, duplicates, the
 * importing officer's right to score that unit at that stage, and the domain rules as the command
 * would meet them now. A row that has a score already becomes a correction, which needs a reason.
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
  const problems: RowProblem[] = [];
  const planned: PlannedRow[] = [];
  const seen = new Map<string, number>();
  const rows = await readSheet(buffer, format, IMPORT_COLUMNS.unitId);
  for (const [index, { row, cells }] of rows.entries()) {
    // The checks resolve without I/O on SQLite; a turn of the event loop now and then keeps probes and other callers answered.
    if (index % YIELD_EVERY === 0) await turn();
    const points = cells[IMPORT_COLUMNS.points];
    if (text(points) === '') continue;
    const problem = (code: string, reason: string) => problems.push({ row, code, reason });
    const unitId = text(cells[IMPORT_COLUMNS.unitId]);
    const criterionId = text(cells[IMPORT_COLUMNS.criterionId]);
    const stage = STAGES[fold(text(cells[IMPORT_COLUMNS.stage]))];
    const hundredths = parsePoints(points);
    if (!unitId) {
      problem('MISSING_UNIT', 'thiếu Mã đơn vị');
      continue;
    }
    if (!criterionId) {
      problem('MISSING_CRITERION', 'thiếu Mã tiêu chí');
      continue;
    }
    if (!stage) {
      problem('INVALID_STAGE', `Giai đoạn "${text(cells[IMPORT_COLUMNS.stage])}" không hợp lệ: dùng Tự chấm, Cụm chấm hoặc Hội đồng duyệt`);
      continue;
    }
    if (hundredths === null) {
      problem('INVALID_POINTS', `Điểm "${text(points)}" không hợp lệ: số không âm, tối đa hai chữ số thập phân`);
      continue;
    }
    const key = `${unitId}/${criterionId}/${stage}`;
    if (seen.has(key)) {
      problem('DUPLICATE_ROW', `trùng với dòng ${seen.get(key)} (cùng đơn vị, tiêu chí, giai đoạn)`);
      continue;
    }
    seen.set(key, row);
    const input = {
      clusterId,
      year,
      unitId,
      criterionId,
      stage,
      points: hundredths,
      evidence: text(cells[IMPORT_COLUMNS.evidence]) || null,
      reason: text(cells[IMPORT_COLUMNS.reason]),
    };
    if (!permitted(SCORE_RULES, actor, input, models)) {
      problem('FORBIDDEN', `không có quyền chấm điểm giai đoạn ${stage} cho đơn vị "${unitId}"`);
      continue;
    }
    try {
      await checkScore(store, 'RecordScore', input);
      planned.push({ row, kind: 'record', input });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const refused = error as DomainError;
      if (refused.code !== 'SCORE_ALREADY_RECORDED') {
        problem(refused.code, refused.message);
        continue;
      }
      if (!input.reason) {
        problem('REASON_REQUIRED', `${refused.message} Ghi lý do vào cột "${IMPORT_COLUMNS.reason}".`);
        continue;
      }
      try {
        await checkScore(store, 'CorrectScore', input);
        planned.push({ row, kind: 'correct', input });
      } catch (correction) {
        if (!(correction instanceof DomainError)) throw correction;
        const refusedCorrection = correction as DomainError;
        problem(refusedCorrection.code, refusedCorrection.message);
      }
    }
  }
  if (problems.length === 0 && planned.length === 0)
    throw new SheetError(
      'EMPTY_SHEET',
      `Không có dòng nào ghi ${IMPORT_COLUMNS.points}: điền cột "${IMPORT_COLUMNS.points}" và "${IMPORT_COLUMNS.stage}" cho các tiêu chí cần chấm.`,
    );
  return { problems, planned };
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
