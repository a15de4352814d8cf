/** Roles a verified token can carry; the full matrix of who may do what is enforced at the API edge. */
export enum Role {
  ADMIN = 'ADMIN',
  COUNCIL = 'COUNCIL',
  CLUSTER_OFFICER = 'CLUSTER_OFFICER',
  UNIT_OFFICER = 'UNIT_OFFICER',
  AUDITOR = 'AUDITOR',
}

/** Who sends a command, as the verified token says: every event written records it. */
export interface Actor {
  /** The token's subject. */
  id: string;
  /** Display name, when the token gives one. */
  name: string | null;
  role: Role;
  /** The unit the actor works for, when the token says. */
  unitId: string | null;
  /** The cluster the actor's role is scoped to, when the token says. */
  clusterId: string | null;
}
