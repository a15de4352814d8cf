/** What a cache holds, for the metrics: how many entries and about how many bytes. */
export interface CacheStats {
  entries: number;
  bytes: number;
}
