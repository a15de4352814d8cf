import type { ClusterKind } from './cluster-kind';

export interface FormCluster {
  type: 'FormCluster';
  clusterId: string;
  name: string;
  kind: ClusterKind;
  organizerUnitId: string;
  /** Whether the organizer unit's stream exists: gathered by the handler. */
  organizerRegistered: boolean;
}

export type ClusterCommand = FormCluster;
