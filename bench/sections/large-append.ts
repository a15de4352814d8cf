import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { fmt, freshStoreFile, type Row } from './shared';

/** The longest event-loop delay on this thread while one append of `units` × `perUnit` score events is written. */
async function stall(largeWritesInWorker: boolean, units: number, perUnit: number): Promise<number> {
  const store = new SqliteEventStore(freshStoreFile(`large-append-${largeWritesInWorker ? 'worker' : 'here'}`), { largeWritesInWorker });
  const metadata = { actor: { id: 'bench', name: null, role: 'ADMIN', unitId: null }, commandType: 'RecordScore', commandId: 'bench' };
  const parts = Array.from({ length: units }, (_, u) => ({
    stream: `scorecard-bench-2024-u${u}`,
    expected: 'no_stream' as const,
    events: Array.from({ length: perUnit }, (_, i) => ({
      id: randomUUID(),
      type: 'ScoreRecorded',
      data: { clusterId: 'bench', year: 2024, unitId: `u${u}`, criterionId: `t${i}`, stage: 'SELF', points: 50, evidence: null },
      metadata,
    })),
  }));
  // A timer every 5 ms: the longest gap between its ticks is the longest stall.
  let longest = 0;
  let last = performance.now();
  const ticks = setInterval(() => {
    longest = Math.max(longest, performance.now() - last);
    last = performance.now();
  }, 5);
  await store.appendMany(parts);
  await new Promise((resolve) => setTimeout(resolve, 50));
  clearInterval(ticks);
  await store.close();
  return longest;
}

/**
 * What writing a score sheet's append from a worker thread (the SQLite store's large writes) saves
 * the thread that answers requests: its longest stall during one such append, with and without.
 */
export async function largeAppendStall(units: number, perUnit: number): Promise<Row> {
  const here = await stall(false, units, perUnit);
  const worker = await stall(true, units, perUnit);
  return {
    measure: `Longest event-loop stall of the answering thread while one ${fmt(units * perUnit)}-event append is written (SQLite)`,
    figure: `${fmt(worker)} ms from a worker thread; ${fmt(here)} ms written on the answering thread`,
  };
}
