import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pagesOf, verifyLog, verifyStore } from '../src/audit/verify-log';
import { chainBatch, EMPTY_CHAIN } from '../src/eventstore/chain';
import type { EventToAppend } from '../src/eventstore/port';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';

/**
 * The audit chain on a store generated here (EVENTS events shaped like ScoreRecorded), verified
 * by reading events in order, by the store's scan of its bytes on one thread, and by the scan
 * across worker threads; and the cost of linking an event when it is written. CPU time is given beside wall
 * time: the machine is shared, and a ratio within one run is what to compare.
 * Run: node -r @swc-node/register bench/chain.ts [events]
 */
const EVENTS = Number(process.argv[2] ?? 200_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-chain-bench-'));

const event = (i: number): EventToAppend => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  type: 'ScoreRecorded',
  data: {
    clusterId: `cluster-${i % 40}`,
    year: 2026,
    unitId: `unit-${i % 1200}`,
    criterionId: `c-${i % 30}`,
    stage: 'SELF',
    points: i % 100,
    evidence: null,
  },
  metadata: { actor: { id: 'bench', role: 'ADMIN' }, commandId: `cmd-${i}`, correlationId: `cmd-${i}`, causationId: `cmd-${i}` },
});

async function generate(file: string): Promise<void> {
  const store = new SqliteEventStore(file);
  for (let from = 1; from <= EVENTS; from += 5000) {
    const count = Math.min(5000, EVENTS - from + 1);
    await store.appendMany(
      Array.from({ length: count }, (_, k) => ({
        stream: `unit-${from + k}`,
        events: [event(from + k)],
        expected: 'no_stream' as const,
      })),
    );
  }
  await store.close();
}

async function timed(label: string, work: () => Promise<{ checkedEvents: number; ok: boolean }>): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  if (!report.ok || report.checkedEvents !== EVENTS) throw new Error(`${label}: ${JSON.stringify(report)}`);
  console.log(
    `${label.padEnd(58)} ${Math.round(EVENTS / seconds)
      .toLocaleString('en')
      .padStart(10)} events/s wall   ${Math.round(EVENTS / cpuSeconds)
      .toLocaleString('en')
      .padStart(10)} events/CPU-s (all threads)`,
  );
}

async function main(): Promise<void> {
  const file = path.join(dir, 'chain.db');
  await generate(file);
  console.log(
    `${EVENTS} events; ${os.availableParallelism()} cores; load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const store = new SqliteEventStore(file, { readonly: true });
  await timed('events read in order (parsed, as an export is verified)', () =>
    verifyLog(
      pagesOf((after) => store.readAll({ after, maxCount: 5000 })),
      null,
    ),
  );
  await timed('scan of the stored bytes, 1 thread', () => verifyStore(store, null, { workers: 0 }));
  for (const workers of [2, 4]) await timed(`scan in ${workers} worker threads`, () => verifyStore(store, null, { workers }));
  await store.close();
  // Writing: the cost of linking an event (canonical JSON of data and metadata, then one hash).
  const events = Array.from({ length: 50_000 }, (_, i) => event(i));
  const cpu = process.cpuUsage();
  for (let round = 0; round < 2; round += 1) for (const e of events) chainBatch(EMPTY_CHAIN, 's', -1, 'x', [e]);
  const used = process.cpuUsage(cpu);
  console.log(
    `${'link an event as written (chainBatch)'.padEnd(58)} ${Math.round((2 * events.length) / ((used.user + used.system) / 1e6))
      .toLocaleString('en')
      .padStart(10)} events/CPU-s`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
