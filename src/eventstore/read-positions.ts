import type { EventStore, RecordedEvent } from './port';

/** The event at one log position, or undefined when the log has none there. */
export async function eventAt(store: Pick<EventStore, 'readAll'>, position: number): Promise<RecordedEvent | undefined> {
  const [event] = await store.readAll({ after: position - 1, maxCount: 1 });
  return event?.position === position ? event : undefined;
}

/** The events at the given log positions, in the order given (read models keep positions, the store keeps the events). */
export async function readPositions(store: EventStore, positions: number[]): Promise<RecordedEvent[]> {
  return (await Promise.all(positions.map((position) => eventAt(store, position)))) as RecordedEvent[];
}
