import { v7 as timeOrderedUuid } from 'uuid';
import type { AnyDomainEvent } from '../domain/events';
import { StoreReadOnlyError, WrongExpectedRevisionError } from '../eventstore/errors';
import type { EventStore, ExpectedState, RecordedEvent, Subscription } from '../eventstore/port';
import { eventAt } from '../eventstore/read-positions';
import { CHECKPOINT_EVENT, CHECKPOINT_STREAM, signCheckpoint, type SignedCheckpoint } from './checkpoint';
import type { AuditKey } from './signing-key';

/** Events that close something an auditor will want pinned: a year's finalization. */
const MILESTONES: ReadonlySet<string> = new Set<AnyDomainEvent['type']>(['ScoresFinalized']);

/**
 * Follows the log and appends a signed checkpoint every `every` events, after each year's
 * finalization, and at most `withinMs` after any write, so an auditor can check the log against
 * signatures made at the time: the unsigned tail is bounded in count and in time.
 *
 * Every replica runs one; they follow the same log, and the append expects the checkpoint stream
 * as last seen, so when two replicas sign the same position only the first is kept.
 */
export class Checkpointer {
  private subscription: Subscription | null = null;
  private sinceLast = 0;
  private checkpointsSeen: ExpectedState = 'no_stream';
  /** Set from the first write the last checkpoint does not cover; fires a checkpoint at the head. */
  private deadline: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly key: AuditKey,
    private readonly every: number,
    private readonly onError: (error: unknown) => void,
    /** No bound in time when null (tools that generate a store). */
    private readonly withinMs: number | null = null,
  ) {}

  async start(): Promise<void> {
    const previous = (await this.store.readStream(CHECKPOINT_STREAM)).at(-1);
    if (previous) this.checkpointsSeen = previous.revision;
    const from = previous ? (previous.data as SignedCheckpoint).position : 0;
    this.subscription = this.store.subscribeToAll(from, (event) => this.observe(event), this.onError);
  }

  /** Stops following the log; with `signHead`, first signs the log's head (a graceful shutdown). */
  async stop(options: { signHead?: boolean } = {}): Promise<void> {
    this.clearDeadline();
    await this.subscription?.close();
    this.subscription = null;
    if (options.signHead) await this.signHead('shutdown');
  }

  private async observe(event: RecordedEvent): Promise<void> {
    if (event.type === CHECKPOINT_EVENT) {
      // Our own (already counted from when we signed) or an older one: nothing new.
      if (typeof this.checkpointsSeen === 'number' && event.revision <= this.checkpointsSeen) return;
      // Another replica's: count from the position it signed; the events between that position
      // and the checkpoint itself are not covered yet.
      this.checkpointsSeen = event.revision;
      this.sinceLast = event.position - 1 - (event.data as SignedCheckpoint).position;
      return;
    }
    this.sinceLast += 1;
    const milestone = MILESTONES.has(event.type);
    if (!milestone && this.sinceLast < this.every) return this.signWithinDeadline();
    // Either way the count starts again here: a follower that lags the log by more than `every`
    // events must not try again at every event while its own checkpoint is still ahead of it.
    this.sinceLast = 0;
    await this.sign(event, milestone ? `${event.type} ${event.stream}` : `every ${this.every} events`, this.checkpointsSeen);
  }

  private signWithinDeadline(): void {
    if (this.deadline || this.withinMs === null || !this.subscription) return;
    this.deadline = setTimeout(() => {
      this.deadline = null;
      this.sinceLast = 0;
      this.signHead(`within ${this.withinMs! / 1000} s of a write`).catch(this.onError);
    }, this.withinMs);
    // The service's server keeps the process alive; a tool that is done must not wait for this.
    this.deadline.unref();
  }

  private clearDeadline(): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
  }

  /**
   * Signs the head of the log when the last checkpoint does not cover it: at shutdown, so the
   * next start verifies the chain from there instead of from wherever a busy follower last signed;
   * and when a write has waited `withinMs` for a checkpoint.
   */
  private async signHead(trigger: string): Promise<void> {
    const head = await this.store.headPosition();
    const last = (await this.store.readStream(CHECKPOINT_STREAM)).at(-1);
    const signed = last ? (last.data as SignedCheckpoint).position : 0;
    // Covered already: the last checkpoint signs the head, or the head is that checkpoint and signs what came just before it.
    if (head === 0 || signed === head || (last?.position === head && signed === head - 1)) return;
    const event = (await eventAt(this.store, head))!;
    try {
      await this.sign(event, trigger, last ? last.revision : 'no_stream');
    } catch (error) {
      // A store found damaged at start-up refuses writes; it has nothing to sign for.
      if (!(error instanceof StoreReadOnlyError)) throw error;
    }
  }

  private async sign(event: RecordedEvent, trigger: string, expected: ExpectedState): Promise<void> {
    const checkpoint = signCheckpoint(
      { position: event.position, headHash: event.metadata.hash as string, signedAt: new Date().toISOString(), trigger },
      this.key,
    );
    try {
      const written = await this.store.append(
        CHECKPOINT_STREAM,
        [
          {
            id: timeOrderedUuid(),
            type: CHECKPOINT_EVENT,
            data: checkpoint,
            metadata: { actor: { id: 'thidua-service', name: null, role: 'SYSTEM', unitId: null } },
          },
        ],
        expected,
      );
      this.checkpointsSeen = written.nextRevision;
      this.clearDeadline();
    } catch (error) {
      // Another replica signed first; its checkpoint arrives through the log.
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
  }
}
