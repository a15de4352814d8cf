import { setTimeout as sleep } from 'node:timers/promises';

/** Who runs an import: what the log names when one is abandoned. */
export interface ImportCaller {
  callerId: string;
  correlationId: string;
  requestId: string;
}

/** The reason an import's signal gives when a stop cancels it. */
export class ImportCancelledError extends Error {
  constructor() {
    super('the service is stopping');
    this.name = 'ImportCancelledError';
  }
}

/** An admitted import: its cancellation signal; `begin` marks its work started and answers the function that marks it ended. */
export interface ImportSlot {
  signal: AbortSignal;
  begin(): () => void;
  /** The import answered that it was cancelled, nothing of it recorded: a stop abandoned it. */
  abandoned(): void;
}

interface Running extends ImportCaller {
  controller: AbortController;
  /** Settles when the import's work has ended (or, for one whose work never began, when its answer is closed). */
  ended: Promise<void>;
  abandoned: boolean;
}

/**
 * Admission for score sheet imports: one at a time per caller, and at most `capacity` in all, so
 * uploads cannot pile up memory or starve other requests. A place is given back once the answer
 * is closed and the import's work has ended, whichever comes last: a caller who hangs up does not
 * free a place while its import still runs. A stop drains them (drain).
 */
export class ImportSlots {
  private readonly running = new Map<string, Running>();

  constructor(readonly capacity: number) {}

  /** A slot, or why not: the caller already has an import running, or all places are taken. `onClosed` registers for the answer's close. */
  take(caller: ImportCaller, onClosed: (listener: () => void) => void): ImportSlot | 'CALLER_BUSY' | 'FULL' {
    if (this.running.has(caller.callerId)) return 'CALLER_BUSY';
    if (this.running.size >= this.capacity) return 'FULL';
    let end!: () => void;
    const entry: Running = {
      ...caller,
      controller: new AbortController(),
      ended: new Promise((resolve) => (end = resolve)),
      abandoned: false,
    };
    this.running.set(caller.callerId, entry);
    let began = false;
    onClosed(() => {
      if (!began) end();
      void entry.ended.then(() => {
        if (this.running.get(caller.callerId) === entry) this.running.delete(caller.callerId);
      });
    });
    return {
      signal: entry.controller.signal,
      begin: () => {
        began = true;
        return end;
      },
      abandoned: () => {
        entry.abandoned = true;
      },
    };
  }

  /**
   * Lets the imports in flight finish until `deadline` (ms since the epoch), then cancels those
   * still running (an import cancels before its write, never during it) and waits for them to
   * answer. Answers the imports abandoned: cancelled, with nothing of them recorded.
   */
  async drain(deadline: number): Promise<ImportCaller[]> {
    const inFlight = [...this.running.values()];
    const early = new AbortController();
    await Promise.race([
      Promise.all(inFlight.map((entry) => entry.ended)),
      sleep(Math.max(0, deadline - Date.now()), undefined, { signal: early.signal }).catch(() => undefined),
    ]);
    early.abort();
    for (const entry of inFlight) entry.controller.abort(new ImportCancelledError());
    await Promise.all(inFlight.map((entry) => entry.ended));
    return inFlight
      .filter((entry) => entry.abandoned)
      .map(({ callerId, correlationId, requestId }) => ({ callerId, correlationId, requestId }));
  }
}
