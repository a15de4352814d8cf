import type { RecordedEvent } from '../src/eventstore/port';

/** A read model fed from the global log, one event at a time, in log order. */
export interface Projection {
  readonly name: string;
  apply(event: RecordedEvent): void;
}
