import { randomUUID } from 'node:crypto';
import { Checkpointer } from '../../src/audit/checkpointer';
import { loadAuditKey } from '../../src/audit/signing-key';
import { startupCheck } from '../../src/audit/startup-check';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';

const event = () => ({ id: randomUUID(), type: 'Written', data: {}, metadata: {} });

describe('checkpointer', () => {
  it('keeps signing while it follows far behind a busy log (its own checkpoints land well after what they sign)', async () => {
    const store = new SqliteEventStore(':memory:');
    const key = loadAuditKey(null);
    const checkpointer = new Checkpointer(store, key, 5, (error) => {
      throw error;
    });
    await checkpointer.start();
    // Bursts of 200 concurrent appends: each lands as one group, far ahead of the follower.
    for (let burst = 0; burst < 10; burst += 1)
      await Promise.all(Array.from({ length: 200 }, (_, i) => store.append(`unit-${burst}-${i}`, [event()], 'no_stream')));
    const deadline = Date.now() + 5000;
    let signed: number[] = [];
    while (Date.now() < deadline) {
      signed = (await store.readStream('audit-checkpoints')).map((e) => (e.data as { position: number }).position);
      if (signed.at(-1)! >= 1990) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const head = await store.headPosition();
    // At shutdown the head is signed, so the next start checks the chain from there.
    await checkpointer.stop({ signHead: true });
    const last = (await store.readStream('audit-checkpoints')).at(-1)!;
    // The last checkpoint is the last event and signs everything before it.
    expect(last.position).toBe(await store.headPosition());
    expect((last.data as { position: number }).position).toBe(last.position - 1);
    expect(last.position).toBeGreaterThanOrEqual(head);
    await checkpointer.stop({ signHead: true });
    expect((await store.readStream('audit-checkpoints')).at(-1)!.id).toBe(last.id);
    expect(signed.at(-1)).toBeGreaterThanOrEqual(1990);
    expect(signed.length).toBeGreaterThan(100);
    // Checkpoints signing positions before the last one's still follow it in the log: a start-up
    // check from the last checkpoint must not take them for forgeries.
    expect(await startupCheck(store, key)).toMatchObject({ problems: [] });
    await store.close();
  });

  it('signs the head at most `withinMs` after a write the last checkpoint does not cover, and nothing while no one writes', async () => {
    const store = new SqliteEventStore(':memory:');
    const checkpointer = new Checkpointer(
      store,
      loadAuditKey(null),
      1000,
      (error) => {
        throw error;
      },
      300,
    );
    await checkpointer.start();
    const signed = async () => (await store.readStream('audit-checkpoints')).map((e) => e.data as { position: number; trigger: string });
    const waitForCheckpoints = async (count: number) => {
      const deadline = Date.now() + 3000;
      while ((await signed()).length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await store.append('a', [event(), event()], 'any');
    await store.append('b', [event()], 'any');
    expect(await signed()).toEqual([]);
    await waitForCheckpoints(1);
    expect(await signed()).toEqual([expect.objectContaining({ position: 3, trigger: 'within 0.3 s of a write' })]);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await signed()).toHaveLength(1);
    await store.append('a', [event()], 'any');
    await waitForCheckpoints(2);
    expect((await signed())[1]).toMatchObject({ position: 5 });
    await checkpointer.stop();
    await store.close();
  });
});
