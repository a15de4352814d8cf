/** Cấp đơn vị: the level of a procuracy, which decides which clusters and criteria tables it belongs to. */
export enum UnitLevel {
  /** Viện kiểm sát nhân dân tối cao */
  SUPREME = 'SUPREME',
  /** Vụ, Cục, Văn phòng… thuộc VKSND tối cao */
  SUPREME_DEPARTMENT = 'SUPREME_DEPARTMENT',
  /** VKSND cấp cao (bãi bỏ từ 1/7/2025) */
  HIGH = 'HIGH',
  /** VKSND tỉnh, thành phố trực thuộc trung ương */
  PROVINCIAL = 'PROVINCIAL',
  /** VKSND huyện, quận, thị xã, thành phố thuộc tỉnh (bãi bỏ từ 1/7/2025) */
  DISTRICT = 'DISTRICT',
  /** VKSND khu vực (từ 1/7/2025) */
  REGIONAL = 'REGIONAL',
}
