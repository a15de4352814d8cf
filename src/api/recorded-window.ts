import { GraphQLError } from 'graphql';
import type { RecordedEvent } from '../eventstore/port';

/**
 * How long after `recordedTo` a live subscription still waits: an event recorded just before it
 * reaches the read models a moment later (a commit, another replica's write).
 */
export const SETTLING_MS = 5000;

export interface RecordedWindow {
  within(event: RecordedEvent): boolean;
  /** When the subscription ends (ms), or undefined while it has no end. */
  endsAt?: number;
}

/**
 * The `recordedFrom`/`recordedTo` bounds of the audit filter, for a live subscription: events
 * recorded outside are not sent, and once `recordedTo` has passed (and settled) the subscription
 * completes. A `recordedTo` already past when subscribing could never deliver anything: it is
 * refused, pointing at the `auditTrail` query, which reads what was recorded.
 */
export function recordedWindow(
  { recordedFrom, recordedTo }: { recordedFrom?: Date | null; recordedTo?: Date | null },
  now = Date.now(),
): RecordedWindow {
  const from = recordedFrom?.getTime() ?? -Infinity;
  const to = recordedTo?.getTime() ?? Infinity;
  if (to < now)
    throw new GraphQLError(
      `recordedTo (${recordedTo!.toISOString()}) đã qua: đăng ký trực tiếp chỉ nhận các sự kiện được ghi từ lúc đăng ký. Hãy đọc các sự kiện đã ghi bằng truy vấn auditTrail với cùng bộ lọc, hoặc đặt recordedTo ở tương lai (hay bỏ nó đi).`,
      { extensions: { code: 'RECORDED_TO_PASSED', recordedTo: recordedTo!.toISOString() } },
    );
  return {
    within: (event) => {
      const at = Date.parse(event.recordedAt);
      return at >= from && at <= to;
    },
    ...(recordedTo ? { endsAt: to + SETTLING_MS } : {}),
  };
}
