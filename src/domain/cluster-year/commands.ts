type Year = { clusterId: string; year: number };

export interface OpenClusterYear extends Year {
  type: 'OpenClusterYear';
  memberUnitIds: string[];
  /** Gathered by the handler: whether the cluster exists, and which named members are not registered units. */
  clusterFormed: boolean;
  unregisteredUnitIds: string[];
}

export interface AdmitMember extends Year {
  type: 'AdmitMember';
  unitId: string;
  /** Gathered by the handler. */
  unitRegistered: boolean;
}

export interface WithdrawMember extends Year {
  type: 'WithdrawMember';
  unitId: string;
}

export interface RotateChair extends Year {
  type: 'RotateChair';
  chairUnitId: string;
  viceChairUnitId: string;
  /** Gathered by the handler: the chair of the cluster's previous year, if that year had one. */
  previousChairUnitId: string | null;
}

export type ClusterYearCommand = OpenClusterYear | AdmitMember | WithdrawMember | RotateChair;
