import type Database from 'better-sqlite3';
import { COLUMNS, type EventRow } from '../event-row';
import { ChainVerifier, EMPTY_CHAIN, storedLink, type ChainHead, type ChainScan, type StoredEvent } from '../chain';

// The last column named as StoredEvent names it, for the reads in object mode; raw rows ignore the alias.
const ROW = `${COLUMNS} AS recordedAt`;

/** One part of a scan: the links in (from.position, to], given the link at `from`. */
export interface ScanRange {
  from: ChainHead & { format: number };
  to: number;
  checkpointType: string;
  keptPositions: number[];
}

/**
 * Verifies the rows of one range from their stored bytes (`ChainVerifier.checkStored`). It needs
 * nothing from the rows before it but the link at its start, so ranges can be verified apart.
 */
export function scanRange(db: Database.Database, range: ScanRange): ChainScan {
  const verifier = new ChainVerifier(range.from, range.from.format);
  const kept = new Set(range.keptPositions);
  const scan: ChainScan = { firstBreak: null, checked: 0, head: range.from, checkpoints: [], links: [] };
  // Arrays come out of SQLite about twice as fast as objects (better-sqlite3's raw mode).
  const rows = db
    .prepare<[number, number], EventRow>(`SELECT ${ROW} FROM events WHERE position > ? AND position <= ? ORDER BY position`)
    .raw();
  for (const [position, id, stream, revision, type, data, metadata, recordedAt] of rows.iterate(range.from.position, range.to)) {
    const row = { position, id, stream, revision, type, data, metadata, recordedAt };
    scan.firstBreak = verifier.checkStored(row);
    if (scan.firstBreak) break;
    if (row.type === range.checkpointType)
      scan.checkpoints.push({ position: row.position, hash: verifier.head.hash, data: JSON.parse(row.data) as unknown });
    if (kept.has(row.position)) scan.links.push([row.position, verifier.head.hash]);
  }
  if (!scan.firstBreak && verifier.head.position < range.to) {
    const next = db
      .prepare<[number], { position: number }>('SELECT MIN(position) AS position FROM events WHERE position > ?')
      .get(verifier.head.position);
    if (next?.position) scan.firstBreak = verifier.gapBefore(next.position);
  }
  return { ...scan, checked: verifier.checked, head: verifier.head };
}

/**
 * The link a range after `position` starts from: the trusted start, or the row at `position` as
 * stored. Null when that row is missing or unreadable: the range before it then reports it, first.
 */
export function linkBefore(db: Database.Database, position: number, start: ChainHead | undefined): ScanRange['from'] | null {
  if (position === (start?.position ?? 0)) return { ...(start ?? EMPTY_CHAIN), format: 1 };
  const row = db.prepare<[number], StoredEvent>(`SELECT ${ROW} FROM events WHERE position = ?`).get(position);
  try {
    return row ? { position, ...storedLink(row) } : null;
  } catch {
    // Metadata that no longer parses: the range before it reports the row as edited.
    return null;
  }
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
