import { TimelineProjection } from '../../projections/timeline';
import { specificationOf, type Given } from '../support/projection-specification';

const given = specificationOf(() => new TimelineProjection());

/** One event of the write `commandId`, committed at `recordedAt`. */
const write = (commandId: string, recordedAt: string): Given => ({
  type: 'PersonRegistered',
  data: { personId: `nguoi-${commandId}`, fullName: 'Nguyễn Văn An' },
  metadata: { commandId },
  recordedAt,
});
const at = (iso: string) => Date.parse(iso);

describe('TimelineProjection', () => {
  it('knows nothing before the first event: position 0 for any time, head 0', () =>
    given().then((timeline) => {
      expect(timeline.head).toBe(0);
      expect(timeline.positionAt(at('2030-01-01T00:00:00Z'))).toBe(0);
      expect(timeline.wholeWritesAt(5)).toBe(5);
    }));

  it('answers a time with the last position recorded at or before it', () =>
    given(
      write('a', '2023-02-24T01:00:00.000Z'),
      write('b', '2023-02-24T02:00:00.000Z'),
      write('c', '2023-02-24T02:00:00.000Z'),
      write('d', '2023-02-25T00:00:00.000Z'),
    ).then((timeline) => {
      expect(timeline.positionAt(at('2023-02-24T00:59:59.999Z'))).toBe(0);
      expect(timeline.positionAt(at('2023-02-24T01:00:00.000Z'))).toBe(1);
      // Two commits in one millisecond: the time stands for the later.
      expect(timeline.positionAt(at('2023-02-24T02:00:00.000Z'))).toBe(3);
      expect(timeline.positionAt(at('2023-02-24T23:59:59.999Z'))).toBe(3);
      expect(timeline.positionAt(at('2024-01-01T00:00:00.000Z'))).toBe(4);
      expect(timeline.head).toBe(4);
    }));

  it('a clock that steps back never moves a time backwards in the log: the late event counts from the latest time seen', () =>
    given(
      write('a', '2023-02-24T01:00:00.000Z'),
      write('b', '2023-02-24T03:00:00.000Z'),
      write('c', '2023-02-24T02:00:00.000Z'),
      write('d', '2023-02-24T04:00:00.000Z'),
    ).then((timeline) => {
      expect(timeline.positionAt(at('2023-02-24T02:30:00.000Z'))).toBe(1);
      expect(timeline.positionAt(at('2023-02-24T03:00:00.000Z'))).toBe(3);
      expect(timeline.head).toBe(4);
    }));

  it('a position inside a write of several events stands before that write; other positions stand as asked', () =>
    given(
      write('a', '2025-07-01T01:00:00.000Z'),
      write('merge', '2025-07-01T01:00:00.001Z'),
      write('merge', '2025-07-01T01:00:00.001Z'),
      write('merge', '2025-07-01T01:00:00.001Z'),
      write('b', '2025-07-01T01:00:00.001Z'),
      write('c', '2025-07-01T01:00:00.002Z'),
      write('c', '2025-07-01T01:00:00.002Z'),
    ).then((timeline) => {
      expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((p) => timeline.wholeWritesAt(p))).toEqual([0, 1, 1, 1, 4, 5, 5, 7, 8]);
    }));

  it('one command id committed twice (a retry, another commit time) is two writes, and events without a command id are writes of their own', () =>
    given(
      write('retry', '2025-07-01T01:00:00.000Z'),
      write('retry', '2025-07-01T01:00:00.005Z'),
      write('', '2025-07-01T01:00:00.006Z'),
      write('', '2025-07-01T01:00:00.006Z'),
    ).then((timeline) => {
      expect([1, 2, 3, 4].map((p) => timeline.wholeWritesAt(p))).toEqual([1, 2, 3, 4]);
    }));
});
