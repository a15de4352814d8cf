import { setImmediate as turn } from 'node:timers/promises';
import { chainBatch, type ChainedEvent, type ChainHead } from './chain';
import type { EventToAppend } from './port';

/** Events numbered and linked between two turns of the event loop (a few milliseconds of hashing). */
export const LINKED_PER_TURN = 250;

/**
 * chainBatch a slice at a time, with a turn of the event loop between slices: a write of
 * thousands of events (a score sheet) is linked without holding every other caller meanwhile. A
 * batch of one slice is linked at once.
 */
export async function chainBatchInTurns(
  head: ChainHead,
  stream: string,
  lastRevision: number,
  recordedAt: string,
  events: EventToAppend[],
): Promise<{ events: ChainedEvent[]; head: ChainHead }> {
  const chained: ChainedEvent[] = [];
  let tip = head;
  for (let at = 0; at < events.length; at += LINKED_PER_TURN) {
    if (at > 0) await turn();
    const slice = chainBatch(tip, stream, lastRevision + at, recordedAt, events.slice(at, at + LINKED_PER_TURN));
    chained.push(...slice.events);
    tip = slice.head;
  }
  return { events: chained, head: tip };
}
