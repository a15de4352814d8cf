import { Writable } from 'node:stream';
import { CHECKPOINT_EVENT, CHECKPOINT_STREAM } from '../../src/audit/checkpoint';
import type { RecordedEvent } from '../../src/eventstore/port';
import { CheckpointFeed, frameOf, MAX_QUEUED, type FeedEnd } from '../../src/http/checkpoint-feed';

const checkpoint = (revision: number): RecordedEvent => ({
  id: `c${revision}`,
  type: CHECKPOINT_EVENT,
  stream: CHECKPOINT_STREAM,
  revision,
  position: revision * 2 + 2,
  recordedAt: '2025-07-01T00:00:00.000Z',
  data: { position: revision * 2 + 1, headHash: '0'.repeat(64), signedAt: '2025-07-01T00:00:00.000Z', trigger: 'test', signature: 'c2ln' },
  metadata: {},
});

/** A client's socket: `reading` takes every write at once; otherwise it holds them, as a client that stopped reading does. */
function client(reading: boolean) {
  const ids: number[] = [];
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      for (const match of chunk.toString().matchAll(/^id: (\d+)$/gm)) ids.push(Number(match[1]));
      if (reading) done();
    },
  });
  return { sink, ids };
}

describe('one checkpoint feed', () => {
  it('sends the backlog, then what was logged meanwhile and after, each revision once and in order', () => {
    const { sink, ids } = client(true);
    const feed = new CheckpointFeed(1, () => undefined);
    // Logged while the backlog was read: 3 and 4 are in both.
    [3, 4, 5].forEach((revision) => feed.deliver(frameOf(checkpoint(revision))));
    feed.start(sink, [2, 3, 4].map(checkpoint));
    [4, 5, 6, 7].forEach((revision) => feed.deliver(frameOf(checkpoint(revision))));
    expect(ids).toEqual([2, 3, 4, 5, 6, 7]);
    feed.end();
  });

  it('drops a client that stops reading once it owes it more than the bound, cutting the connection', () => {
    const { sink } = client(false);
    const ended: FeedEnd[] = [];
    const feed = new CheckpointFeed(undefined, (why) => ended.push(why));
    feed.start(sink, []);
    for (let revision = 0; revision < 2 * MAX_QUEUED && !feed.ended; revision += 1) feed.deliver(frameOf(checkpoint(revision)));
    expect(ended).toEqual(['slow']);
    expect(sink.destroyed).toBe(true);
  });

  it('ends cleanly, once, when the client has taken everything', () => {
    const { sink } = client(true);
    const ended: FeedEnd[] = [];
    const feed = new CheckpointFeed(undefined, (why) => ended.push(why));
    feed.start(sink, [checkpoint(0)]);
    feed.end();
    feed.end();
    expect(ended).toEqual(['ended']);
    expect(sink.writableEnded).toBe(true);
    expect(sink.destroyed).toBe(false);
  });
});
