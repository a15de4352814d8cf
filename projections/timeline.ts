import type { RecordedEvent } from '../src/eventstore/port';
import type { Projection } from './projection';

/**
 * Maps recorded time to log position, so "as known at 24/02/2023" becomes "as of position p" and
 * every other read model answers by position. One entry per distinct millisecond, searched in
 * O(log n). It also knows which positions one write (one command's append, possibly across
 * streams) spans, so a read never stands inside a write.
 */
export class TimelineProjection implements Projection {
  readonly name = 'timeline';
  private times: number[] = [];
  private positions: number[] = [];
  /** First and last position of each write of more than one event, flattened, in log order. */
  private spans: number[] = [];
  private lastWrite = { commandId: '', recordedAt: '', first: 0 };

  apply(event: RecordedEvent): void {
    this.noteWrite(event);
    const time = Date.parse(event.recordedAt);
    const last = this.times.length - 1;
    // Clocks can step back; the log order is the truth, so a time never moves the index backwards.
    if (last >= 0 && time <= this.times[last]) this.positions[last] = event.position;
    else {
      this.times.push(time);
      this.positions.push(event.position);
    }
  }

  /** Events of one write share the command id and the commit time, and are consecutive in the log. */
  private noteWrite(event: RecordedEvent): void {
    const commandId = typeof event.metadata.commandId === 'string' ? event.metadata.commandId : '';
    const last = this.lastWrite;
    if (commandId !== '' && commandId === last.commandId && event.recordedAt === last.recordedAt) {
      const n = this.spans.length;
      if (n > 0 && this.spans[n - 2] === last.first) this.spans[n - 1] = event.position;
      else this.spans.push(last.first, event.position);
      return;
    }
    this.lastWrite = { commandId, recordedAt: event.recordedAt, first: event.position };
  }

  /**
   * The position a read asked for at `position` stands at: `position` itself, or, when it falls
   * inside a write of several events, the position before that write (nothing after the asked
   * position is shown, and no write is shown in part).
   */
  wholeWritesAt(position: number): number {
    let low = 0;
    let high = this.spans.length / 2 - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const first = this.spans[2 * mid];
      const last = this.spans[2 * mid + 1];
      if (position < first) high = mid - 1;
      else if (position >= last) low = mid + 1;
      else return first - 1;
    }
    return position;
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
