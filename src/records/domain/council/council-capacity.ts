/** Cương vị trong Hội đồng Thi đua – Khen thưởng. */
export enum CouncilCapacity {
  /** Chủ tịch Hội đồng (the head of the procuracy) */
  CHAIR = 'CHAIR',
  /** Phó Chủ tịch */
  VICE_CHAIR = 'VICE_CHAIR',
  /** Ủy viên Thường trực (often the Chánh Văn phòng) */
  STANDING = 'STANDING',
  /** Ủy viên */
  MEMBER = 'MEMBER',
}

/** The capacity as a report or a print writes it. */
export const CAPACITY_LABELS: Readonly<Record<CouncilCapacity, string>> = {
  [CouncilCapacity.CHAIR]: 'Chủ tịch',
  [CouncilCapacity.VICE_CHAIR]: 'Phó Chủ tịch',
  [CouncilCapacity.STANDING]: 'Thường trực',
  [CouncilCapacity.MEMBER]: 'Ủy viên',
};
