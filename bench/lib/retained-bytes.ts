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
    // Typed arrays keep their data outside V8's heap, in array buffers.
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  // Names first, and released by truncating the array: no local of this frame may still point at the
  // object being measured (an interpreter register holding it would hide its bytes until the next step).
  const names = held.map(nameOf);
  const sizes: [string, number][] = [];
  let before = used();
  for (let i = held.length - 1; i >= 0; i -= 1) {
    held.length = i;
    const after = used();
    sizes.push([names[i], before - after]);
    before = after;
  }
  return sizes.reverse();
}
