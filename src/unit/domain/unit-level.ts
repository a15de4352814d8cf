/** Cấp đơn vị: the level of a procuracy, which decides which clusters and criteria tables it belongs to. */
export enum UnitLevel {
  /** Viện kiểm sát nhân dân tối cao */
  SUPREME = 'SUPREME',
  /** Vụ, Cục, Văn phòng… thuộc VKSND tối cao */
  SUPREME_DEPARTMENT = 'SUPREME_DEPARTMENT',
  /** Phòng, Văn phòng, Thanh tra… thuộc VKSND cấp tỉnh */
  PROVINCIAL_DEPARTMENT = 'PROVINCIAL_DEPARTMENT',
  /** VKSND cấp cao (bãi bỏ từ 1/7/2025) */
  HIGH = 'HIGH',
  /** VKSND tỉnh, thành phố trực thuộc trung ương */
  PROVINCIAL = 'PROVINCIAL',
  /** VKSND huyện, quận, thị xã, thành phố thuộc tỉnh (bãi bỏ từ 1/7/2025) */
  DISTRICT = 'DISTRICT',
  /** VKSND khu vực (từ 1/7/2025) */
  REGIONAL = 'REGIONAL',
}

/** Ngày hiệu lực của việc sắp xếp tổ chức VKSND: district and high-level procuracies abolished, regional ones created. */
export const LEVEL_REFORM_DATE = '2025-07-01';

/** When each level exists: from (inclusive) until (exclusive); null is open-ended. */
export const LEVEL_PERIODS: Readonly<Record<UnitLevel, { from: string | null; until: string | null }>> = {
  [UnitLevel.SUPREME]: { from: null, until: null },
  [UnitLevel.SUPREME_DEPARTMENT]: { from: null, until: null },
  [UnitLevel.HIGH]: { from: null, until: LEVEL_REFORM_DATE },
  [UnitLevel.PROVINCIAL]: { from: null, until: null },
  [UnitLevel.PROVINCIAL_DEPARTMENT]: { from: null, until: null },
  [UnitLevel.DISTRICT]: { from: null, until: LEVEL_REFORM_DATE },
  [UnitLevel.REGIONAL]: { from: LEVEL_REFORM_DATE, until: null },
};

/** The level's name in messages to officers. */
export const LEVEL_NAMES: Readonly<Record<UnitLevel, string>> = {
  [UnitLevel.SUPREME]: 'VKSND tối cao',
  [UnitLevel.SUPREME_DEPARTMENT]: 'đơn vị thuộc VKSND tối cao',
  [UnitLevel.HIGH]: 'VKSND cấp cao',
  [UnitLevel.PROVINCIAL]: 'VKSND cấp tỉnh',
  [UnitLevel.PROVINCIAL_DEPARTMENT]: 'phòng, Văn phòng thuộc VKSND cấp tỉnh',
  [UnitLevel.DISTRICT]: 'VKSND cấp huyện',
  [UnitLevel.REGIONAL]: 'VKSND khu vực',
};
