import type { CacheStats } from '../kernel/cache-stats';

/** Beyond this many actors, the writes the read models have already applied are forgotten. */
const TRIM_ABOVE = 10_000;
const BYTES_PER_ACTOR = 128;

/**
 * The position of each caller's last write on this replica, for read-your-writes. An entry matters
 * only until the read models have applied its position, so the map is trimmed of those: it holds
 * at most the actors whose writes are still in flight, plus up to TRIM_ABOVE recent ones.
 */
export class LastWrites {
  private readonly positions = new Map<string, number>();
  /**
   * The size that starts the next trim: twice what the last trim kept, at least TRIM_ABOVE. When
   * the read models lag behind many writers, a trim keeps most entries, and trimming again at the
   * next write would scan them all for every write.
   */
  private trimAt = TRIM_ABOVE;

  constructor(private readonly applied: () => number) {}

  wrote(actorId: string, position: number): void {
    this.positions.set(actorId, Math.max(position, this.positions.get(actorId) ?? 0));
    if (this.positions.size > this.trimAt) this.trim();
  }

  /** The position the read models must reach before this actor reads. */
  of(actorId: string): number {
    return this.positions.get(actorId) ?? 0;
  }

  private trim(): void {
    const applied = this.applied();
    for (const [actorId, position] of this.positions) if (position <= applied) this.positions.delete(actorId);
    this.trimAt = Math.max(TRIM_ABOVE, 2 * this.positions.size);
  }

  stats(): CacheStats {
    return { entries: this.positions.size, bytes: this.positions.size * BYTES_PER_ACTOR };
  }
}
