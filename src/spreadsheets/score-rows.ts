import type { ReadModels } from '../../projections/read-models';
import { fold } from '../../projections/cluster/vietnamese-search';
import { permitted, SCORE_RULES } from '../authorization/rules';
import { setImmediate as turn } from 'node:timers/promises';
import { validateSync } from 'class-validator';
import { VALIDATION } from '../authorization/validated-input';
import type { CorrectScoreInput } from '../scorecard/handlers';
import type { Actor } from '../kernel/actor';
import { exactHundredths } from '../kernel/points';
import { ScoreStage } from '../scorecard/domain/score-stage';
import { invalidInput, type FieldProblem } from '../graphql/errors';
import { CorrectScoreInputGql, RecordScoreInputGql, scoreOf } from '../scorecard/graphql/score-inputs';
import type { SheetRow } from './read-sheet';

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

export interface RowProblem {
  row: number;
  code: string;
  reason: string;
  /** For BAD_USER_INPUT: each field's reasons, as the API's answer to the same input lists them. */
  problems?: FieldProblem[];
}

/** A row read as the score it records (or, when the cell has one already, corrects with `reason`). */
export interface ScoreRow {
  row: number;
  input: CorrectScoreInput;
}

/** Rows read between two turns of the event loop. */
const ROWS_PER_TURN = 50;

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value).trim());

/** The points of a cell (a comma for the decimal point is read too), or null when it is not a non-negative number with at most two decimals. */
function parsePoints(value: string | number | null | undefined): number | null {
  const number = typeof value === 'number' ? value : Number(text(value).replace(',', '.'));
  if (text(value) === '' || !Number.isFinite(number) || number < 0 || exactHundredths(number) === null) return null;
  return number;
}

type Cells = SheetRow['cells'];
type Problem = Omit<RowProblem, 'row'>;

type Input = Omit<CorrectScoreInputGql, 'commandId' | 'reason'> & { reason?: string };

/** What the row's cells say, as the recordScore or correctScore mutation's input (a reason makes it a correction), or the cell that says nothing usable. */
function inputOf(cells: Cells, clusterId: string, year: number): Input | Problem {
  const unitId = text(cells[IMPORT_COLUMNS.unitId]);
  const criterionId = text(cells[IMPORT_COLUMNS.criterionId]);
  const stage = STAGES[fold(text(cells[IMPORT_COLUMNS.stage]))];
  const points = parsePoints(cells[IMPORT_COLUMNS.points]);
  if (!unitId) return { code: 'MISSING_UNIT', reason: 'thiếu Mã đơn vị' };
  if (!criterionId) return { code: 'MISSING_CRITERION', reason: 'thiếu Mã tiêu chí' };
  if (!stage)
    return {
      code: 'INVALID_STAGE',
      reason: `Giai đoạn "${text(cells[IMPORT_COLUMNS.stage])}" không hợp lệ: dùng Tự chấm, Cụm chấm hoặc Hội đồng duyệt`,
    };
  if (points === null)
    return {
      code: 'INVALID_POINTS',
      reason: `Điểm "${text(cells[IMPORT_COLUMNS.points])}" không hợp lệ: số không âm, tối đa hai chữ số thập phân`,
    };
  const reason = text(cells[IMPORT_COLUMNS.reason]);
  const input = reason ? new CorrectScoreInputGql() : new RecordScoreInputGql();
  return Object.assign(
    input,
    { clusterId, year, unitId, criterionId, stage, points, evidence: text(cells[IMPORT_COLUMNS.evidence]) || null },
    reason ? { reason } : {},
  );
}

/**
 * Reads a score sheet's rows as scores for one cluster year, without touching the store: each
 * row's cells, then the very input class (and limits) the recordScore and correctScore mutations
 * validate, then duplicates and the importing officer's right to score that unit at that stage.
 * A row with no points is left out; a row with a problem gives that problem (with the mutation's
 * code and message where the input class refused it) and no score. `signal` stops it between turns.
 */
export async function readScoreRows(
  rows: readonly SheetRow[],
  actor: Actor,
  clusterId: string,
  year: number,
  models: ReadModels,
  signal?: AbortSignal,
): Promise<{ problems: RowProblem[]; scores: ScoreRow[] }> {
  const problems: RowProblem[] = [];
  const scores: ScoreRow[] = [];
  const seen = new Map<string, number>();
  for (const [index, { row, cells }] of rows.entries()) {
    if (index > 0 && index % ROWS_PER_TURN === 0) {
      await turn();
      signal?.throwIfAborted();
    }
    if (text(cells[IMPORT_COLUMNS.points]) === '') continue;
    const input = inputOf(cells, clusterId, year);
    const refused = 'code' in input ? input : validationProblem(input);
    if (refused) {
      problems.push({ row, ...refused });
      continue;
    }
    const score = { reason: '', ...scoreOf(input as Input) };
    const key = `${score.unitId}/${score.criterionId}/${score.stage}`;
    if (seen.has(key)) {
      problems.push({ row, code: 'DUPLICATE_ROW', reason: `trùng với dòng ${seen.get(key)} (cùng đơn vị, tiêu chí, giai đoạn)` });
      continue;
    }
    seen.set(key, row);
    if (!permitted(SCORE_RULES, actor, score, models)) {
      problems.push({ row, code: 'FORBIDDEN', reason: `không có quyền chấm điểm giai đoạn ${score.stage} cho đơn vị "${score.unitId}"` });
      continue;
    }
    scores.push({ row, input: score });
  }
  return { problems, scores };
}

/** The mutation's own refusal of the input, if any (by its input class: correctScore's when the row gives a reason): its code, message and each field's reasons. */
function validationProblem(input: Input): Problem | null {
  const errors = validateSync(
    Object.assign(input.reason === undefined ? new RecordScoreInputGql() : new CorrectScoreInputGql(), input),
    VALIDATION,
  );
  if (errors.length === 0) return null;
  const { code, message, problems } = invalidInput(errors);
  return { code, reason: message, problems };
}
