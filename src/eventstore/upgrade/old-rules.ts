import { canonicalSha256, GENESIS_HASH, linkHash } from '../chain';
import type { ChainBreak, ChainHead } from '../chain-types';
import type { EventMetadata, RecordedEvent } from '../port';

/**
 * The link formats written before the one the service knows, as their versions verified them:
 * format 1 covered everything recorded about an event except its id, format 2 the id too (both as
 * SHA-256 over the canonical JSON of the event object), format 3 is today's. The format is in the
 * metadata, which the link covers; a format older than the one before it is refused, so no event
 * can be moved back to an older format without changing its hash. Only the upgrade reads these.
 */
export const formatOf = (metadata: EventMetadata): 1 | 2 | 3 => (metadata.linkFormat === 3 ? 3 : metadata.linkFormat === 2 ? 2 : 1);

export function oldLinkHash(event: RecordedEvent, prevHash: string): string {
  const format = formatOf(event.metadata);
  if (format === 3) return linkHash(event, prevHash);
  const { prevHash: _prev, hash: _hash, ...metadata } = event.metadata;
  return canonicalSha256({
    ...(format === 2 ? { id: event.id } : {}),
    position: event.position,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    recordedAt: event.recordedAt,
    metadata,
    data: event.data,
    prevHash,
  });
}

/** Verifies a log of formats 1, 2 and 3 in order, as the versions that wrote them did: the first break, if any. */
export class OldRulesVerifier {
  private format = 1;
  private head: ChainHead = { position: 0, hash: GENESIS_HASH };

  get last(): ChainHead {
    return this.head;
  }

  check(event: RecordedEvent): ChainBreak | null {
    const position = this.head.position + 1;
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
    if (event.metadata.prevHash !== this.head.hash)
      return { position, problem: 'PREVIOUS_HASH_MISMATCH', message: `sự kiện ở vị trí ${position} không nối với sự kiện trước nó` };
    const format = formatOf(event.metadata);
    if (format < this.format)
      return {
        position,
        problem: 'HASH_MISMATCH',
        message: `sự kiện ở vị trí ${position} dùng định dạng liên kết cũ hơn các sự kiện trước nó`,
      };
    if (event.metadata.hash !== oldLinkHash(event, this.head.hash))
      return { position, problem: 'HASH_MISMATCH', message: `sự kiện ở vị trí ${position} đã bị sửa sau khi ghi` };
    this.format = format;
    this.head = { position, hash: event.metadata.hash };
    return null;
  }
}
