/** One value of a key and the log position (and time) at which it became so. */
export interface Version<T> {
  position: number;
  value: T;
}

/**
 * The values a read-model key has taken, in log order. Answering "as known at position p" is a
 * binary search, so its cost grows with the log of this key's changes, never with the log's length.
 * Values are treated as immutable: each change stores a new one.
 */
export class History<T> {
  private readonly versions: Version<T>[] = [];

  set(position: number, value: T): void {
    const last = this.versions[this.versions.length - 1];
    if (last && last.position === position) last.value = value;
    else this.versions.push({ position, value });
  }

  current(): T | undefined {
    return this.versions[this.versions.length - 1]?.value;
  }

  /** The value as it was once the event at `position` had been applied; undefined if it did not exist yet. */
  at(position: number): T | undefined {
    let low = 0;
    let high = this.versions.length - 1;
    let found: T | undefined;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (this.versions[mid].position <= position) {
        found = this.versions[mid].value;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  /** Every version, oldest first. */
  all(): readonly Version<T>[] {
    return this.versions;
  }
}

/** Where a read asks to stand in the log: the latest state, or as it was at a position. */
export type At = number | 'current';

export function read<T>(history: History<T> | undefined, at: At): T | undefined {
  if (!history) return undefined;
  return at === 'current' ? history.current() : history.at(at);
}

/** Sets a new version derived from the current one; a change to a key never created is ignored, not invented. */
export function changeCurrent<T>(history: History<T> | undefined, at: number, change: (value: T) => T): void {
  const current = history?.current();
  if (history && current !== undefined) history.set(at, change(current));
}

export function historyOf<K, T>(map: Map<K, History<T>>, key: K): History<T> {
  let history = map.get(key);
  if (!history) map.set(key, (history = new History<T>()));
  return history;
}

/** The set kept under `key` in an index, created empty on first use. */
export function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set<V>()));
  return set;
}
