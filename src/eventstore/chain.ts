import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { ChainBrokenError } from './errors';
import type { EventMetadata, EventToAppend, RecordedEvent } from './port';

/** The hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The link format every new event is written with. Format 1 covered everything recorded about an
 * event except its id; format 2 covers the id too. The format is written into the metadata, which
 * the link covers, so old files stay verifiable as they were written and an event cannot be moved
 * to the older format without changing its hash; the verifier also refuses a format older than
 * the one before it in the log.
 */
export const LINK_FORMAT = 2;

const formatOf = (metadata: EventMetadata): number => (metadata.linkFormat === 2 ? 2 : 1);

/** The fields a link covers: everything recorded about the event except the link itself. */
export interface ChainedFields {
  id: string;
  position: number;
  stream: string;
  revision: number;
  type: string;
  recordedAt: string;
  metadata: EventMetadata;
  data: unknown;
  stored?: { data: unknown };
}

function withoutLink(metadata: EventMetadata): EventMetadata {
  const { prevHash: _prev, hash: _hash, ...rest } = metadata;
  return rest;
}

/** SHA-256 over the RFC 8785 canonical JSON of the event and the previous hash: one code path for every adapter and verifier. */
export function linkHash(event: ChainedFields, prevHash: string): string {
  return canonicalSha256({
    ...(formatOf(event.metadata) >= 2 ? { id: event.id } : {}),
    position: event.position,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    recordedAt: event.recordedAt,
    metadata: withoutLink(event.metadata),
    data: event.stored ? event.stored.data : event.data,
    prevHash,
  });
}

/** SHA-256 (hex) over a value's RFC 8785 canonical JSON: equal values hash alike whatever their key order. */
export function canonicalSha256(value: unknown): string {
  return createHash('sha256')
    .update(canonicalize(value) ?? '')
    .digest('hex');
}

/** The metadata to store: the caller's, plus the link format and the link to the previous event. */
export function chainMetadata(event: ChainedFields, prevHash: string): EventMetadata {
  const metadata = { ...withoutLink(event.metadata), linkFormat: LINK_FORMAT };
  return { ...metadata, prevHash, hash: linkHash({ ...event, metadata }, prevHash) };
}

/** The last link of the chain: where the next append continues from. */
export interface ChainHead {
  position: number;
  hash: string;
}

export const EMPTY_CHAIN: ChainHead = { position: 0, hash: GENESIS_HASH };

export interface ChainedEvent extends EventToAppend {
  stream: string;
  position: number;
  revision: number;
  recordedAt: string;
}

/**
 * Numbers and links a batch for one stream after `head`: what every adapter stores, computed
 * before the write so that the write itself can be atomic.
 */
export function chainBatch(
  head: ChainHead,
  stream: string,
  lastRevision: number,
  recordedAt: string,
  events: EventToAppend[],
): { events: ChainedEvent[]; head: ChainHead } {
  let { position, hash } = head;
  let revision = lastRevision;
  const chained = events.map((event) => {
    revision += 1;
    position += 1;
    const metadata = chainMetadata(
      { id: event.id, position, stream, revision, type: event.type, recordedAt, metadata: event.metadata, data: event.data },
      hash,
    );
    hash = metadata.hash as string;
    return { ...event, metadata, stream, position, revision, recordedAt };
  });
  return { events: chained, head: { position, hash } };
}

export interface ChainBreak {
  position: number;
  problem: 'MISSING_EVENT' | 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' | 'OUT_OF_ORDER';
  message: string;
}

/**
 * Checks events in log order, one at a time, so a verifier can stream a store or an export of any
 * size. `check` returns the first break, if any; `head` is the last verified link.
 */
export class ChainVerifier {
  private expectedPosition: number;
  private prevHash: string;
  private format = 1;
  checked = 0;

  constructor(start: ChainHead = EMPTY_CHAIN) {
    this.expectedPosition = start.position + 1;
    this.prevHash = start.hash;
  }

  get head(): ChainHead {
    return { position: this.expectedPosition - 1, hash: this.prevHash };
  }

  check(event: RecordedEvent): ChainBreak | null {
    const position = this.expectedPosition;
    if (event.position < position)
      return {
        position: event.position,
        problem: 'OUT_OF_ORDER',
        message: `sự kiện ở vị trí ${event.position} nằm sau vị trí ${position - 1} (sai thứ tự)`,
      };
    if (event.position > position)
      return {
        position,
        problem: 'MISSING_EVENT',
        message: `thiếu sự kiện ở vị trí ${position} (sự kiện kế tiếp ở vị trí ${event.position})`,
      };
    if (event.metadata.prevHash !== this.prevHash)
      return { position, problem: 'PREVIOUS_HASH_MISMATCH', message: `sự kiện ở vị trí ${position} không nối với sự kiện trước nó` };
    const format = formatOf(event.metadata);
    if (format < this.format)
      return {
        position,
        problem: 'HASH_MISMATCH',
        message: `sự kiện ở vị trí ${position} dùng định dạng liên kết cũ hơn các sự kiện trước nó`,
      };
    if (event.metadata.hash !== linkHash(event, this.prevHash))
      return { position, problem: 'HASH_MISMATCH', message: `sự kiện ở vị trí ${position} đã bị sửa sau khi ghi` };
    this.format = format;
    this.prevHash = event.metadata.hash;
    this.expectedPosition += 1;
    this.checked += 1;
    return null;
  }
}

export function throwOnBreak(broken: ChainBreak | null): void {
  if (broken) throw new ChainBrokenError(broken.position, broken.message);
}
