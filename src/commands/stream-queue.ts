import type { EventStore } from '../eventstore/port';

// The last piece of work queued for each stream of each store; dropped once it settles with nothing behind it.
const tails = new WeakMap<EventStore, Map<string, Promise<void>>>();

/**
 * Runs `work` once every earlier piece of work queued for the same stream of the same store has
 * settled. Commands of one process on one stream then follow each other instead of racing for the
 * same expected revision; only writers in other processes can still conflict.
 */
export function inStreamOrder<T>(store: EventStore, stream: string, work: () => Promise<T>): Promise<T> {
  let byStream = tails.get(store);
  if (!byStream) {
    byStream = new Map();
    tails.set(store, byStream);
  }
  const previous = byStream.get(stream);
  const result = previous ? previous.then(work) : work();
  const release = () => {
    if (byStream.get(stream) === tail) byStream.delete(stream);
  };
  const tail: Promise<void> = result.then(release, release);
  byStream.set(stream, tail);
  return result;
}
