import { LRUCache } from 'lru-cache';
import type { CacheStats } from '../../src/kernel/cache-stats';
import type { CriteriaSetVersion } from '../../src/catalogue/domain/criteria/criteria-set';
import type { RankedUnit } from '../../src/scorecard/domain/rank';

export interface Ranking {
  criteriaSet: CriteriaSetVersion;
  finalized: boolean;
  units: RankedUnit[];
}

/** Approximate bytes of one kept ranking: its units and their totals per stage. */
const rankingBytes = (ranking: Ranking | null) => 256 + (ranking?.units.length ?? 0) * 512;

/**
 * Rankings already computed, by cluster year and position: the answer at a position never changes.
 * Owned by the read models it is computed from, and dropped with them.
 */
export class RankingMemo {
  private readonly kept = new LRUCache<string, { ranking: Ranking | null }>({
    max: 2048,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: ({ ranking }) => rankingBytes(ranking),
  });

  get(key: string, compute: () => Ranking | null): Ranking | null {
    const kept = this.kept.get(key);
    if (kept) return kept.ranking;
    const ranking = compute();
    this.kept.set(key, { ranking });
    return ranking;
  }

  stats(): CacheStats {
    return { entries: this.kept.size, bytes: this.kept.calculatedSize };
  }
}
