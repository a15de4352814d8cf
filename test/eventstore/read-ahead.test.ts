import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '../../src/eventstore/port';
import { STORE_TARGETS, type TestStore } from '../support/store-targets';

/** Far enough behind the head that a worker reads ahead of the subscription. */
const EVENTS = 25_500;

async function filled(target: TestStore): Promise<void> {
  const store = await target.open();
  for (let written = 0; written < EVENTS; written += 1500) {
    const parts = Array.from({ length: 15 }, (_, s) => ({
      stream: `unit-${written}-${s}`,
      expected: 'no_stream' as const,
      events: Array.from({ length: 100 }, (_, i) => ({
        id: randomUUID(),
        type: i % 2 ? 'ScoreRecorded' : 'Noted',
        data: { n: written + s * 100 + i, name: 'Đơn vị số ' + i, nested: { list: [i, null, 'x'] } },
        metadata: { actor: { id: `user-${s}` }, commandId: randomUUID() },
      })),
    }));
    await store.appendMany(parts.slice(0, Math.min(15, (EVENTS - written) / 100)));
  }
  await store.close();
}

/** Subscribes from `after` and resolves with every event up to the head, closing the subscription there. */
async function caughtUp(store: EventStore, after: number): Promise<RecordedEvent[]> {
  const head = await store.headPosition();
  const seen: RecordedEvent[] = [];
  await new Promise<void>((resolve, reject) => {
    const subscription = store.subscribeToAll(
      after,
      (event) => {
        seen.push(event);
        if (event.position === head) void subscription.close().then(resolve);
      },
      reject,
    );
  });
  return seen;
}

describe.each(STORE_TARGETS)('a subscription far behind the head of a %s store', (_name, create) => {
  let target: TestStore;
  // Writing 25,500 events is setup, not what is tested: on a busy machine it outlasts the default hook timeout.
  beforeAll(async () => {
    target = await create();
    await filled(target);
  }, 120_000);
  afterAll(() => target?.drop());

  it('delivers what reading the log directly gives, read ahead by a worker instead of page by page here', async () => {
    const store = await target.open();
    const direct = await store.readAll({ after: 1200 });
    const reads = jest.spyOn(store, 'readAll');
    const delivered = await caughtUp(store, 1200);
    expect(delivered).toEqual(direct);
    expect(delivered[0].position).toBe(1201);
    expect(delivered).toHaveLength(EVENTS - 1200);
    // Only the read that finds the end of the log is made on this connection.
    expect(reads.mock.calls.length).toBeLessThanOrEqual(1);
    await store.close();
  });

  it('goes on live after the read-ahead reached the end of the log', async () => {
    const store = await target.open();
    const live = new Promise<RecordedEvent>((resolve, reject) => {
      const subscription = store.subscribeToAll(
        0,
        (event) => {
          if (event.position > EVENTS) void subscription.close().then(() => resolve(event));
        },
        reject,
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await store.append('unit-late', [{ id: randomUUID(), type: 'Noted', data: { late: true }, metadata: {} }], 'no_stream');
    expect(await live).toMatchObject({ position: EVENTS + 1, stream: 'unit-late', data: { late: true } });
    await store.close();
  });

  it('stops delivering once closed in the middle of the read-ahead', async () => {
    const store = await target.open();
    let count = 0;
    await new Promise<void>((resolve, reject) => {
      const subscription = store.subscribeToAll(
        0,
        () => {
          count += 1;
          if (count === 1500) void subscription.close().then(resolve);
        },
        reject,
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(count).toBe(1500);
    await store.close();
  });
});
