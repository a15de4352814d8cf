import type { EventStore, RecordedEvent } from './port';

/** The events at the given log positions, in the order given (read models keep positions, the store keeps the events). */
export async function readPositions(store: EventStore, positions: number[]): Promise<RecordedEvent[]> {
  return Promise.all(positions.map(async (position) => (await store.readAll({ after: position - 1, maxCount: 1 }))[0]));
}
