import { TieBreakRule } from '../../src/catalogue/domain/criteria/criteria-set';
import { rankUnits, type UnitPoints } from '../../src/scorecard/domain/rank';
import { ScoreStage } from '../../src/scorecard/domain/score-stage';
import { criteriaSet } from '../support/domain-fixtures';

const unit = (unitId: string, stages: Partial<Record<ScoreStage, Record<string, number>>>): UnitPoints => ({
  unitId,
  points: new Map(Object.entries(stages).map(([stage, points]) => [stage as ScoreStage, new Map(Object.entries(points))])),
});

describe('ranking', () => {
  it("totals each stage exactly (standard + bonus − penalty), with how many of the set's criteria it covers", () => {
    const [row] = rankUnits(criteriaSet, [
      unit('a', { SELF: { c1: 3333, c2: 3333, c3: 1111, b1: 1, p1: 100 }, CLUSTER: { c1: 3000, c2: 3000, c3: 2000 } }),
    ]);
    expect(row.totals).toEqual([
      { stage: 'SELF', total: 7678, standard: 7777, bonus: 1, penalty: 100, scoredCriteria: 5, criteriaInSet: 5 },
      { stage: 'CLUSTER', total: 8000, standard: 8000, bonus: 0, penalty: 0, scoredCriteria: 3, criteriaInSet: 5 },
    ]);
  });

  it('counts each criterion at the latest stage that scored it, and says which stage each part came from', () => {
    const [row] = rankUnits(criteriaSet, [
      unit('a', { SELF: { c1: 3333, c2: 3333, c3: 1111, b1: 1, p1: 100 }, CLUSTER: { c1: 3000, c2: 3000, c3: 2000 } }),
    ]);
    expect(row.effectiveParts).toEqual([
      { stage: 'SELF', total: -99, standard: 0, bonus: 1, penalty: 100, scoredCriteria: 2, criteriaInSet: 5 },
      { stage: 'CLUSTER', total: 8000, standard: 8000, bonus: 0, penalty: 0, scoredCriteria: 3, criteriaInSet: 5 },
    ]);
    expect(row).toMatchObject({ effectiveStage: 'CLUSTER', effectiveTotal: 7901, classification: 'Tiên tiến', rank: 1 });
  });

  it('a council that re-scores one criterion changes that criterion only', () => {
    const rows = rankUnits(criteriaSet, [
      unit('rescored', { SELF: { c1: 4000, c2: 4000, c3: 1000 }, COUNCIL: { c2: 3350 } }),
      unit('other', { SELF: { c1: 3000, c2: 3000, c3: 1500 } }),
    ]);
    expect(rows.map((r) => [r.unitId, r.effectiveTotal, r.rank])).toEqual([
      ['rescored', 8350, 1],
      ['other', 7500, 2],
    ]);
    expect(rows[0].effectiveParts.map((p) => [p.stage, p.scoredCriteria, p.total])).toEqual([
      ['SELF', 2, 5000],
      ['COUNCIL', 1, 3350],
    ]);
  });

  it('classifies by the highest threshold met', () => {
    const rows = rankUnits(criteriaSet, [
      unit('top', { SELF: { c1: 4000, c2: 4000, c3: 1000 } }),
      unit('mid', { SELF: { c1: 3000, c2: 3000, c3: 1000 } }),
      unit('low', { SELF: { c1: 1000 } }),
    ]);
    expect(rows.map((r) => [r.unitId, r.classification, r.qualifiesForTitleId])).toEqual([
      ['top', 'Xuất sắc', 'lao-dong-xuat-sac'],
      ['mid', 'Tiên tiến', 'lao-dong-tien-tien'],
      ['low', null, null],
    ]);
  });

  it('breaks ties by more standard points, then shares the rank', () => {
    const rows = rankUnits(criteriaSet, [
      unit('bonus-heavy', { SELF: { c1: 3500, b1: 500 } }),
      unit('standard-heavy', { SELF: { c1: 4000 } }),
      unit('same', { SELF: { c1: 4000 } }),
      unit('last', { SELF: { c1: 100 } }),
    ]);
    expect(rows.map((r) => [r.unitId, r.rank])).toEqual([
      ['standard-heavy', 1],
      ['same', 1],
      ['bonus-heavy', 3],
      ['last', 4],
    ]);
  });

  it('breaks ties by fewer penalties when the set says so', () => {
    const rows = rankUnits({ ...criteriaSet, tieBreak: TieBreakRule.FEWER_PENALTIES }, [
      unit('penalised', { SELF: { c1: 4000, c2: 100, p1: 100 } }),
      unit('clean', { SELF: { c1: 4000 } }),
    ]);
    expect(rows.map((r) => [r.unitId, r.rank])).toEqual([
      ['clean', 1],
      ['penalised', 2],
    ]);
  });

  it('shares ranks for equal totals under SHARED_RANK and leaves unscored units unranked', () => {
    const rows = rankUnits({ ...criteriaSet, tieBreak: TieBreakRule.SHARED_RANK }, [
      unit('x', { SELF: { c1: 3500, b1: 500 } }),
      unit('y', { SELF: { c1: 4000 } }),
      unit('none', {}),
    ]);
    expect(rows.map((r) => [r.unitId, r.rank])).toEqual([
      ['x', 1],
      ['y', 1],
      ['none', null],
    ]);
  });
});
