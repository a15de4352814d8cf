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

/** An award of the key title needs a decided award of the value title to the same unit that year. */
export const PREREQUISITE_TITLE: Readonly<Record<string, string>> = {
  [StandardTitle.SECTOR_FLAG]: StandardTitle.EXCELLENT,
};

/** The collective titles from the lowest to the highest: each is sought among holders of the one below. */
const TITLE_LADDER: readonly string[] = [
  StandardTitle.ADVANCED,
  StandardTitle.EXCELLENT,
  StandardTitle.SECTOR_FLAG,
  StandardTitle.GOVERNMENT_FLAG,
];

/**
 * The titles a registration strives for: the registered one and the standard titles below it (a
 * unit registered for the sector flag is awarded the excellent title on the way, and a unit that
 * registered for the excellent title but is rated only advanced may receive that one).
 */
export function titlesCoveredBy(registeredTitleId: string): readonly string[] {
  const rung = TITLE_LADDER.indexOf(registeredTitleId);
  return rung < 0 ? [registeredTitleId] : TITLE_LADDER.slice(0, rung + 1);
}

export function isStandardTitle(titleId: string): boolean {
  return STANDARD_TITLES.some((title) => title.titleId === titleId);
}
