import type { ChainedEvent, ChainHead } from '../chain';

/** How many streams' last revisions a store remembers for the one-statement append (the oldest are forgotten first). */
const REVISIONS_KEPT = 50_000;

/**
 * Where this process believes the log and its streams end: the head as it last left it or saw it
 * under the lock, and streams' last revisions as it last wrote or read them. Only ever an
 * assumption, which the one-statement append checks under the head lock.
 */
export class KnownTails {
  head: ChainHead | null = null;
  private readonly revisions = new Map<string, number>();

  /** The streams' last revisions, when every one of them is known. */
  revisionsOf(streams: string[]): number[] | undefined {
    if (!streams.every((stream) => this.revisions.has(stream))) return undefined;
    return streams.map((stream) => this.revisions.get(stream)!);
  }

  /** What a committed write leaves: the new head, and its streams' last revisions as read and written under the lock. */
  remember(written: ChainedEvent[], head: ChainHead, last: Map<string, number>): void {
    const tip = written.at(-1);
    this.head = tip ? { position: tip.position, hash: tip.metadata.hash as string } : head;
    for (const [stream, revision] of last) this.note(stream, revision, true);
  }

  /** A stream's last revision as read (`exact` false: never lowers what a write of this process left) or as written. */
  note(stream: string, revision: number, exact: boolean): void {
    const known = this.revisions.get(stream);
    if (known !== undefined && !exact && known >= revision) return;
    this.revisions.delete(stream);
    this.revisions.set(stream, revision);
    if (this.revisions.size > REVISIONS_KEPT) this.revisions.delete(this.revisions.keys().next().value!);
  }
}
