import { Readable } from 'node:stream';
import { createReadModels } from '../../projections/read-models';
import { ClusterKind } from '../../src/cluster/domain/cluster-kind';
import { Role, type Actor } from '../../src/kernel/actor';
import { ScoreStage } from '../../src/scorecard/domain/score-stage';
import { readSheet } from '../../src/spreadsheets/read-sheet';
import { readScoreRows } from '../../src/spreadsheets/score-rows';
import { projectionSpecification, type Given } from '../support/projection-specification';

/**
 * The score import's reading of a sheet, before any store check: given the read models (from
 * events) and a sheet as officers fill it, then the scores each row asks for, or each row's problem.
 */
const given = projectionSpecification(() => {
  const { models, projections } = createReadModels();
  return { model: models, projections };
});
const year2022: Given[] = [
  {
    type: 'ClusterFormed',
    data: { clusterId: 'ag-2', name: 'Cụm thi đua số 2', kind: ClusterKind.CLUSTER, organizerUnitId: 'vks-an-giang' },
  },
  { type: 'ClusterYearOpened', data: { clusterId: 'ag-2', year: 2022, memberUnitIds: ['tan-chau', 'tri-ton'] } },
  {
    type: 'ChairRotated',
    data: { clusterId: 'ag-2', year: 2022, chairUnitId: 'tan-chau', viceChairUnitId: 'tri-ton', previousChairUnitId: null },
  },
];

const actor = (role: Role, unitId: string | null): Actor => ({ id: `can-bo-${unitId}`, name: null, role, unitId, clusterId: null });
const admin = actor(Role.ADMIN, null);
const HEADER = 'Mã đơn vị,Mã tiêu chí,Giai đoạn,Điểm,Minh chứng,Lý do sửa';
const sheet = (...lines: string[]) => readSheet(Readable.from([Buffer.from([HEADER, ...lines].join('\n'))]), 'csv', 'Mã đơn vị');

/** Reads the sheet as `who` for ag-2, 2022, in the read models the given events built (the whole year unless told). */
async function reading(lines: string[], who: Actor, events: Given[] = year2022) {
  const rows = await sheet(...lines);
  let read!: ReturnType<typeof readScoreRows>;
  given(...events).then((models) => {
    read = readScoreRows(rows, who, 'ag-2', 2022, models);
  });
  return read;
}

describe('score import: a sheet read as scores', () => {
  it('each row with points is one score for the year, in hundredths, its stage read in Vietnamese with or without marks', async () => {
    const read = await reading(
      [
        'tan-chau,c1,Tự chấm,"12,5",Báo cáo số 3,',
        'tri-ton,c1,cum cham,30.25,,',
        'tri-ton,c2,Hội đồng duyệt,0,,Sửa theo khiếu nại',
        'tri-ton,c3,Tự chấm,,,',
      ],
      admin,
    );
    expect(read).toEqual({
      problems: [],
      scores: [
        {
          row: 2,
          input: {
            clusterId: 'ag-2',
            year: 2022,
            unitId: 'tan-chau',
            criterionId: 'c1',
            stage: ScoreStage.SELF,
            points: 1250,
            evidence: 'Báo cáo số 3',
            reason: '',
          },
        },
        { row: 3, input: expect.objectContaining({ unitId: 'tri-ton', stage: ScoreStage.CLUSTER, points: 3025, evidence: null }) },
        { row: 4, input: expect.objectContaining({ stage: ScoreStage.COUNCIL, points: 0, reason: 'Sửa theo khiếu nại' }) },
      ],
    });
  });

  it('a row with a missing unit, criterion or stage, or points that are not hundredths, is refused with its row and code', async () => {
    const read = await reading(
      [
        ',c1,Tự chấm,10,,',
        'tan-chau,,Tự chấm,10,,',
        'tan-chau,c1,Thẩm định,10,,',
        'tan-chau,c1,Tự chấm,12.345,,',
        'tan-chau,c2,Tự chấm,-1,,',
        'tan-chau,c3,Tự chấm,mười,,',
      ],
      admin,
    );
    const { problems, scores } = read;
    expect(scores).toEqual([]);
    expect(problems.map(({ row, code }) => [row, code])).toEqual([
      [2, 'MISSING_UNIT'],
      [3, 'MISSING_CRITERION'],
      [4, 'INVALID_STAGE'],
      [5, 'INVALID_POINTS'],
      [6, 'INVALID_POINTS'],
      [7, 'INVALID_POINTS'],
    ]);
    expect(problems[2].reason).toBe('Giai đoạn "Thẩm định" không hợp lệ: dùng Tự chấm, Cụm chấm hoặc Hội đồng duyệt');
    expect(problems[3].reason).toBe('Điểm "12.345" không hợp lệ: số không âm, tối đa hai chữ số thập phân');
  });

  it('the same unit, criterion and stage twice: the second row names the first', async () => {
    const read = await reading(['tan-chau,c1,Tự chấm,10,,', 'tan-chau,c1,Cụm chấm,10,,', 'tan-chau,c1,self,11,,'], admin);
    const { problems, scores } = read;
    expect(scores.map((s) => s.row)).toEqual([2, 3]);
    expect(problems).toEqual([{ row: 4, code: 'DUPLICATE_ROW', reason: 'trùng với dòng 2 (cùng đơn vị, tiêu chí, giai đoạn)' }]);
  });

  it("each stage is scored by its own office: the unit's officer its own self-score, the chair's officer the cluster stage, the organizer's council", async () => {
    const lines = ['tan-chau,c1,Tự chấm,10,,', 'tri-ton,c1,Tự chấm,10,,', 'tri-ton,c1,Cụm chấm,10,,', 'tri-ton,c1,Hội đồng duyệt,10,,'];
    const asUnit = await reading(lines, actor(Role.UNIT_OFFICER, 'tan-chau'));
    const asChair = await reading(lines, actor(Role.CLUSTER_OFFICER, 'tan-chau'));
    const asViceChair = await reading(lines, actor(Role.CLUSTER_OFFICER, 'tri-ton'));
    const asCouncil = await reading(lines, actor(Role.COUNCIL, 'vks-an-giang'));
    const allowed = (read: typeof asUnit) => read.scores.map((s) => s.row);
    expect(allowed(asUnit)).toEqual([2]);
    expect(allowed(asChair)).toEqual([4]);
    expect(allowed(asViceChair)).toEqual([]);
    expect(allowed(asCouncil)).toEqual([5]);
    expect(asUnit.problems).toContainEqual({
      row: 3,
      code: 'FORBIDDEN',
      reason: 'không có quyền chấm điểm giai đoạn SELF cho đơn vị "tri-ton"',
    });
  });

  it('before a chair is named, no cluster officer may score the cluster stage', async () => {
    const read = await reading(['tri-ton,c1,Cụm chấm,10,,'], actor(Role.CLUSTER_OFFICER, 'tan-chau'), [year2022[0], year2022[1]]);
    expect(read.problems.map((p) => p.code)).toEqual(['FORBIDDEN']);
  });
});
