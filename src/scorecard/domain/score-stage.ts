/** Giai đoạn chấm điểm, in the order they happen: a later stage supersedes an earlier one. */
export enum ScoreStage {
  /** Đơn vị tự chấm */
  SELF = 'SELF',
  /** Cụm chấm / thẩm định */
  CLUSTER = 'CLUSTER',
  /** Hội đồng duyệt */
  COUNCIL = 'COUNCIL',
}

export const STAGE_ORDER: readonly ScoreStage[] = [ScoreStage.SELF, ScoreStage.CLUSTER, ScoreStage.COUNCIL];
