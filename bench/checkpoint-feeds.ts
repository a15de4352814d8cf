/**
 * What open checkpoint feeds cost a write: the latency of a simple mutation over HTTP (registerUnit,
 * one at a time; BENCH_WRITES of them, 500) and the service's CPU time per write, with no feed open
 * and with BENCH_FEEDS (1,000) Server-Sent Events feeds open, alternating in one run against one
 * service: `npm run bench:checkpoint-feeds`. Once with the service's checkpoint cadence, once with
 * a checkpoint every 10 events, so the feeds are fed all along: each checkpoint is written to every
 * feed, which no design avoids. The feeds come from this one address: the service is started with
 * its caps raised to let them in.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { Role } from '../src/kernel/actor';
import { ask } from './lib/load';
import { startService, type Running } from './lib/processes';
import { body, fmt, percentile, table, tokenFor, type Row } from './sections/shared';
import { freshStore } from './sections/stores';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 1000);
const WRITES = Number(process.env.BENCH_WRITES ?? 500);
const ROUNDS = 5;
/** The service's own THIDUA_CHECKPOINT_EVERY. */
const DEFAULT_EVERY = loadConfig({}).checkpointEvery;
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
  return latencies;
}

/** Opens `count` feeds in a process of their own (bench/lib/feed-clients.ts); resolves once all are open. */
async function openFeeds(base: string, count: number) {
  const clients = fork(path.join(__dirname, 'lib', 'feed-clients.js'), [base, String(count)]);
  const answer = () =>
    new Promise<{ open?: true; fewest?: number }>((resolve, reject) => {
      clients.once('message', resolve);
      clients.once('exit', (code) => reject(new Error(`the feed clients exited with ${code}`)));
    });
  await answer();
  return {
    async fewestCheckpoints() {
      const reply = answer();
      clients.send('fewest');
      return (await reply).fewest!;
    },
    close: () => new Promise((resolve) => clients.once('exit', resolve).send('close')),
  };
}

/** The service's count of log subscriptions (absent before it was reported). */
async function logSubscriptions(base: string): Promise<string> {
  const line = (await (await fetch(`${base}/metrics`)).text()).split('\n').find((l) => l.startsWith('thidua_log_subscriptions '));
  return line?.split(' ')[1] ?? 'not reported';
}

/** Latencies of writes, sorted, and the service's CPU time per write. */
interface Side {
  latencies: number[];
  cpuMs: number;
}

/** Times writes on `side`, adding the service's CPU time they took. */
async function timedOn(service: Running, token: string, side: Side, phase: string): Promise<void> {
  const cpuBefore = service.cpuMs();
  side.latencies.push(...(await timedWrites(service.url, token, phase, WRITES / ROUNDS)));
  side.cpuMs += service.cpuMs() - cpuBefore;
}

/**
 * Rounds of writes without feeds, then with them: on a machine shared with other work the latency
 * drifts over a run, and alternating puts both sides under the same drift.
 */
async function alternate(service: Running, token: string) {
  const base = new URL(service.url).origin;
  const [without, withFeeds]: Side[] = [
    { latencies: [], cpuMs: 0 },
    { latencies: [], cpuMs: 0 },
  ];
  let fewest = Number.POSITIVE_INFINITY;
  let subscriptions = '';
  for (let round = 0; round < ROUNDS; round += 1) {
    await timedOn(service, token, without, `without-${round}`);
    subscriptions = `${await logSubscriptions(base)} / `;
    const feeds = await openFeeds(base, FEEDS);
    subscriptions += await logSubscriptions(base);
    await timedOn(service, token, withFeeds, `with-${round}`);
    fewest = Math.min(fewest, await feeds.fewestCheckpoints());
    await feeds.close();
  }
  for (const side of [without, withFeeds]) side.latencies.sort((a, b) => a - b);
  return { without, withFeeds, fewest, subscriptions };
}

const figure = ({ latencies, cpuMs }: Side) =>
  `p50 ${percentile(
    latencies.sort((a, b) => a - b),
    50,
  ).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, ` +
  `${(cpuMs / latencies.length).toFixed(2)} ms of the service's CPU per write`;

/** The figures with checkpoints every `every` events: the service's default, or often enough to feed the feeds all along. */
async function measure(every: number): Promise<Row[]> {
  const store = await freshStore('SQLite', `checkpoint-feeds-${every}`);
  const token = await tokenFor(store, 'bench-admin', Role.ADMIN);
  const env = {
    THIDUA_CHECKPOINT_EVERY: String(every),
    THIDUA_CHECKPOINT_FEEDS_PER_ADDRESS: String(FEEDS),
    THIDUA_CHECKPOINT_FEEDS_ANONYMOUS: String(FEEDS),
  };
  const service = await startService(store, env, (url) => ask(url, token, body('{ __typename }')));
  try {
    await timedWrites(service.url, token, 'warm-up', 100);
    const { without, withFeeds, fewest, subscriptions } = await alternate(service, token);
    const ratio = (p: number) => percentile(withFeeds.latencies, p) / percentile(without.latencies, p);
    log(`checkpoint every ${every} events: ${ratio(50).toFixed(2)} × the median with ${FEEDS} feeds`);
    const cadence = `checkpoint every ${fmt(every)} events`;
    return [
      { measure: `registerUnit over HTTP, one at a time (${WRITES} writes), no feed open; ${cadence}`, figure: figure(without) },
      {
        measure: `the same with ${fmt(FEEDS)} checkpoint feeds open (each fed ${fewest} checkpoints or more in a round); log subscriptions without / with feeds ${subscriptions}`,
        figure: `${figure(withFeeds)}: ${ratio(50).toFixed(2)} × the median and ${ratio(99).toFixed(2)} × the p99 without feeds`,
        ...(every === DEFAULT_EVERY ? { target: '≤ 1.10 × (median)', met: ratio(50) <= 1.1 } : {}),
      },
    ];
  } finally {
    await service.stop();
  }
}

async function main(): Promise<void> {
  const rows = [...(await measure(DEFAULT_EVERY)), ...(await measure(10))];
  console.log(`\n${table(rows)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
