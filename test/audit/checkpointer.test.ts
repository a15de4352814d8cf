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
});
