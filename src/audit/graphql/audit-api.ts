import { AuditActorFields } from './audit-actor-fields';
import { AuditQueries } from './audit-queries';

/** The auditors' part of the schema: score history, the audit trail, who acted, and the log's verification. */
export const auditResolvers = [AuditQueries, AuditActorFields] as const;
