import type { EventStore, RecordedEvent } from '../eventstore/port';
import { CHECKPOINT_STREAM, type SignedCheckpoint } from './checkpoint';

/** A signed checkpoint as published: the claim and signature, and where it sits in the checkpoint stream and the log. */
export interface PublishedCheckpoint extends SignedCheckpoint {
  /** Its number in the checkpoint stream: the cursor for `?after=` and the feed's event id. */
  revision: number;
  /** The log position of the checkpoint event itself (it lands after the position it signs). */
  loggedAt: number;
}

export const published = (event: RecordedEvent): PublishedCheckpoint => ({
  ...(event.data as SignedCheckpoint),
  revision: event.revision,
  loggedAt: event.position,
});

/** The checkpoints after a cursor, or, when the log holds no checkpoint of that number, the newest it holds (-1: none). */
export type AfterCursor = { checkpoints: RecordedEvent[] } | { ahead: { latestRevision: number } };

/**
 * Reads the checkpoints after `after` (-1: from the first). A cursor is the revision of a
 * checkpoint its client received, so the log must still hold it: when it does not, the log was
 * restored from an older copy or cut, and the caller is told so instead of waiting for
 * checkpoints that will be numbered from where the log now ends.
 */
export async function checkpointsAfter(store: Pick<EventStore, 'readStream'>, after: number): Promise<AfterCursor> {
  if (after < 0) return { checkpoints: await store.readStream(CHECKPOINT_STREAM) };
  const [cursor, ...checkpoints] = await store.readStream(CHECKPOINT_STREAM, after);
  if (cursor) return { checkpoints };
  return { ahead: { latestRevision: (await store.readStream(CHECKPOINT_STREAM)).at(-1)?.revision ?? -1 } };
}
