/**
 * Score sheet imports against the service in its own process: one 4,995-row import's rows per
 * second, then /healthz's latency (polled every 10 ms) during two concurrent 4,995-row imports and
 * during the upload of a CSV with a 4.9 MB cell (the body limit is 5 MB); then what writing a
 * sheet's append from a worker thread (SQLite) and linking it a slice per turn (PostgreSQL) save
 * the answering thread. `npm run bench:imports`.
 */
import 'reflect-metadata';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Role } from '../src/kernel/actor';
import { ask } from './lib/load';
import { startService, type Running } from './lib/processes';
import { HEADER, importPath, largeSheet, openLargeYear, SHEET_UNITS } from './lib/score-sheets';
import { largeAppendStalls } from './sections/large-append';
import { body, fmt, freshStoreFile, table, tokenFor, type Row } from './sections/shared';

const log = (line: string) => console.error(`[bench] ${line}`);
const PER_UNIT = 999;
const ROWS = PER_UNIT * SHEET_UNITS.length;

async function settled(url: string): Promise<void> {
  for (;;) {
    const readiness = (await (await fetch(new URL('/readyz', url))).json()) as { lastFullVerification: unknown };
    if (readiness.lastFullVerification) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function upload(service: Running, token: string, sheet: Buffer): Promise<{ ms: number; status: number; code: string | null }> {
  const started = performance.now();
  const response = await fetch(new URL(importPath, service.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: sheet,
  });
  const answer = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return { ms: performance.now() - started, status: response.status, code: answer.errors?.[0].extensions.code ?? null };
}

/**
 * Polls /healthz every 10 ms from a worker thread (its own event loop, so the uploads this process
 * sends cannot delay the polls) until the returned function is called: answers' latencies, in ms.
 */
async function watchHealth(service: Running): Promise<() => Promise<number[]>> {
  const poller = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
    const latencies = [];
    let running = true;
    parentPort.once('message', () => (running = false));
    (async () => {
      // The first fetch of a thread loads the HTTP client: it is no measure of the service.
      await (await fetch(workerData)).arrayBuffer();
      parentPort.postMessage('ready');
      while (running) {
        const started = performance.now();
        await (await fetch(workerData)).arrayBuffer();
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      parentPort.postMessage(latencies);
    })();`,
    { eval: true, workerData: new URL('/healthz', service.url).href },
  );
  await new Promise((resolve) => poller.once('message', resolve));
  return async () => {
    const latencies = new Promise<number[]>((resolve) => poller.once('message', resolve));
    poller.postMessage('stop');
    const answered = await latencies;
    await poller.terminate();
    return answered;
  };
}

/** The answers' slowest and median latency, against the target: none slower than TARGET_MS. */
const TARGET_MS = 200;
function health(measure: string, latencies: number[]): Row {
  const sorted = [...latencies].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1];
  return {
    measure,
    figure: `max ${fmt(max)} ms, median ${fmt(sorted[sorted.length >> 1])} ms (${sorted.length} answers)`,
    target: `max < ${TARGET_MS} ms`,
    met: max < TARGET_MS,
  };
}

async function main(): Promise<void> {
  const file = freshStoreFile('imports');
  const store = { address: `sqlite:${path.resolve(file)}`, dataDir: path.resolve(path.dirname(file)) };
  const service = await startService(store, {}, settled);
  const [first, second] = [await tokenFor(store, 'bench-import-a', Role.ADMIN), await tokenFor(store, 'bench-import-b', Role.ADMIN)];
  const graphql = new URL('/graphql', service.url).href;
  // After a long import the service may still shed load (503 OVERLOADED, answered before the body is read): wait it out.
  const calm = () => ask(graphql, first, body('{ __typename }'));
  const mutate = (mutation: string, input: Record<string, unknown>) => {
    const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
    return ask(
      new URL('/graphql', service.url).href,
      first,
      body(`mutation($input: ${type}!) { ${mutation}(input: $input) { position } }`, { input }),
    );
  };
  await openLargeYear(mutate, PER_UNIT);
  const rows: Row[] = [];
  try {
    // Built before anything is measured: making them takes this process's time, not the service's.
    const [council, self, cluster] = ['Hội đồng duyệt', 'Tự chấm', 'Cụm chấm'].map((stage) => Buffer.from(largeSheet(stage, PER_UNIT)));
    const longCell = Buffer.from(`${HEADER}\r\n${SHEET_UNITS[0]},t1,Tự chấm,1,"${'x'.repeat(4.9 * 1024 * 1024)}",\r\n`);
    const alone = await upload(service, first, council);
    log(`one import: ${alone.status} in ${fmt(alone.ms)} ms`);
    rows.push({
      measure: `One ${fmt(ROWS)}-row import (${alone.status})`,
      figure: `${fmt(ROWS / (alone.ms / 1000))} rows/s (${fmt(alone.ms)} ms)`,
    });

    await calm();
    let watched = await watchHealth(service);
    const pair = await Promise.all([upload(service, first, self), upload(service, second, cluster)]);
    const pairDone = `${pair.map((p) => p.status).join(', ')}; ${pair.map((p) => fmt(p.ms)).join(', ')} ms`;
    rows.push(health(`/healthz during two concurrent ${fmt(ROWS)}-row imports (${pairDone})`, await watched()));

    await calm();
    watched = await watchHealth(service);
    const cell = await upload(service, first, longCell);
    rows.push(
      health(`/healthz during a CSV with a 4.9 MB cell (${cell.status} ${cell.code ?? ''} in ${fmt(cell.ms)} ms)`, await watched()),
    );
    rows.push(...(await largeAppendStalls(SHEET_UNITS.length, PER_UNIT)));
  } catch (error) {
    log(`${String(error)}: ${String((error as Error).cause)}`);
    log(
      service.logs
        .filter((line) => line.includes('score-sheet') || !line.includes('request completed'))
        .slice(-10)
        .join('\n'),
    );
    process.exit(1);
  } finally {
    await service.stop();
  }
  console.log(table(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
