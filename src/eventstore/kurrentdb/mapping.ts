import type { ChainedEvent, ChainHead } from '../chain';
import type { EventMetadata, RecordedEvent } from '../port';

/**
 * Pure translations between the port and KurrentDB's records, kept apart from the gRPC client so
 * they can be tested without a server.
 */

/** Event type of the chain links; the adapter writes one per append and never hands them out. */
export const CHAIN_LINK_TYPE = 'ChainLink';

/** What a chain link records: the port positions of its append's events and the last hash. */
export interface ChainLink {
  firstPosition: number;
  lastPosition: number;
  hash: string;
}

/**
 * Multi-stream appends accept only string-valued metadata, so each value is stored as its JSON;
 * the port's numbering (position, revision, time) travels along under `$`-free keys.
 */
export function encodeMetadata(event: ChainedEvent): Record<string, string> {
  const encoded: Record<string, string> = {};
  for (const [key, value] of Object.entries(event.metadata)) encoded[key] = JSON.stringify(value);
  encoded['thidua.position'] = String(event.position);
  encoded['thidua.recordedAt'] = event.recordedAt;
  return encoded;
}

const NUMBERING_KEYS = new Set(['thidua.position', 'thidua.recordedAt']);

export function decodeMetadata(raw: unknown): EventMetadata {
  if (raw === null || typeof raw !== 'object') return {};
  const metadata: EventMetadata = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (NUMBERING_KEYS.has(key)) continue;
    metadata[key] = typeof value === 'string' ? JSON.parse(value) : value;
  }
  return metadata;
}

/** The fields of KurrentDB's recorded event the adapter reads. */
export interface KurrentRecord {
  id: string;
  type: string;
  streamId: string;
  revision: bigint;
  data: unknown;
  metadata: unknown;
}

/** A stored record as the port's event: positions and times are the ones the chain covers. */
export function toRecordedEvent(record: KurrentRecord): RecordedEvent {
  const raw = (record.metadata ?? {}) as Record<string, unknown>;
  const position = Number(raw['thidua.position']);
  if (!Number.isSafeInteger(position) || position < 1)
    throw new Error(`Event ${record.id} in ${record.streamId} was not written by Thi đua: it has no port position`);
  return {
    id: record.id,
    type: record.type,
    data: record.data,
    metadata: decodeMetadata(raw),
    stream: record.streamId,
    revision: Number(record.revision),
    position,
    recordedAt: String(raw['thidua.recordedAt']),
  };
}

/** The link an append writes: the positions of its events and the hash of the last one. */
export function linkOf(events: ChainedEvent[]): ChainLink {
  const last = events[events.length - 1];
  return { firstPosition: events[0].position, lastPosition: last.position, hash: last.metadata.hash as string };
}

/** Consecutive events of one stream, each run written as one append. */
export function runsByStream<E extends { stream: string }>(events: E[]): E[][] {
  const runs: E[][] = [];
  for (const event of events) {
    const run = runs.at(-1);
    if (run && run[0].stream === event.stream) run.push(event);
    else runs.push([event]);
  }
  return runs;
}

/** The chain head a link leaves behind. */
export function headOf(link: ChainLink): ChainHead {
  return { position: link.lastPosition, hash: link.hash };
}

/** A stream's last revision as KurrentDB's expected state for writing right after it. */
export function streamStateAfter(lastRevision: number): bigint | 'no_stream' {
  return lastRevision < 0 ? 'no_stream' : BigInt(lastRevision);
}

/**
 * The chain stream's revision to start reading `$all` from so that nothing after `after` is missed:
 * the latest link whose append ended at or before `after`, found by bisection over the links'
 * last positions (they only grow). -1 means "from the start".
 */
export async function linkRevisionBefore(
  after: number,
  lastLinkRevision: number,
  lastPositionAt: (revision: number) => Promise<number>,
): Promise<number> {
  let low = 0;
  let high = lastLinkRevision;
  let found = -1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if ((await lastPositionAt(middle)) <= after) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
