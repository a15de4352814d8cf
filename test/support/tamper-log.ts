import { randomUUID } from 'node:crypto';
import { pagesOf, verifyLog, verifyStore } from '../../src/audit/verify-log';
import type { EventStore } from '../../src/eventstore/port';

/** Events in the log the tamper tests edit. */
export const TAMPER_EVENTS = 12;

/** Appends TAMPER_EVENTS scores over three streams, one append each: the log the tamper tests edit underneath. */
export async function appendScores(store: EventStore): Promise<void> {
  for (let i = 0; i < TAMPER_EVENTS; i += 1)
    await store.append(
      `unit-${i % 3}`,
      [{ id: randomUUID(), type: 'Scored', data: { points: 1000 + i, note: 'điểm' }, metadata: { actor: { id: 'a' } } }],
      'any',
    );
}

/**
 * The log verified the three ways there are: its events read in order, the store's scan of its
 * bytes on this thread, and that scan split across worker threads (ranges of 4 events, so edits
 * fall on every side of a boundary). All three must say the same.
 */
export async function verifiedThreeWays(store: EventStore) {
  const report = await verifyLog(
    pagesOf((after) => store.readAll({ after, maxCount: 5 })),
    null,
  );
  expect(await verifyStore(store, null, { workers: 0 })).toEqual(report);
  expect(await verifyStore(store, null, { workers: 3 })).toEqual(report);
  return report;
}
