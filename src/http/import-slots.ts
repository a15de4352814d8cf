/**
 * Admission for score sheet imports: one at a time per caller, and at most `capacity` in all, so
 * uploads cannot pile up memory or starve other requests. A taken slot is given back exactly once.
 */
export class ImportSlots {
  private readonly running = new Set<string>();

  constructor(readonly capacity: number) {}

  /** A release function, or why not: the caller already has an import running, or all slots are taken. */
  take(callerId: string): (() => void) | 'CALLER_BUSY' | 'FULL' {
    if (this.running.has(callerId)) return 'CALLER_BUSY';
    if (this.running.size >= this.capacity) return 'FULL';
    this.running.add(callerId);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running.delete(callerId);
    };
  }
}
