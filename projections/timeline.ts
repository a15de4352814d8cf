import type { RecordedEvent } from '../src/eventstore/port';
import type { Projection } from './projection';

/**
 * Maps recorded time to log position, so "as known at 24/02/2023" becomes "as of position p" and
 * every other read model answers by position. One entry per distinct millisecond, searched in
 * O(log n).
 */
export class TimelineProjection implements Projection {
  readonly name = 'timeline';
  private times: number[] = [];
  private positions: number[] = [];

  apply(event: RecordedEvent): void {
    const time = Date.parse(event.recordedAt);
    const last = this.times.length - 1;
    // Clocks can step back; the log order is the truth, so a time never moves the index backwards.
    if (last >= 0 && time <= this.times[last]) this.positions[last] = event.position;
    else {
      this.times.push(time);
      this.positions.push(event.position);
    }
  }

  /** Position of the last event applied (0 before any). */
  get head(): number {
    return this.positions[this.positions.length - 1] ?? 0;
  }

  /** The last position recorded at or before `time` (ms since epoch); 0 when nothing was. */
  positionAt(time: number): number {
    let low = 0;
    let high = this.times.length - 1;
    let found = 0;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (this.times[mid] <= time) {
        found = this.positions[mid];
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }
}
