import type { DomainEvent } from '../../kernel/decider';
import type { ClusterKind } from './cluster-kind';

/** Cụm/Khối thi đua được thành lập bởi cơ quan tổ chức. */
export type ClusterFormed = DomainEvent<'ClusterFormed', { clusterId: string; name: string; kind: ClusterKind; organizerUnitId: string }>;

export type ClusterEvent = ClusterFormed;
