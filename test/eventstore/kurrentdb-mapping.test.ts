import { chainBatch, ChainVerifier, EMPTY_CHAIN } from '../../src/eventstore/chain';
import {
  decodeMetadata,
  encodeMetadata,
  headOf,
  linkOf,
  linkRevisionBefore,
  runsByStream,
  streamStateAfter,
  toRecordedEvent,
} from '../../src/eventstore/kurrentdb/mapping';

const batch = () =>
  chainBatch(EMPTY_CHAIN, 'scorecard-c1-2024-u1', 2, '2024-05-01T08:00:00.000Z', [
    {
      id: '0b6d8c3e-8d1f-4d55-9b1e-4f0b8f7e2a11',
      type: 'ScoreRecorded',
      data: { points: 950 },
      metadata: { actor: { id: 'u', role: 'UNIT_OFFICER' }, reason: null },
    },
    { id: '6a1f2c44-0e3b-4e7a-a2f4-1c8e9d3b5a22', type: 'ScoreCorrected', data: { points: 900 }, metadata: { commandId: 'c-1' } },
  ]);

/** What KurrentDB hands back for an event written through multiStreamAppend. */
const stored = (event: ReturnType<typeof batch>['events'][number]) => ({
  id: event.id,
  type: event.type,
  streamId: event.stream,
  revision: BigInt(event.revision),
  data: event.data,
  metadata: encodeMetadata(event),
});

describe('KurrentDB mapping', () => {
  it('stores metadata as string values only, as multi-stream appends require, and reads it back unchanged', () => {
    const [first] = batch().events;
    const encoded = encodeMetadata(first);
    expect(Object.values(encoded).every((value) => typeof value === 'string')).toBe(true);
    expect(decodeMetadata(encoded)).toEqual(first.metadata);
  });

  it('maps a stored record to the port event the chain covers: position, revision, time, stream', () => {
    const { events } = batch();
    const recorded = events.map((event) => toRecordedEvent(stored(event)));
    expect(recorded.map((e) => [e.position, e.revision, e.stream, e.recordedAt])).toEqual([
      [1, 3, 'scorecard-c1-2024-u1', '2024-05-01T08:00:00.000Z'],
      [2, 4, 'scorecard-c1-2024-u1', '2024-05-01T08:00:00.000Z'],
    ]);
    const verifier = new ChainVerifier();
    for (const event of recorded) expect(verifier.check(event)).toBeNull();
  });

  it('refuses a record without a port position (written by something else) with a clear message', () => {
    expect(() => toRecordedEvent({ id: 'x', type: 'Foreign', streamId: 's', revision: 0n, data: {}, metadata: {} })).toThrow(
      /not written by Thi đua/,
    );
  });

  it('turns a batch into its chain link and the link back into the head the next append continues from', () => {
    const b = batch();
    const link = linkOf(b.events);
    expect(link).toEqual({ firstPosition: 1, lastPosition: 2, hash: b.head.hash });
    expect(headOf(link)).toEqual(b.head);
  });

  it('splits an import into runs of consecutive events of one stream', () => {
    const runs = runsByStream([{ stream: 'a' }, { stream: 'a' }, { stream: 'b' }, { stream: 'a' }]);
    expect(runs.map((run) => run.map((e) => e.stream).join(''))).toEqual(['aa', 'b', 'a']);
  });

  it('expects no stream before the first event, else the exact last revision', () => {
    expect(streamStateAfter(-1)).toBe('no_stream');
    expect(streamStateAfter(0)).toBe(0n);
    expect(streamStateAfter(41)).toBe(41n);
  });

  it('finds the last link at or before a position by bisection', async () => {
    // Links ending at positions 2, 3, 7, 8, 12.
    const ends = [2, 3, 7, 8, 12];
    const reads: number[] = [];
    const at = async (revision: number) => {
      reads.push(revision);
      return ends[revision];
    };
    expect(await linkRevisionBefore(1, 4, at)).toBe(-1);
    expect(await linkRevisionBefore(2, 4, at)).toBe(0);
    expect(await linkRevisionBefore(6, 4, at)).toBe(1);
    expect(await linkRevisionBefore(8, 4, at)).toBe(3);
    expect(await linkRevisionBefore(100, 4, at)).toBe(4);
    expect(reads.length).toBeLessThanOrEqual(5 * 3);
  });
});
