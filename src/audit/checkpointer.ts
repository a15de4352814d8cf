import { v7 as timeOrderedUuid } from 'uuid';
import { WrongExpectedRevisionError } from '../eventstore/errors';
import type { EventStore, ExpectedState, RecordedEvent, Subscription } from '../eventstore/port';
import { CHECKPOINT_EVENT, CHECKPOINT_STREAM, signCheckpoint, type SignedCheckpoint } from './checkpoint';
import type { AuditKey } from './signing-key';

/** Events that close something an auditor will want pinned: a year's finalization. */
const MILESTONES = new Set(['ScoresFinalized']);

/**
 * Follows the log and appends a signed checkpoint every `every` events and after each year's
 * finalization, so an auditor can check the log against signatures made at the time.
 *
 * Every replica runs one; they follow the same log, and the append expects the checkpoint stream
 * as last seen, so when two replicas sign the same position only the first is kept.
 */
export class Checkpointer {
  private subscription: Subscription | null = null;
  private sinceLast = 0;
  private checkpointsSeen: ExpectedState = 'no_stream';

  constructor(
    private readonly store: EventStore,
    private readonly key: AuditKey,
    private readonly every: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  async start(): Promise<void> {
    const previous = (await this.store.readStream(CHECKPOINT_STREAM)).at(-1);
    if (previous) this.checkpointsSeen = previous.revision;
    const from = previous ? (previous.data as SignedCheckpoint).position : 0;
    this.subscription = this.store.subscribeToAll(from, (event) => this.observe(event), this.onError);
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    this.subscription = null;
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
    if (!milestone && this.sinceLast < this.every) return;
    const checkpoint = signCheckpoint(
      {
        position: event.position,
        headHash: event.metadata.hash as string,
        signedAt: new Date().toISOString(),
        trigger: milestone ? `${event.type} ${event.stream}` : `every ${this.every} events`,
      },
      this.key,
    );
    // Either way the count starts again here: a follower that lags the log by more than `every`
    // events must not try again at every event while its own checkpoint is still ahead of it.
    this.sinceLast = 0;
    try {
      const written = await this.store.append(
        CHECKPOINT_STREAM,
        [{ id: timeOrderedUuid(), type: CHECKPOINT_EVENT, data: checkpoint, metadata: { actor: { id: 'thidua-service', name: null, role: 'SYSTEM', unitId: null } } }],
        this.checkpointsSeen,
      );
      this.checkpointsSeen = written.nextRevision;
    } catch (error) {
      // Another replica signed first; its checkpoint arrives through the log.
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
  }
}
