import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { chainBatch, EMPTY_CHAIN } from '../../src/eventstore/chain';
import { chainBatchInTurns } from '../../src/eventstore/chain-in-turns';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { fmt, freshStoreFile, type Row } from './shared';

const metadata = { actor: { id: 'bench', name: null, role: 'ADMIN', unitId: null }, commandType: 'RecordScore', commandId: 'bench' };

/** A score sheet's append: `perUnit` score events for each of `units` scorecards. */
function sheetAppend(units: number, perUnit: number) {
  return Array.from({ length: units }, (_, u) => ({
    stream: `scorecard-bench-2024-u${u}`,
    expected: 'no_stream' as const,
    events: Array.from({ length: perUnit }, (_, i) => ({
      id: randomUUID(),
      type: 'ScoreRecorded',
      data: { clusterId: 'bench', year: 2024, unitId: `u${u}`, criterionId: `t${i}`, stage: 'SELF', points: 50, evidence: null },
      metadata,
    })),
  }));
}

/** The longest stall of this thread while `work` runs: the longest gap between the ticks of a 5 ms timer. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const ticks = setInterval(() => {
    longest = Math.max(longest, performance.now() - last);
    last = performance.now();
  }, 5);
  await work();
  // A stall shows at the first tick after it: let one come.
  await new Promise((resolve) => setTimeout(resolve, 50));
  clearInterval(ticks);
  return longest;
}

async function appendStall(largeWritesInWorker: boolean, units: number, perUnit: number): Promise<number> {
  const store = new SqliteEventStore(freshStoreFile(`large-append-${largeWritesInWorker ? 'worker' : 'here'}`), { largeWritesInWorker });
  const parts = sheetAppend(units, perUnit);
  const stall = await longestStall(() => store.appendMany(parts));
  await store.close();
  return stall;
}

/** Linking a sheet's events (what the PostgreSQL store does on this thread before it writes): at once, or a slice per turn. */
async function linkingStall(inTurns: boolean, units: number, perUnit: number): Promise<number> {
  const parts = sheetAppend(units, perUnit);
  return longestStall(async () => {
    let head = EMPTY_CHAIN;
    for (const part of parts)
      head = (
        inTurns ? await chainBatchInTurns(head, part.stream, -1, 'now', part.events) : chainBatch(head, part.stream, -1, 'now', part.events)
      ).head;
  });
}

/**
 * What the stores' handling of a score sheet's large append saves the thread that answers
 * requests: its longest stall with and without it, for SQLite's worker thread and for linking a
 * slice per turn (PostgreSQL).
 */
export async function largeAppendStalls(units: number, perUnit: number): Promise<Row[]> {
  const events = fmt(units * perUnit);
  return [
    {
      measure: `Longest event-loop stall of the answering thread while one ${events}-event append is written (SQLite)`,
      figure: `${fmt(await appendStall(true, units, perUnit))} ms from a worker thread; ${fmt(await appendStall(false, units, perUnit))} ms written on the answering thread`,
    },
    {
      measure: `Longest event-loop stall while ${events} events are linked before a write (PostgreSQL)`,
      figure: `${fmt(await linkingStall(true, units, perUnit))} ms a slice per turn; ${fmt(await linkingStall(false, units, perUnit))} ms at once`,
    },
  ];
}
