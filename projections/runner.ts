import { ChainVerifier, GENESIS_HASH, throwOnBreak, type ChainHead } from '../src/eventstore/chain';
import type { EventStore, RecordedEvent, Subscription } from '../src/eventstore/port';
import type { Projection } from './projection';

/** The read models could not reach a position in time: the answer would miss the caller's own write. */
export class ReadModelLagError extends Error {
  readonly code = 'READ_MODEL_LAGGING';
  constructor(
    readonly wanted: number,
    readonly reached: number,
  ) {
    super(`Dữ liệu đọc chưa cập nhật kịp (mới đến vị trí ${reached}, cần ${wanted}); hãy thử lại sau giây lát.`);
    this.name = 'ReadModelLagError';
  }
}

/** A projection threw: its read model stopped where it was, and queries must not pretend otherwise. */
export class ReadModelFailedError extends Error {
  readonly code = 'READ_MODEL_FAILED';
  constructor(override readonly cause: unknown) {
    super('Dữ liệu đọc đã dừng cập nhật do lỗi nội bộ; hãy báo cho quản trị viên.');
    this.name = 'ReadModelFailedError';
  }
}

/**
 * The start-up check of the audit chain, still running: it covers the log up to at least
 * `checkedUpTo` (the head when it began), and resolves with the head it verified (null when it
 * found problems, and the service refuses writes instead).
 */
export interface PendingCheck {
  checkedUpTo: number;
  verifiedHead: Promise<ChainHead | null>;
}

interface Waiter {
  position: number;
  resolve: () => void;
}

/**
 * Feeds projections from the store's global log and tracks the checkpoint: the position of the
 * last event every projection has applied.
 */
export class ProjectionRunner {
  private subscription: Subscription | null = null;
  private waiters: Waiter[] = [];
  private position = 0;
  private hash = GENESIS_HASH;
  private failure: ReadModelFailedError | null = null;
  private readonly observers: ((event: RecordedEvent) => void)[] = [];
  private verifier: ChainVerifier | null = null;
  /** While the start-up check runs: events past what it covers wait for the head it verified. */
  private pendingCheck: PendingCheck | null = null;

  /**
   * With `verifiedHead`, every event after it is checked against the audit chain before any read
   * model sees it: what a replica does with events other processes wrote. A break stops the
   * read models there (ReadModelFailedError whose cause is a ChainBrokenError). Given as a
   * check still running, the replay of what it covers goes on meanwhile.
   */
  constructor(
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    private readonly onFailure: (error: ReadModelFailedError) => void = () => undefined,
    verifiedHead?: ChainHead | PendingCheck,
  ) {
    if (verifiedHead && 'verifiedHead' in verifiedHead) {
      this.pendingCheck = verifiedHead;
      // Whoever started the check answers for its failure; here it only stops the read models.
      verifiedHead.verifiedHead.then(
        (head) => this.verifyAfter(head),
        () => undefined,
      );
    } else this.verifyAfter(verifiedHead ?? null);
  }

  private verifyAfter(head: ChainHead | null): void {
    this.verifier = head ? new ChainVerifier(head) : null;
    this.pendingCheck = null;
  }

  get checkpoint(): number {
    return this.position;
  }

  /** The last event applied, with its chain hash: what a snapshot of the read models is taken at. */
  get head(): ChainHead {
    return { position: this.position, hash: this.hash };
  }

  get failed(): boolean {
    return this.failure !== null;
  }

  /** Before `start`: the read models already hold everything up to `head` (restored from a snapshot). */
  resumeFrom(head: ChainHead): void {
    this.position = head.position;
    this.hash = head.hash;
  }

  /** Starts following the log from the checkpoint; resolves once the events stored at start are applied. */
  async start(): Promise<void> {
    const head = await this.store.headPosition();
    this.subscription = this.store.subscribeToAll(
      this.position,
      (event) => {
        const check = this.pendingCheck;
        if (check && event.position > check.checkedUpTo) return check.verifiedHead.then(() => this.applyOne(event));
        this.applyOne(event);
      },
      (error) => {
        this.failure = new ReadModelFailedError(error);
        this.onFailure(this.failure);
        this.release();
      },
    );
    await this.waitFor(head, Number.POSITIVE_INFINITY);
  }

  private applyOne(event: RecordedEvent): void {
    if (this.verifier && event.position > this.verifier.head.position) throwOnBreak(this.verifier.check(event));
    for (const projection of this.projections) projection.apply(event);
    for (const observer of this.observers) observer(event);
    this.position = event.position;
    this.hash = event.metadata.hash as string;
    this.release();
  }

  /** Calls `observer` with every event after the read models applied it (metrics, not read models). */
  observe(observer: (event: RecordedEvent) => void): void {
    this.observers.push(observer);
  }

  /** Resolves once the read models include `position`; rejects after `timeoutMs` or when they failed. */
  waitFor(position: number, timeoutMs: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.position >= position) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer =
        timeoutMs === Number.POSITIVE_INFINITY
          ? null
          : setTimeout(() => {
              this.waiters = this.waiters.filter((w) => w !== waiter);
              reject(new ReadModelLagError(position, this.position));
            }, timeoutMs);
      const waiter: Waiter = {
        position,
        resolve: () => {
          if (timer) clearTimeout(timer);
          if (this.failure) reject(this.failure);
          else resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    this.subscription = null;
  }

  private release(): void {
    // Called after every event: during a rebuild nobody waits, and this must cost nothing.
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((w) => this.failure || w.position <= this.position);
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve();
  }
}
