import type { RecordedEvent } from '../../eventstore/port';
import { eventAt } from '../../eventstore/read-positions';
import type { ModelsAt } from '../../graphql/models-at';
import { AuditActor, auditPerson, type AuditPerson, type RecordedActor } from './audit-actor';
import type { AuditEvent } from './audit-types';
import { auditEventOut } from './event-out';

/** The audit's published reads: the log's events and their actors, as the read models had them at the read's position. */
export async function appliedEventAt(read: ModelsAt, position: number): Promise<RecordedEvent | undefined> {
  const { head } = read.models.timeline;
  return position <= (read.at === 'current' ? head : Math.min(read.at, head)) ? eventAt(read.sources.log, position) : undefined;
}

/** A recorded event as the audit trail shows it, its actor read here. */
export function auditEventAt(read: ModelsAt, event: RecordedEvent): AuditEvent {
  return auditEventOut(event, read.at);
}

/** Who acted in the event at `position`, as it recorded them, read here: their person is as known here. */
export function actorAt(read: ModelsAt, recorded: RecordedActor | undefined, position: number): AuditActor | null {
  return AuditActor.of(recorded, position, read.at);
}

/** A token subject with the latest name its tokens had carried here. */
export function auditPersonAt(read: ModelsAt, personId: string): AuditPerson {
  return auditPerson(personId, read.models.auditLog.nameOf(personId, read.at), read.at);
}

/** Whether the subject had acted here. */
export function hasActedAt(read: ModelsAt, personId: string): boolean {
  return read.models.auditLog.actedBy(personId, read.at);
}
