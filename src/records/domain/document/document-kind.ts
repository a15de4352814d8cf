/** Loại văn bản: the kinds of document a cluster's records cite. */
export enum DocumentKind {
  /** Kế hoạch (KH) */
  PLAN = 'PLAN',
  /** Quyết định (QĐ) */
  DECISION = 'DECISION',
  /** Chỉ thị (CT) */
  DIRECTIVE = 'DIRECTIVE',
  /** Hướng dẫn (HD) */
  GUIDANCE = 'GUIDANCE',
  /** Thông tư (TT) */
  CIRCULAR = 'CIRCULAR',
  /** Nghị định (NĐ) */
  DECREE = 'DECREE',
  /** Nghị quyết (NQ) */
  RESOLUTION = 'RESOLUTION',
  /** Thông báo (TB) */
  NOTICE = 'NOTICE',
  /** Báo cáo (BC) */
  REPORT = 'REPORT',
  /** Quy chế (QC) */
  REGULATION = 'REGULATION',
  /** Luật */
  LAW = 'LAW',
  /** Công văn, tờ trình và văn bản khác */
  OTHER = 'OTHER',
}

/** The kind's name as written in citations, and the type code of its number (the "KH" of "12/KH-VKS"). */
export const DOCUMENT_KINDS: Readonly<Record<DocumentKind, { name: string; code: string | null }>> = {
  [DocumentKind.PLAN]: { name: 'Kế hoạch', code: 'KH' },
  [DocumentKind.DECISION]: { name: 'Quyết định', code: 'QĐ' },
  [DocumentKind.DIRECTIVE]: { name: 'Chỉ thị', code: 'CT' },
  [DocumentKind.GUIDANCE]: { name: 'Hướng dẫn', code: 'HD' },
  [DocumentKind.CIRCULAR]: { name: 'Thông tư', code: 'TT' },
  [DocumentKind.DECREE]: { name: 'Nghị định', code: 'NĐ' },
  [DocumentKind.RESOLUTION]: { name: 'Nghị quyết', code: 'NQ' },
  [DocumentKind.NOTICE]: { name: 'Thông báo', code: 'TB' },
  [DocumentKind.REPORT]: { name: 'Báo cáo', code: 'BC' },
  [DocumentKind.REGULATION]: { name: 'Quy chế', code: 'QC' },
  [DocumentKind.LAW]: { name: 'Luật', code: null },
  [DocumentKind.OTHER]: { name: 'Văn bản', code: null },
};
