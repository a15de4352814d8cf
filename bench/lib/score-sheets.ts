/**
 * Large score sheets, for the import benchmark and the import robustness tests: a cluster year whose
 * criteria set is big enough that one sheet holds thousands of distinct rows (units × criteria).
 */

export const SHEET_CLUSTER = 'cum-lon';
export const SHEET_YEAR = 2024;
export const SHEET_UNITS = ['don-vi-1', 'don-vi-2', 'don-vi-3', 'don-vi-4', 'don-vi-5'];
const CRITERIA_SET_ID = 'bo-tieu-chi-lon';
/** Criteria per section: the API's limit. */
const PER_SECTION = 500;

export const HEADER = 'Mã đơn vị,Mã tiêu chí,Giai đoạn,Điểm,Minh chứng,Lý do sửa';

/** A mutation sent by the caller's own client: its name and its input. */
export type Mutate = (mutation: string, input: Record<string, unknown>) => Promise<unknown>;

/** Registers five units and a cluster, publishes a set of `criteria` criteria (1 point each) and opens SHEET_YEAR with it. */
export async function openLargeYear(mutate: Mutate, criteria: number): Promise<void> {
  await mutate('registerUnit', { unitId: 'tinh', name: 'Viện kiểm sát nhân dân tỉnh Thử Nghiệm', level: 'PROVINCIAL' });
  for (const [i, unitId] of SHEET_UNITS.entries())
    await mutate('registerUnit', {
      unitId,
      name: `Viện kiểm sát nhân dân huyện Thử Nghiệm ${i + 1}`,
      level: 'DISTRICT',
      parentUnitId: 'tinh',
    });
  await mutate('formCluster', { clusterId: SHEET_CLUSTER, name: 'Cụm thi đua lớn', kind: 'CLUSTER', organizerUnitId: 'tinh' });
  const sections = Array.from({ length: Math.ceil(criteria / PER_SECTION) }, (_, s) => ({
    sectionId: `m${s + 1}`,
    name: `Mục ${s + 1}`,
    criteria: Array.from({ length: Math.min(PER_SECTION, criteria - s * PER_SECTION) }, (_, i) => ({
      criterionId: `t${s * PER_SECTION + i + 1}`,
      name: `Tiêu chí ${s * PER_SECTION + i + 1}`,
      kind: 'STANDARD',
      maxPoints: 1,
    })),
  }));
  await mutate('publishCriteriaSet', {
    criteriaSetId: CRITERIA_SET_ID,
    name: 'Bộ tiêu chí lớn',
    legalBasis: '1/QĐ-TN',
    effectiveFrom: '2024-01-01',
    sections,
    thresholds: [],
    tieBreak: 'MORE_STANDARD_POINTS',
  });
  await mutate('openClusterYear', { clusterId: SHEET_CLUSTER, year: SHEET_YEAR, memberUnitIds: SHEET_UNITS });
  await mutate('rotateChair', { clusterId: SHEET_CLUSTER, year: SHEET_YEAR, chairUnitId: SHEET_UNITS[0], viceChairUnitId: SHEET_UNITS[1] });
  await mutate('adoptCriteriaSet', { clusterId: SHEET_CLUSTER, year: SHEET_YEAR, criteriaSetId: CRITERIA_SET_ID });
}

/** A CSV sheet scoring criteria t1…t`perUnit` of every unit at `stage` (as the sheet names it): units × perUnit rows. */
export function largeSheet(stage: string, perUnit: number, points = '0.5'): string {
  const rows = SHEET_UNITS.flatMap((unitId) => Array.from({ length: perUnit }, (_, i) => `${unitId},t${i + 1},${stage},${points},,`));
  return `${HEADER}\r\n${rows.join('\r\n')}\r\n`;
}

/** The import route of the large cluster year. */
export const importPath = `/imports/score-sheet/${SHEET_CLUSTER}/${SHEET_YEAR}`;
