/**
 * What open checkpoint feeds cost a write: the latency of a simple mutation over HTTP (registerUnit,
 * one at a time; BENCH_WRITES of them, 500) with no feed open and with BENCH_FEEDS (1,000)
 * Server-Sent Events feeds open, in one run against one service: `npm run bench:checkpoint-feeds`.
 * A checkpoint every 10 events, so the feeds are fed while the writes are timed. The feeds come
 * from this one address: the service is started with its caps raised to let them in.
 */
import 'reflect-metadata';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { Role } from '../src/domain/shared/actor';
import { ask } from './lib/load';
import { startService } from './lib/processes';
import { body, fmt, percentile, table, tokenFor, type Row } from './sections/shared';
import { freshStore } from './sections/stores';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 1000);
const WRITES = Number(process.env.BENCH_WRITES ?? 500);
const ROUNDS = 5;
const log = (line: string) => console.error(`[bench] ${line}`);

/** Milliseconds each of `count` writes took, one after the other. */
async function timedWrites(url: string, token: string, phase: string, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `bench-feeds-${phase}-${i}`;
    const write = body(
      'mutation($id: ID!, $name: String!) { registerUnit(input: { unitId: $id, name: $name, level: REGIONAL }) { position } }',
      {
        id,
        name: `Đơn vị thử ${id}`,
      },
    );
    const started = performance.now();
    await ask(url, token, write);
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}

/** Opens `count` feeds, each its own connection, reading everything sent; resolves once all are open. */
async function openFeeds(base: string, count: number) {
  const checkpoints = new Array<number>(count).fill(0);
  const requests = await Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<http.ClientRequest>((resolve, reject) => {
          const request = http.get(`${base}/audit/checkpoints/feed`, { agent: false }, (response) => {
            if (response.statusCode !== 200)
              response.on('data', (chunk: Buffer) =>
                reject(new Error(`feed ${i} refused with ${response.statusCode}: ${chunk.toString()}`)),
              );
            response.on('data', (chunk: Buffer) => (checkpoints[i] += chunk.toString().split('event: checkpoint').length - 1));
            resolve(request);
          });
          request.on('error', reject);
        }),
    ),
  );
  return { fewestCheckpoints: () => Math.min(...checkpoints), close: () => requests.forEach((request) => request.destroy()) };
}

/** The service's count of log subscriptions (absent before it was reported). */
async function logSubscriptions(base: string): Promise<string> {
  const line = (await (await fetch(`${base}/metrics`)).text()).split('\n').find((l) => l.startsWith('thidua_log_subscriptions '));
  return line?.split(' ')[1] ?? 'not reported';
}

const figure = (latencies: number[]) => `p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms`;

/**
 * Rounds of writes without feeds, then with them: on a machine shared with other work the latency
 * drifts over a run, and alternating puts both sides under the same drift.
 */
async function alternate(base: string, url: string, token: string) {
  const without: number[] = [];
  const withFeeds: number[] = [];
  let fewest = Number.POSITIVE_INFINITY;
  let subscriptions = '';
  for (let round = 0; round < ROUNDS; round += 1) {
    without.push(...(await timedWrites(url, token, `without-${round}`, WRITES / ROUNDS)));
    subscriptions = `${await logSubscriptions(base)} / `;
    const feeds = await openFeeds(base, FEEDS);
    subscriptions += await logSubscriptions(base);
    withFeeds.push(...(await timedWrites(url, token, `with-${round}`, WRITES / ROUNDS)));
    fewest = Math.min(fewest, feeds.fewestCheckpoints());
    feeds.close();
    log(`round ${round + 1} of ${ROUNDS} done`);
  }
  return { without: without.sort((a, b) => a - b), withFeeds: withFeeds.sort((a, b) => a - b), fewest, subscriptions };
}

async function main(): Promise<void> {
  const store = await freshStore('SQLite', 'checkpoint-feeds');
  const token = await tokenFor(store, 'bench-admin', Role.ADMIN);
  const env = {
    THIDUA_CHECKPOINT_EVERY: '10',
    THIDUA_CHECKPOINT_FEEDS_PER_ADDRESS: String(FEEDS),
    THIDUA_CHECKPOINT_FEEDS_ANONYMOUS: String(FEEDS),
  };
  const service = await startService(store, env, (url) => ask(url, token, body('{ __typename }')));
  try {
    await timedWrites(service.url, token, 'warm-up', 100);
    const { without, withFeeds, fewest, subscriptions } = await alternate(new URL(service.url).origin, service.url, token);
    const ratio = (p: number) => percentile(withFeeds, p) / percentile(without, p);
    const rows: Row[] = [
      { measure: `registerUnit over HTTP, one at a time (${WRITES} writes), no feed open`, figure: figure(without) },
      {
        measure: `the same with ${fmt(FEEDS)} checkpoint feeds open (each fed ${fewest} checkpoints or more in a round)`,
        figure: `${figure(withFeeds)}: ${ratio(50).toFixed(2)} × the median and ${ratio(99).toFixed(2)} × the p99 without feeds`,
        target: '≤ 1.10 × (median)',
        met: ratio(50) <= 1.1,
      },
      { measure: 'log subscriptions of the service, without feeds / with them', figure: subscriptions },
    ];
    console.log(`\n${table(rows)}`);
  } finally {
    await service.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
