import { randomUUID } from 'node:crypto';
import { ChainVerifier } from '../../src/eventstore/chain';
import { WrongExpectedRevisionError } from '../../src/eventstore/errors';
import type { EventStore, EventToAppend, RecordedEvent } from '../../src/eventstore/port';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';

function event(type: string, data: unknown = {}): EventToAppend {
  return { id: randomUUID(), type, data, metadata: { test: true } };
}

/** Waits until `predicate` holds, polling; fails the test after `ms`. */
async function eventually(predicate: () => boolean, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * What every adapter of the event store port must do. Written once; each adapter's test file calls
 * it with a factory that returns a fresh, empty store.
 */
export function eventStoreContract(adapter: string, open: () => Promise<EventStore>): void {
  describe(`event store contract: ${adapter}`, () => {
    let store: EventStore;
    // Streams get a unique suffix so the suite also runs against a shared server store.
    let s: (name: string) => string;

    beforeEach(async () => {
      store = await open();
      const suffix = randomUUID().slice(0, 8);
      s = (name) => `${name}_${suffix}`;
    });
    afterEach(async () => store.close());

    it('records id, type, data, metadata, stream, revision, position and time', async () => {
      const e = event('Created', { name: 'Tân Châu', points: 12.5 });
      const result = await store.append(s('unit-a'), [e], 'no_stream');
      const [read] = await store.readStream(s('unit-a'));
      expect(read).toMatchObject({
        id: e.id,
        type: 'Created',
        data: { name: 'Tân Châu', points: 12.5 },
        metadata: { test: true },
        stream: s('unit-a'),
        revision: 0,
        position: result.position,
      });
      expect(result.nextRevision).toBe(0);
      expect(Number.isNaN(Date.parse(read.recordedAt))).toBe(false);
    });

    it('appends several events atomically, with consecutive revisions', async () => {
      const result = await store.append(s('x'), [event('A'), event('B'), event('C')], 'no_stream');
      expect(result.nextRevision).toBe(2);
      const read = await store.readStream(s('x'));
      expect(read.map((e) => [e.type, e.revision])).toEqual([
        ['A', 0],
        ['B', 1],
        ['C', 2],
      ]);
      expect(read[2].position).toBe(result.position);
      expect(read[1].position).toBeLessThan(read[2].position);
    });

    it('appends to several streams in one write, their events consecutive in the log in the order given', async () => {
      await store.append(s('b'), [event('Before')], 'no_stream');
      const head = await store.headPosition();
      const results = await store.appendMany([
        { stream: s('a'), events: [event('A1'), event('A2')], expected: 'no_stream' },
        { stream: s('b'), events: [event('B1')], expected: 0 },
      ]);
      expect(results).toEqual([
        { nextRevision: 1, position: head + 2 },
        { nextRevision: 1, position: head + 3 },
      ]);
      const log = await store.readAll({ after: head });
      expect(log.map((e) => [e.stream, e.type, e.revision, e.position])).toEqual([
        [s('a'), 'A1', 0, head + 1],
        [s('a'), 'A2', 1, head + 2],
        [s('b'), 'B1', 1, head + 3],
      ]);
      const verifier = new ChainVerifier();
      for (const recorded of await store.readAll()) expect(verifier.check(recorded)).toBeNull();
    });

    it('writes an append of over a thousand events (a score sheet) whole and linked; appends made meanwhile come after it', async () => {
      const head = await store.headPosition();
      const parts = ['p', 'q', 'r'].map((name) => ({
        stream: s(name),
        events: Array.from({ length: 400 }, (_, i) => event(`E${i}`, { i })),
        expected: 'no_stream' as const,
      }));
      const large = store.appendMany(parts);
      await new Promise((resolve) => setImmediate(resolve));
      const small = await store.append(s('small'), [event('S')], 'no_stream');
      expect((await large).map((result) => result.position)).toEqual([head + 400, head + 800, head + 1200]);
      expect(small.position).toBe(head + 1201);
      const log = await store.readAll({ after: head, maxCount: 2000 });
      expect(log.map((e) => e.stream)).toEqual([...parts.flatMap((part) => part.events.map(() => part.stream)), s('small')]);
      const verifier = new ChainVerifier();
      for (const recorded of await store.readAll({ maxCount: 100_000 })) expect(verifier.check(recorded)).toBeNull();
    });

    it("writes nothing of a multi-stream append when one part's expected state fails", async () => {
      await store.append(s('b'), [event('B0')], 'no_stream');
      const before = await store.headPosition();
      await expect(
        store.appendMany([
          { stream: s('a'), events: [event('A1')], expected: 'no_stream' },
          { stream: s('b'), events: [event('B1')], expected: 'no_stream' },
        ]),
      ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await store.headPosition()).toBe(before);
      expect(await store.readStream(s('a'))).toEqual([]);
      await expect(
        store.appendMany([
          { stream: s('a'), events: [event('A1')], expected: 'any' },
          { stream: s('a'), events: [event('A2')], expected: 'any' },
        ]),
      ).rejects.toBeInstanceOf(RangeError);
      expect(await store.headPosition()).toBe(before);
    });

    it('writes nothing of a batch when the expected state fails', async () => {
      await store.append(s('x'), [event('A')], 'no_stream');
      const before = await store.headPosition();
      await expect(store.append(s('x'), [event('B'), event('C')], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await store.headPosition()).toBe(before);
      expect(await store.readStream(s('x'))).toHaveLength(1);
    });

    it.each([
      ['no_stream on an existing stream', 'no_stream' as const, true, 0],
      ['stream_exists on an absent stream', 'stream_exists' as const, false, 'no_stream'],
      ['an exact revision that is behind', 0, true, 1],
      ['an exact revision on an absent stream', 0, false, 'no_stream'],
    ])('refuses %s and names the actual revision', async (_label, expected, seed, actual) => {
      if (seed) await store.append(s('y'), [event('A'), event('B')].slice(0, actual === 0 ? 1 : 2), 'any');
      const error = await store.append(s('y'), [event('Z')], expected).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ stream: s('y'), expected, actual });
    });

    it.each([
      ['any on an absent stream', 'any' as const, false],
      ['any on an existing stream', 'any' as const, true],
      ['stream_exists on an existing stream', 'stream_exists' as const, true],
      ['the exact last revision', 0, true],
    ])('accepts %s', async (_label, expected, seed) => {
      if (seed) await store.append(s('z'), [event('A')], 'no_stream');
      await expect(store.append(s('z'), [event('B')], expected)).resolves.toMatchObject({
        nextRevision: seed ? 1 : 0,
      });
    });

    it('lets exactly one of two concurrent writers at the same revision win', async () => {
      await store.append(s('race'), [event('A')], 'no_stream');
      const outcomes = await Promise.allSettled([store.append(s('race'), [event('B1')], 0), store.append(s('race'), [event('B2')], 0)]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(loser.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(loser.reason.actual).toBe(1);
      expect(await store.readStream(s('race'))).toHaveLength(2);
    });

    it('reads a stream from a revision and an absent stream as empty', async () => {
      await store.append(s('r'), [event('A'), event('B'), event('C')], 'no_stream');
      expect((await store.readStream(s('r'), 1)).map((e) => e.type)).toEqual(['B', 'C']);
      expect(await store.readStream(s('absent'))).toEqual([]);
    });

    it('answers reads asked together, of one stream from the same and from other revisions, each with its own events', async () => {
      await store.append(s('r'), [event('A'), event('B'), event('C')], 'no_stream');
      await store.append(s('o'), [event('X')], 'no_stream');
      const reads = await Promise.all([
        store.readStream(s('r'), 1),
        store.readStream(s('o')),
        store.readStream(s('r'), 1),
        store.readStream(s('r'), 2),
        store.readStream(s('r')),
        store.readStream(s('absent')),
      ]);
      expect(reads.map((events) => events.map((e) => e.type))).toEqual([['B', 'C'], ['X'], ['B', 'C'], ['C'], ['A', 'B', 'C'], []]);
      // Answers to the same question are not one array: a caller that changes its own cannot change another's.
      reads[0].pop();
      expect(reads[2].map((e) => e.type)).toEqual(['B', 'C']);
    });

    it('reads the global log in commit order, after a position, in pages', async () => {
      const start = await store.headPosition();
      await store.append(s('p'), [event('P1')], 'any');
      await store.append(s('q'), [event('Q1'), event('Q2')], 'any');
      await store.append(s('p'), [event('P2')], 'any');
      const all = (await store.readAll({ after: start })).filter((e) => e.stream.endsWith(s('')));
      expect(all.map((e) => e.type)).toEqual(['P1', 'Q1', 'Q2', 'P2']);
      const positions = all.map((e) => e.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      const page = await store.readAll({ after: all[0].position, maxCount: 2 });
      expect(page.map((e) => e.type)).toEqual(['Q1', 'Q2']);
      expect(await store.headPosition()).toBe(all[3].position);
    });

    it('links every event to the one before it in global order, atomically with the append', async () => {
      await store.append(s('chain'), [event('A'), event('B')], 'any');
      await store.append(s('other'), [event('C')], 'any');
      const all = await store.readAll();
      const verifier = new ChainVerifier();
      for (const recorded of all) {
        expect(recorded.metadata).toMatchObject({ test: true, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
        expect(verifier.check(recorded)).toBeNull();
      }
      expect(verifier.head.position).toBe(await store.headPosition());
    });

    it('imports events another store numbered and linked, verbatim, and refuses any that do not continue its chain', async () => {
      const source = new SqliteEventStore(':memory:');
      await source.append(s('m'), [event('A', { n: 1 }), event('B')], 'no_stream');
      await source.append(s('n'), [event('C')], 'no_stream');
      await source.append(s('m'), [event('D')], 1);
      const copied = await source.readAll();
      await store.importRecorded(copied.slice(0, 2));
      await store.importRecorded(copied.slice(2));
      expect(await store.readAll()).toEqual(copied);
      expect(await store.readStream(s('m'), 2)).toEqual([copied[3]]);

      await source.append(s('n'), [event('E')], 0);
      await source.append(s('n'), [event('F')], 1);
      const [e, f] = await source.readAll({ after: 4 });
      await expect(store.importRecorded([f])).rejects.toMatchObject({ code: 'CHAIN_BROKEN', position: 5 });
      const altered = { ...e, data: { forged: true } };
      await expect(store.importRecorded([altered])).rejects.toMatchObject({ code: 'CHAIN_BROKEN', position: 5 });
      expect(await store.headPosition()).toBe(4);
      await source.close();
    });

    it('subscribes to the global log: catches up, then delivers live events in order', async () => {
      const start = await store.headPosition();
      await store.append(s('sub'), [event('Old1'), event('Old2')], 'any');
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll(
        start,
        (e) => void seen.push(e),
        (error) => {
          throw error;
        },
      );
      await eventually(() => seen.length === 2);
      await store.append(s('sub'), [event('New1')], 'any');
      await store.append(s('other'), [event('New2'), event('New3')], 'any');
      await eventually(() => seen.length === 5);
      expect(seen.map((e) => e.type)).toEqual(['Old1', 'Old2', 'New1', 'New2', 'New3']);
      await subscription.close();
      await store.append(s('sub'), [event('AfterClose')], 'any');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toHaveLength(5);
    });

    it('subscribes from a position: events at or before it are not delivered', async () => {
      const first = await store.append(s('from'), [event('Skipped')], 'any');
      await store.append(s('from'), [event('Delivered')], 'any');
      const seen: string[] = [];
      const subscription = store.subscribeToAll(
        first.position,
        (e) => void seen.push(e.type),
        () => undefined,
      );
      await eventually(() => seen.includes('Delivered'));
      expect(seen).not.toContain('Skipped');
      await subscription.close();
    });

    it('reports a failing handler once and stops delivering', async () => {
      const start = await store.headPosition();
      await store.append(s('fail'), [event('A'), event('B')], 'any');
      const errors: unknown[] = [];
      const seen: string[] = [];
      const subscription = store.subscribeToAll(
        start,
        (e) => {
          seen.push(e.type);
          throw new Error('projection bug');
        },
        (error) => errors.push(error),
      );
      await eventually(() => errors.length === 1);
      await store.append(s('fail'), [event('C')], 'any');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toEqual(['A']);
      expect(errors).toHaveLength(1);
      await subscription.close();
    });
  });
}
