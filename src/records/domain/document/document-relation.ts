/** How one document bears on another. */
export enum DocumentRelationKind {
  /** Sửa đổi, bổ sung */
  AMENDS = 'AMENDS',
  /** Thay thế */
  REPLACES = 'REPLACES',
  /** Thực hiện, triển khai (a plan that implements a directive) */
  IMPLEMENTS = 'IMPLEMENTS',
}
