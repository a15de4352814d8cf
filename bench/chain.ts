import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pagesOf, verifyLog, verifyStore } from '../src/audit/verify-log';
import { chainBatch, EMPTY_CHAIN, linkHash, type ChainHead } from '../src/eventstore/chain';
import type { EventToAppend, RecordedEvent } from '../src/eventstore/port';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';

/**
 * The audit chain on a store generated here (EVENTS events shaped like ScoreRecorded): link
 * format 2 (what files written before format 3 hold) against format 3, verified by reading
 * events in order, by the store's scan of its bytes on one thread, and by the scan across worker
 * threads; and the cost of linking an event when it is written. CPU time is given beside wall
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

/** Format 2 as the version before wrote it, imported verbatim (import keeps links and formats). */
function formatTwo(from: number, count: number, head: ChainHead): { events: RecordedEvent[]; head: ChainHead } {
  let prevHash = head.hash;
  const events = Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const { id, type, data, metadata } = event(i);
    const fields = {
      id,
      type,
      data,
      stream: `unit-${i}`,
      revision: 0,
      position: i,
      recordedAt: '2026-11-29T00:00:00.000Z',
      metadata: { ...metadata, linkFormat: 2 },
    };
    const hash = linkHash(fields, prevHash);
    const linked = { ...fields, metadata: { ...fields.metadata, prevHash, hash } };
    prevHash = hash;
    return linked;
  });
  return { events, head: { position: from + count - 1, hash: prevHash } };
}

async function generate(file: string, format: 2 | 3): Promise<void> {
  const store = new SqliteEventStore(file);
  let head = EMPTY_CHAIN;
  for (let from = 1; from <= EVENTS; from += 5000) {
    const count = Math.min(5000, EVENTS - from + 1);
    if (format === 2) {
      const batch = formatTwo(from, count, head);
      await store.importRecorded(batch.events);
      head = batch.head;
    } else
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
  const files = { 2: path.join(dir, 'format-2.db'), 3: path.join(dir, 'format-3.db') };
  await generate(files[2], 2);
  await generate(files[3], 3);
  console.log(
    `${EVENTS} events; ${os.availableParallelism()} cores; load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const format of [2, 3] as const) {
    const store = new SqliteEventStore(files[format], { readonly: true });
    await timed(`format ${format}, events read in order (the verifier before)`, () =>
      verifyLog(
        pagesOf((after) => store.readAll({ after, maxCount: 5000 })),
        null,
      ),
    );
    await timed(`format ${format}, scan of the stored bytes, 1 thread`, () => verifyStore(store, null, { workers: 0 }));
    for (const workers of [2, 4])
      await timed(`format ${format}, scan in ${workers} worker threads`, () => verifyStore(store, null, { workers }));
    await store.close();
  }
  // Writing: linking an event as format 2 did (canonical JSON of the whole object, then JSON.stringify to store) against format 3.
  const events = Array.from({ length: 50_000 }, (_, i) => event(i));
  const write = (label: string, link: () => void) => {
    const cpu = process.cpuUsage();
    link();
    const used = process.cpuUsage(cpu);
    console.log(
      `${label.padEnd(58)} ${Math.round(events.length / ((used.user + used.system) / 1e6))
        .toLocaleString('en')
        .padStart(10)} events/CPU-s`,
    );
  };
  for (let round = 0; round < 2; round += 1) {
    write('link and serialise, format 2', () => {
      for (const e of events) {
        const metadata = { ...e.metadata, linkFormat: 2 };
        const hash = linkHash({ ...e, stream: 's', revision: 0, position: 1, recordedAt: 'x', metadata }, EMPTY_CHAIN.hash);
        JSON.stringify(e.data);
        JSON.stringify({ ...metadata, prevHash: EMPTY_CHAIN.hash, hash });
      }
    });
    write('link and serialise, format 3 (chainBatch)', () => {
      for (const e of events) chainBatch(EMPTY_CHAIN, 's', -1, 'x', [e]);
    });
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
