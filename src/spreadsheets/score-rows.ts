import type { ReadModels } from '../../projections/read-models';
import { fold } from '../../projections/directory/vietnamese-search';
import { permitted, SCORE_RULES } from '../authorization/rules';
import type { CorrectScoreInput } from '../commands/handlers/scorecard-handlers';
import type { Actor } from '../domain/shared/actor';
import { exactHundredths } from '../domain/shared/points';
import { ScoreStage } from '../domain/scorecard/score-stage';
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
}

/** A row read as the score it records (or, when the cell has one already, corrects with `reason`). */
export interface ScoreRow {
  row: number;
  input: CorrectScoreInput;
}

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value).trim());

function parsePoints(value: string | number | null | undefined): number | null {
  const number = typeof value === 'number' ? value : Number(text(value).replace(',', '.'));
  if (text(value) === '' || !Number.isFinite(number) || number < 0) return null;
  return exactHundredths(number);
}

/**
 * Reads a score sheet's rows as scores for one cluster year, without touching the store: each row's
 * cells, duplicates, and the importing officer's right to score that unit at that stage. A row with
 * no points is left out; a row with a problem gives that problem and no score.
 */
export function readScoreRows(
  rows: readonly SheetRow[],
  actor: Actor,
  clusterId: string,
  year: number,
  models: ReadModels,
): { problems: RowProblem[]; scores: ScoreRow[] } {
  const problems: RowProblem[] = [];
  const scores: ScoreRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
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
    scores.push({ row, input });
  }
  return { problems, scores };
}
