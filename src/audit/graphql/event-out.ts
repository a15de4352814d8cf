import type { At } from '../../../projections/history';
import type { RecordedEvent } from '../../eventstore/port';
import { fromHundredths } from '../../kernel/points';
import { presentId } from '../../graphql/global-id';
import type { AuditEvent } from './audit-types';
import { AuditActor, type RecordedActor } from './audit-actor';

/** Fields events keep in integer hundredths (scores, criterion maxima, class thresholds). */
const POINT_FIELDS = new Set(['points', 'previousPoints', 'maxPoints', 'minPoints']);

/** Event data as the rest of the API shows it: points as decimals (44, not 4400), at any depth. */
export function eventDataOut(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(eventDataOut);
  if (typeof data !== 'object' || data === null) return data;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      POINT_FIELDS.has(key) && typeof value === 'number' ? fromHundredths(value) : eventDataOut(value),
    ]),
  );
}

/** A recorded event with its audit metadata, as the audit trail and its subscription answer it; its actor read at `at`. */
export function auditEventOut(event: RecordedEvent, at: At): AuditEvent {
  const m = event.metadata as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    globalId: presentId('AuditEvent', { position: event.position }),
    position: event.position,
    eventId: event.id,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    recordedAt: new Date(event.recordedAt),
    actor: AuditActor.of(m.actor as RecordedActor | undefined, event.position, at),
    commandType: text(m.commandType),
    commandId: text(m.commandId),
    correlationId: text(m.correlationId),
    causationId: text(m.causationId),
    reason: text(m.reason),
    data: eventDataOut(event.data),
    prevHash: String(m.prevHash),
    hash: String(m.hash),
  };
}
