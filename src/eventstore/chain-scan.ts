import { ChainVerifier, EMPTY_CHAIN, storedLink, type ChainHead, type ChainScan, type StoredEvent } from './chain';
import type { EventRow } from './event-row';

/** One part of a scan: the links in (from.position, to], given the link at `from`. */
export interface ScanRange {
  from: ChainHead;
  to: number;
  checkpointType: string;
  keptPositions: number[];
}

/**
 * Verifies the rows of one range, in order, from their stored bytes (`ChainVerifier.checkStored`),
 * whichever store they come from. It needs nothing from the rows before it but the link at its
 * start, so ranges can be verified apart (in worker threads).
 */
export class RangeScan {
  private readonly verifier: ChainVerifier;
  private readonly kept: Set<number>;
  private readonly scan: ChainScan;

  constructor(private readonly range: ScanRange) {
    this.verifier = new ChainVerifier(range.from);
    this.kept = new Set(range.keptPositions);
    this.scan = { firstBreak: null, checked: 0, head: range.from, checkpoints: [], links: [] };
  }

  /** Checks the next row; false once the chain broke (the rows after it are not looked at). */
  take([position, id, stream, revision, type, data, metadata, recordedAt]: EventRow): boolean {
    this.scan.firstBreak = this.verifier.checkStored({ position, id, stream, revision, type, data, metadata, recordedAt });
    if (this.scan.firstBreak) return false;
    if (type === this.range.checkpointType)
      this.scan.checkpoints.push({ position, hash: this.verifier.head.hash, data: JSON.parse(data) as unknown });
    if (this.kept.has(position)) this.scan.links.push([position, this.verifier.head.hash]);
    return true;
  }

  /** Where the rows taken ended; below `to` the store is asked for the next position after it (a gap, or none). */
  get head(): number {
    return this.verifier.head.position;
  }

  get complete(): boolean {
    return this.scan.firstBreak !== null || this.verifier.head.position >= this.range.to;
  }

  /** The range's scan, given the first position stored after the rows taken, if `complete` was false. */
  finish(nextPosition: number | null = null): ChainScan {
    if (!this.complete && nextPosition !== null) this.scan.firstBreak = this.verifier.gapBefore(nextPosition);
    return { ...this.scan, checked: this.verifier.checked, head: this.verifier.head };
  }
}

/**
 * The link a range after `position` starts from: the trusted start, or the row at `position` as
 * stored (`row` is asked for it only then). Null when that row is missing or unreadable: the range
 * before it then reports it, first.
 */
export function linkBefore(position: number, start: ChainHead | undefined, row: () => StoredEvent | undefined): ScanRange['from'] | null {
  if (position === (start?.position ?? 0)) return start ?? EMPTY_CHAIN;
  const stored = row();
  // A row whose link cannot be read (edited): the range before it reports it.
  const hash = stored ? storedLink(stored) : null;
  return hash ? { position, hash } : null;
}

/** The ranges' scans, in log order, as one scan of them all: up to the first break. */
export function joinScans(scans: (ChainScan | null)[], start: ChainHead | undefined): ChainScan {
  const joined: ChainScan = { firstBreak: null, checked: 0, head: start ?? EMPTY_CHAIN, checkpoints: [], links: [] };
  for (const scan of scans) {
    // A range whose start row is missing: the one before it has reported the gap.
    if (!scan) break;
    joined.checked += scan.checked;
    joined.head = scan.head;
    joined.checkpoints.push(...scan.checkpoints);
    joined.links.push(...scan.links);
    joined.firstBreak = scan.firstBreak;
    if (scan.firstBreak) break;
  }
  return joined;
}

/** `count` ranges of about equal length covering (after, to]. */
export function split(after: number, to: number, count: number): [number, number][] {
  const size = Math.ceil((to - after) / count);
  return Array.from({ length: count }, (_, i): [number, number] => [after + i * size, Math.min(to, after + (i + 1) * size)]).filter(
    ([from, end]) => end > from,
  );
}
