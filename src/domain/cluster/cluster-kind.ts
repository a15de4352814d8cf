/** Cụm thi đua (by geography) or Khối thi đua (by function): the same thing to the rules. */
export enum ClusterKind {
  /** Cụm thi đua */
  CLUSTER = 'CLUSTER',
  /** Khối thi đua */
  BLOC = 'BLOC',
}
