import type { ErrorCatalogue, SharedErrorCode } from '../../kernel/errors';

/** Codes of forming a cluster or bloc (Cụm/Khối thi đua). */
export const clusterErrors = {
  CLUSTER_ALREADY_FORMED: {
    meaning: 'A cluster or bloc with this id has already been formed.',
    message: 'Cụm/Khối thi đua "…" đã được thành lập.',
  },
  ORGANIZER_NOT_FOUND: {
    meaning: 'The organizing unit of a new cluster has not been registered.',
    message: 'Không tìm thấy cơ quan tổ chức "…": hãy đăng ký đơn vị đó trước.',
  },
} as const satisfies ErrorCatalogue;

export type ClusterErrorCode = keyof typeof clusterErrors | SharedErrorCode;
