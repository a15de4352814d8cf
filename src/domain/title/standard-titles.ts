/**
 * The collective titles (danh hiệu thi đua tập thể) the rules name. The catalogue starts with these
 * and grows with DefineTitle.
 */
export const StandardTitle = {
  /** Tập thể Lao động tiên tiến */
  ADVANCED: 'lao-dong-tien-tien',
  /** Tập thể Lao động xuất sắc: capped at 20% of the units rated advanced, minimum 1 */
  EXCELLENT: 'lao-dong-xuat-sac',
  /** Cờ thi đua của ngành Kiểm sát nhân dân: for a holder of the excellent title with ≥ 80% approval */
  SECTOR_FLAG: 'co-thi-dua-nganh',
  /** Cờ thi đua của Chính phủ */
  GOVERNMENT_FLAG: 'co-thi-dua-chinh-phu',
} as const;

export interface TitleDefinition {
  titleId: string;
  name: string;
  collective: boolean;
}

export const STANDARD_TITLES: readonly TitleDefinition[] = [
  { titleId: StandardTitle.ADVANCED, name: 'Tập thể Lao động tiên tiến', collective: true },
  { titleId: StandardTitle.EXCELLENT, name: 'Tập thể Lao động xuất sắc', collective: true },
  { titleId: StandardTitle.SECTOR_FLAG, name: 'Cờ thi đua của ngành Kiểm sát nhân dân', collective: true },
  { titleId: StandardTitle.GOVERNMENT_FLAG, name: 'Cờ thi đua của Chính phủ', collective: true },
];

/** Share of the advanced-rated units that may hold the excellent title, in percent. */
export const EXCELLENT_CAP_PERCENT = 20;
/** Approval share a unit needs in the cluster's vote for the sector flag, in percent. */
export const SECTOR_FLAG_APPROVAL_PERCENT = 80;

export function isStandardTitle(titleId: string): boolean {
  return STANDARD_TITLES.some((title) => title.titleId === titleId);
}
