import { createHash, hash as oneShotHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { ChainBrokenError } from './errors';
import type { ChainBreak, ChainHead } from './chain-types';
import type { EventMetadata, EventToAppend, RecordedEvent } from './port';

export type { ChainBreak, ChainHead, ChainScan, ChainScanRequest } from './chain-types';

/** The hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The one link format: SHA-256 over the bytes a store keeps (see `storedLinkHash`), so a verifier
 * reading the store hashes rows without parsing or canonicalising them. The format's number is
 * written first in every event's metadata, which the link covers. Logs written in the older
 * formats (1 and 2) are not read here: `npm run migrate` re-links them (src/eventstore/upgrade/).
 * This module is the only one that knows how a link is computed and where it sits in a row.
 */
export const LINK_FORMAT = 3;

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

/** The caller's metadata: what is left once the link format and the link are taken out. */
export function callerMetadata(metadata: EventMetadata): EventMetadata {
  const { prevHash: _prev, hash: _hash, linkFormat: _format, ...rest } = metadata;
  return rest;
}

/** The link of an event from its fields (parsed): the stored bytes are rebuilt (canonical JSON) and hashed. */
export function linkHash(event: ChainedFields, prevHash: string): string {
  const text = storedText(event);
  return storedLinkHash({ ...event, data: text.data, metadataHead: metadataHead(event.metadata) }, prevHash);
}

/** SHA-256 (hex) over a value's RFC 8785 canonical JSON: equal values hash alike whatever their key order. */
export function canonicalSha256(value: unknown): string {
  return createHash('sha256')
    .update(canonicalize(value) ?? '')
    .digest('hex');
}

/**
 * Format 3's stored metadata is this head, then the link (`linkSuffix`): `{"linkFormat":3` and the
 * caller's metadata as canonical JSON without its braces. The head is what the link covers, the
 * suffix is the link itself; the whole parses as the ordinary metadata object.
 */
const HEAD_START = '{"linkFormat":3';
function metadataHead(metadata: EventMetadata): string {
  const body = (canonicalize(callerMetadata(metadata)) ?? '{}').slice(1, -1);
  return body ? `${HEAD_START},${body}` : HEAD_START;
}
const linkSuffix = (prevHash: string, hash: string) => `,"prevHash":"${prevHash}","hash":"${hash}"}`;
const SUFFIX_LENGTH = linkSuffix(GENESIS_HASH, GENESIS_HASH).length;

/** An event's row as a store keeps it: data and metadata as the JSON text written. */
export interface StoredEvent {
  id: string;
  position: number;
  stream: string;
  revision: number;
  type: string;
  recordedAt: string;
  data: string;
  metadata: string;
}

/**
 * Format 3: SHA-256 over the fields that are not JSON (as a JSON array, which delimits them, with
 * the head's length so that no byte can move between head and data) followed by the stored
 * metadata head and the stored data.
 */
function storedLinkHash(event: Omit<StoredEvent, 'metadata'> & { metadataHead: string }, prevHash: string): string {
  const fields = [3, prevHash, event.id, event.position, event.stream, event.revision, event.type, event.recordedAt];
  // One string and the one-shot hash: creating a Hash object per event cost more than the hashing.
  return oneShotHash('sha256', `${JSON.stringify([...fields, event.metadataHead.length])}${event.metadataHead}${event.data}`);
}

/**
 * The text to store for an event's data and metadata: the bytes its link covers (written once
 * here, never recomputed by a verifier that reads the store).
 */
export function storedText(event: ChainedFields): { data: string; metadata: string } {
  const data = event.stored ? event.stored.data : event.data;
  const link = typeof event.metadata.hash === 'string' ? linkSuffix(event.metadata.prevHash as string, event.metadata.hash) : '}';
  return { data: canonicalize(data) ?? 'null', metadata: metadataHead(event.metadata) + link };
}

/** The metadata to store (the caller's, plus the link format and the link to the previous event) and the text of both. */
export function chainMetadata(
  event: ChainedFields,
  prevHash: string,
  head = metadataHead(event.metadata),
): { metadata: EventMetadata; text: { data: string; metadata: string } } {
  const data = canonicalize(event.data) ?? 'null';
  const hash = storedLinkHash({ ...event, data, metadataHead: head }, prevHash);
  return {
    metadata: { ...callerMetadata(event.metadata), linkFormat: LINK_FORMAT, prevHash, hash },
    text: { data, metadata: head + linkSuffix(prevHash, hash) },
  };
}

/** Whether a row's stored metadata is in the one link format: how a store tells an old log at open (see StoreNeedsUpgradeError). */
export function inLinkFormat(storedMetadata: string): boolean {
  return storedMetadata.startsWith(`${HEAD_START},`) && storedMetadata.length > SUFFIX_LENGTH;
}

/** The link a stored row carries (read from its bytes, no parse), for a verifier that starts right after it; null when it carries none. */
export function storedLink(row: Pick<StoredEvent, 'metadata'>): string | null {
  return inLinkFormat(row.metadata) ? row.metadata.slice(-66, -2) : null;
}

export const EMPTY_CHAIN: ChainHead = { position: 0, hash: GENESIS_HASH };

export interface ChainedEvent extends EventToAppend {
  stream: string;
  position: number;
  revision: number;
  recordedAt: string;
  /** The data and metadata as JSON text to store, when chained here: the very bytes the link covers. */
  text?: { data: string; metadata: string };
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
  // The events of one command share their metadata object: its text is written once per batch.
  const heads = new Map<EventMetadata, string>();
  const headOf = (metadata: EventMetadata) => heads.get(metadata) ?? heads.set(metadata, metadataHead(metadata)).get(metadata)!;
  const chained = events.map((event) => {
    revision += 1;
    position += 1;
    const { metadata, text } = chainMetadata(
      { id: event.id, position, stream, revision, type: event.type, recordedAt, metadata: event.metadata, data: event.data },
      hash,
      headOf(event.metadata),
    );
    hash = metadata.hash as string;
    return { ...event, metadata, text, stream, position, revision, recordedAt };
  });
  return { events: chained, head: { position, hash } };
}

/**
 * Checks events in log order, one at a time, so a verifier can stream a store or an export of any
 * size. `check` returns the first break, if any; `head` is the last verified link. A verifier can
 * start in the middle of a log, after a link it trusts.
 */
export class ChainVerifier {
  private expectedPosition: number;
  private prevHash: string;
  checked = 0;

  constructor(start: ChainHead = EMPTY_CHAIN) {
    this.expectedPosition = start.position + 1;
    this.prevHash = start.hash;
  }

  get head(): ChainHead {
    return { position: this.expectedPosition - 1, hash: this.prevHash };
  }

  /** An event as read (parsed). One in an older link format does not hash alike, so it is reported as edited. */
  check(event: RecordedEvent): ChainBreak | null {
    const position = this.expectedPosition;
    const misplaced = this.misplaced(event.position);
    if (misplaced) return misplaced;
    if (event.metadata.prevHash !== this.prevHash)
      return { position, problem: 'PREVIOUS_HASH_MISMATCH', message: `sự kiện ở vị trí ${position} không nối với sự kiện trước nó` };
    if (event.metadata.linkFormat !== LINK_FORMAT || event.metadata.hash !== linkHash(event, this.prevHash)) return tampered(position);
    this.advance(event.metadata.hash);
    return null;
  }

  /**
   * The same check on a row as stored. A row whose link holds is verified from its bytes alone:
   * no JSON parse, no canonical form. A row that does not hold is parsed and checked as `check`
   * does, so both report the same break.
   */
  checkStored(row: StoredEvent): ChainBreak | null {
    const { metadata } = row;
    if (row.position === this.expectedPosition && inLinkFormat(metadata)) {
      const link = metadata.slice(-66, -2);
      const head = metadata.slice(0, -SUFFIX_LENGTH);
      if (metadata.endsWith(linkSuffix(this.prevHash, link)) && storedLinkHash({ ...row, metadataHead: head }, this.prevHash) === link) {
        this.advance(link);
        return null;
      }
    }
    let event: RecordedEvent;
    try {
      event = { ...row, data: JSON.parse(row.data), metadata: JSON.parse(metadata) as EventMetadata };
    } catch {
      return this.misplaced(row.position) ?? tampered(row.position);
    }
    return this.check(event);
  }

  /** The break when the log ends before `to` although events follow at `next` (a verifier that stops at a bound). */
  gapBefore(next: number): ChainBreak | null {
    return this.misplaced(next);
  }

  private misplaced(at: number): ChainBreak | null {
    const position = this.expectedPosition;
    if (at < position)
      return { position: at, problem: 'OUT_OF_ORDER', message: `sự kiện ở vị trí ${at} nằm sau vị trí ${position - 1} (sai thứ tự)` };
    if (at > position)
      return { position, problem: 'MISSING_EVENT', message: `thiếu sự kiện ở vị trí ${position} (sự kiện kế tiếp ở vị trí ${at})` };
    return null;
  }

  private advance(hash: string): void {
    this.prevHash = hash;
    this.expectedPosition += 1;
    this.checked += 1;
  }
}

const tampered = (position: number): ChainBreak => ({
  position,
  problem: 'HASH_MISMATCH',
  message: `sự kiện ở vị trí ${position} đã bị sửa sau khi ghi`,
});

export function throwOnBreak(broken: ChainBreak | null): void {
  if (broken) throw new ChainBrokenError(broken.position, broken.message);
}
