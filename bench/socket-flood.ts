/**
 * /healthz while hostile clients work the WebSocket endpoint, against a quiet baseline in the same
 * run: (1) a unit officer's 8 sockets keeping 40 GraphQL documents of 250 KiB in flight, and (2)
 * 2,000 anonymous sockets opened within 1.4 s from another address, never sending connection_init
 * and reopened as they are closed, while signed-in clients connect. The service runs with the
 * default rate limit (1,200 requests a minute), as deployed: it is part of the defence. The
 * service's CPU time per operation does not depend on what else the machine runs. /healthz is
 * asked from a process of its own, measured against the target, and from the flooding process too,
 * whose own busy event loop adds to what it sees.
 * `npm run bench:socket-flood`; BENCH_SECONDS sets each phase's length (10).
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Role } from '../src/kernel/actor';
import { SECONDS } from './lib/load';
import { startService, type Running } from './lib/processes';
import { anonymousFlood, operationFlood, probe, probeApart, signIn, type Probed } from './lib/socket-floods';
import { fmt, freshStoreFile, table, tokenFor, type Row } from './sections/shared';

const TARGET_MS = 200;
const log = (line: string) => console.error(`[bench] ${line}`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const latencies = (health: Probed) => `p50 ${health.p50} ms, p99 ${health.p99} ms, max ${health.max} ms (${health.answers} answers)`;

/** One phase: /healthz asked throughout while `during` runs; `during` answers what to add to the figure, given the service's CPU time. */
async function phase(service: Running, name: string, during: () => Promise<() => Promise<(cpuMs: number) => string>>): Promise<Row> {
  const healthz = service.url.replace(/graphql$/, 'healthz');
  const apart = await probeApart(healthz);
  const inFloodingProcess = probe(healthz);
  const cpuBefore = service.cpuMs();
  const started = performance.now();
  const stop = await during();
  await pause(SECONDS * 1000);
  const describe = await stop();
  const cpuMs = service.cpuMs() - cpuBefore;
  // Longer than SECONDS when the flooding process, busy, is late to end it.
  const seconds = (performance.now() - started) / 1000;
  const [health, seenByFlood] = await Promise.all([apart.stop(), inFloodingProcess.stop()]);
  const note = describe(cpuMs);
  log(`${name}: ${JSON.stringify(health)}, from the flooding process ${JSON.stringify(seenByFlood)} ${note}`);
  return {
    measure: `/healthz ${name}`,
    figure: `${latencies(health)}; from the flooding process ${latencies(seenByFlood)}; service CPU ${fmt(cpuMs / 1000, 1)} s in ${fmt(seconds, 1)} s${note}`,
    target: `max < ${TARGET_MS} ms`,
    met: health.max < TARGET_MS,
  };
}

/** Fifteen sign-ins spread over the phase, as the signed-in users tried. */
async function signInsDuring(url: string, token: string, results: boolean[]): Promise<void> {
  for (let i = 0; i < 15; i += 1) {
    const { socket, accepted } = await signIn(url, token);
    results.push(accepted);
    socket.terminate();
    await pause((SECONDS * 1000) / 16);
  }
}

async function main(): Promise<void> {
  const file = freshStoreFile('socket-flood');
  const store = { address: `sqlite:${file}`, dataDir: path.dirname(file) };
  const service = await startService(store, { THIDUA_RATE_LIMIT_PER_MINUTE: '1200' }, async (url) =>
    fetch(url.replace(/graphql$/, 'healthz')),
  );
  const ws = service.url.replace(/^http/, 'ws');
  const officer = await tokenFor(store, 'can-bo-don-vi', Role.UNIT_OFFICER, 'don-vi-1');
  const document = `{ titles { ${'titleId '.repeat((250 * 1024) / 8)} } }`;
  const rows: Row[] = [await phase(service, 'quiet', async () => async () => () => '')];
  rows.push(
    await phase(service, 'during 8 sockets × 5 operations in flight of 250 KiB documents', async () => {
      const flood = await operationFlood(ws, officer, 8, 5, document);
      return async () => {
        const answered = flood.stop();
        return (cpuMs) => `; ${answered} operations answered, ${fmt(cpuMs / Math.max(1, answered), 1)} ms CPU each`;
      };
    }),
  );
  rows.push(
    await phase(service, 'during 2,000 anonymous sockets in 1.4 s, reopened as closed', async () => {
      const flood = anonymousFlood(ws, '127.0.0.2', 2000, 1400);
      const signedIn: boolean[] = [];
      const attempts = signInsDuring(ws, officer, signedIn);
      return async () => {
        await attempts;
        const upgrades = flood.stop();
        return (cpuMs) =>
          `; ${upgrades} upgrades attempted, ${fmt(cpuMs / Math.max(1, upgrades), 2)} ms CPU each; ` +
          `${signedIn.filter(Boolean).length} of ${signedIn.length} sign-ins accepted`;
      };
    }),
  );
  await service.stop();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, load average ${load}.\n`);
  console.log(table(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
