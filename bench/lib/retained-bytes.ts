/**
 * The heap each object keeps alive, measured by letting go of them one at a time and collecting:
 * what V8 frees when the last reference to one goes is what it retained. The caller hands over its
 * only references in `held` (emptied here). Needs node --expose-gc; null without it.
 */
export function retainedBytesEach<T extends object>(held: T[], nameOf: (item: T) => string): [string, number][] | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  const used = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const sizes: [string, number][] = [];
  let before = used();
  while (held.length > 0) {
    const name = nameOf(held.pop()!);
    const after = used();
    sizes.push([name, before - after]);
    before = after;
  }
  return sizes.reverse();
}
