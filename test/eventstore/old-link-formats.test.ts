import { randomUUID } from 'node:crypto';
import { ChainVerifier, GENESIS_HASH, type ChainHead } from '../../src/eventstore/chain';
import type { RecordedEvent } from '../../src/eventstore/port';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { oldLinkHash, OldRulesVerifier } from '../../src/eventstore/upgrade/old-rules';

/** Events linked as the service linked them before format 2 (no id in the hash, no format in the metadata) or in format 2. */
function linkedOld(format: 1 | 2, count: number, after: ChainHead = { position: 0, hash: GENESIS_HASH }): RecordedEvent[] {
  let prevHash = after.hash;
  return Array.from({ length: count }, (_, i) => {
    const event = {
      id: randomUUID(),
      type: 'Scored',
      data: { points: i },
      metadata: format === 2 ? { actor: { id: 'a' }, linkFormat: 2 } : { actor: { id: 'a' } },
      stream: 'old',
      revision: i,
      position: after.position + i + 1,
      recordedAt: new Date().toISOString(),
    };
    const linked = { ...event, metadata: { ...event.metadata, prevHash, hash: oldLinkHash(event, prevHash) } };
    prevHash = linked.metadata.hash;
    return linked;
  });
}

const firstBreak = (verifier: { check(event: RecordedEvent): unknown }, events: RecordedEvent[]) =>
  events.map((event) => verifier.check(event)).find(Boolean) ?? null;

describe('the older link formats, as only the upgrade reads them', () => {
  it('verifies a log of formats 1, 2 and 3 in that order, as the versions that wrote them did', async () => {
    const one = linkedOld(1, 3);
    const two = linkedOld(2, 2, { position: 3, hash: one[2].metadata.hash as string });
    expect(firstBreak(new OldRulesVerifier(), [...one, ...two])).toBeNull();
    // Format 1 did not cover the id; format 2 does.
    expect(firstBreak(new OldRulesVerifier(), [{ ...one[0], id: randomUUID() }])).toBeNull();
    expect(firstBreak(new OldRulesVerifier(), [...one, { ...two[0], id: randomUUID() }])).toMatchObject({
      position: 4,
      problem: 'HASH_MISMATCH',
    });
  });

  it('refuses an event in format 1 after one in format 2 (an id taken out of the hash)', () => {
    const two = linkedOld(2, 1);
    const downgraded = linkedOld(1, 1, { position: 1, hash: two[0].metadata.hash as string });
    expect(firstBreak(new OldRulesVerifier(), [...two, ...downgraded])).toMatchObject({
      position: 2,
      problem: 'HASH_MISMATCH',
      message: expect.stringMatching(/định dạng liên kết cũ hơn/),
    });
  });

  it('the service verifier knows format 3 only: an older event in its log is an edit, and the store refuses to import it', async () => {
    const one = linkedOld(1, 2);
    expect(firstBreak(new ChainVerifier(), one)).toMatchObject({ position: 1, problem: 'HASH_MISMATCH' });
    const store = new SqliteEventStore(':memory:');
    await expect(store.importRecorded(one)).rejects.toMatchObject({ code: 'CHAIN_BROKEN', position: 1 });
    expect(await store.headPosition()).toBe(0);
    await store.close();
  });
});
