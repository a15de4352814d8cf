import type { RecordedEvent } from '../../src/eventstore/port';
import { TimelineProjection } from '../../projections/timeline';

const event = (position: number, commandId: string, recordedAt: string): RecordedEvent => ({
  id: `e${position}`,
  type: 'T',
  data: {},
  metadata: { commandId },
  stream: 's',
  revision: position,
  position,
  recordedAt,
});

describe('timeline: the writes a position falls in', () => {
  const timeline = new TimelineProjection();
  // 1: one event; 2-4: one write of three events (a merge); 5: another command in the same millisecond; 6-7: a write of two.
  [
    event(1, 'a', '2025-07-01T01:00:00.000Z'),
    event(2, 'merge', '2025-07-01T01:00:00.001Z'),
    event(3, 'merge', '2025-07-01T01:00:00.001Z'),
    event(4, 'merge', '2025-07-01T01:00:00.001Z'),
    event(5, 'b', '2025-07-01T01:00:00.001Z'),
    event(6, 'c', '2025-07-01T01:00:00.002Z'),
    event(7, 'c', '2025-07-01T01:00:00.002Z'),
  ].forEach((e) => timeline.apply(e));

  it('answers a position inside a write with the position before it, and the others as they are', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((p) => timeline.wholeWritesAt(p))).toEqual([0, 1, 1, 1, 4, 5, 5, 7, 8]);
  });

  it('answers a time with the last event recorded by then', () => {
    expect(timeline.positionAt(Date.parse('2025-07-01T01:00:00.001Z'))).toBe(5);
  });
});
