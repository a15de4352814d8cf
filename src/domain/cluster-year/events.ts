import type { DomainEvent } from '../shared/decider';

type Year = { clusterId: string; year: number };

/** Năm thi đua của Cụm được mở với danh sách đơn vị thành viên. */
export type ClusterYearOpened = DomainEvent<'ClusterYearOpened', Year & { memberUnitIds: string[] }>;
/** Kết nạp thêm đơn vị thành viên trong năm. */
export type MemberAdmitted = DomainEvent<'MemberAdmitted', Year & { unitId: string }>;
/** Đơn vị rời Cụm trong năm. */
export type MemberWithdrawn = DomainEvent<'MemberWithdrawn', Year & { unitId: string }>;
/** Luân phiên Cụm trưởng / Cụm phó cho năm. */
export type ChairRotated = DomainEvent<
  'ChairRotated',
  Year & { chairUnitId: string; viceChairUnitId: string; previousChairUnitId: string | null }
>;

export type ClusterYearEvent = ClusterYearOpened | MemberAdmitted | MemberWithdrawn | ChairRotated;
