/**
 * Figures with and without one part of the service (a cache, the executor), in one run: each
 * variant is a source tree (this checkout, another commit, a copy with one change), built here and
 * measured in turn on the national data set, on the same machine within the same hour. The figures
 * are those of `npm run bench` that such a part can move: the national reads (answered again,
 * revalidated) with the service's CPU time per request beside requests/s (steadier than requests/s
 * on a shared machine), and recordScore over HTTP and in-process.
 *
 * `npm run bench:variants -- variants.json`, the file listing `[{ "name", "dir", "env"?, "figures"? }]`
 * (`figures`: "reads", "writes" or both, the default). BENCH_SECONDS sets each load's length (10).
 * See bench/README.md.
 */
import 'reflect-metadata';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Role } from '../src/kernel/actor';
import { ask, measured, type LoadFigures, type Measured } from './lib/load';
import { startService, verified } from './lib/processes';
import { planNationalData } from './national/plan';
import { ensureStore, NATIONAL } from './national/store-file';
import { graphCases } from './sections/frontend-api';
import { nationalReads } from './sections/service';
import { fmt, tokenFor } from './sections/shared';
import { sqliteStore } from './sections/stores';

type Group = 'reads' | 'writes';

interface Variant {
  name: string;
  /** A source tree with node_modules and data/ (the bench's stores) beside its src/. */
  dir: string;
  /** More environment for its service. */
  env?: Record<string, string>;
  figures?: Group[];
}

/** One figure of one variant: requests or commands a second, latencies, and the server's CPU per request when it was measured. */
type Figure = LoadFigures & { cpuUsPerRequest?: number };

const log = (line: string) => console.error(`[bench] ${line}`);
const PLAN = planNationalData(NATIONAL);
const LAST_YEAR = PLAN.firstYear + NATIONAL.years - 1;
const REVALIDATION = 'Revalidating the whole national graph with its ETag (304 where the service tags answers)';
const HTTP_WRITES = 'recordScore over HTTP, 50 connections';
const IN_PROCESS = 'RecordScore in-process (durable group commits)';

/** The national reads of `npm run bench`, each loaded at 50 connections after one answer. */
async function reads(variant: Variant, file: string): Promise<Map<string, Figure>> {
  const on = sqliteStore(file);
  const token = await tokenFor(on, 'bench-admin', Role.ADMIN);
  const requests: [string, string, Record<string, string>][] = [
    ...nationalReads(file, PLAN, LAST_YEAR).map(([measure, body]): [string, string, Record<string, string>] => [measure, body, {}]),
    ...graphCases(PLAN, LAST_YEAR),
  ];
  const service = await startService(on, variant.env ?? {}, (url) => ask(url, token, requests[0][1]), path.join(variant.dir, 'dist'));
  const figures = new Map<string, Figure>();
  try {
    await verified(service);
    for (const [measure, body, headers] of requests) {
      await ask(service.url, token, body);
      figures.set(measure, await measured(service, { token, body, headers }));
    }
    const [, whole, browser] = requests.find(([, , headers]) => headers['accept-encoding'])!;
    const { etag } = await ask(service.url, token, whole);
    // A build without ETags answers the revalidation in full (200), which is the figure to compare.
    const revalidation: Measured = await measured(service, {
      token,
      body: whole,
      headers: { ...browser, 'if-none-match': etag ?? '"none"' },
      expectStatus: 304,
    });
    figures.set(REVALIDATION, revalidation);
    log(`${variant.name}: reads measured, resident ${service.rssMiB()} MiB`);
  } finally {
    await service.stop();
  }
  return figures;
}

/**
 * The write figures in a process of the variant's own build, since the in-process one runs its
 * command pipeline (the HTTP one starts its service from that build too).
 */
async function writes(variant: Variant): Promise<Map<string, Figure>> {
  const script = `
    require('reflect-metadata');
    const { httpRecordScore, inProcessCommands } = require('./dist/bench/sections/commands.js');
    const { NATIONAL } = require('./dist/bench/national/store-file.js');
    const log = (line) => console.error('[bench] ' + line);
    (async () => {
      const http = await httpRecordScore(NATIONAL, NaN, log);
      const [inProcess] = await inProcessCommands(NATIONAL, log);
      console.log(JSON.stringify({ http: http.figures, inProcess: inProcess.figure }));
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--max-semi-space-size=64', '-e', script], {
    cwd: variant.dir,
    env: { ...process.env, ...variant.env },
    maxBuffer: 16 * 1024 * 1024,
  });
  const { http, inProcess } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { http: LoadFigures; inProcess: string };
  const number = (pattern: RegExp) => Number(pattern.exec(inProcess)?.[1].replace(/,/g, '') ?? NaN);
  return new Map<string, Figure>([
    [HTTP_WRITES, http],
    [
      IN_PROCESS,
      {
        reqPerSec: number(/^([\d,]+) commands\/s/),
        p50: number(/p50 ([\d.]+) ms/),
        p99: number(/p99 ([\d.]+) ms/),
        mean: NaN,
        failures: 0,
        requests: NaN,
      },
    ],
  ]);
}

const cell = (figure: Figure | undefined, first: Figure | undefined) => {
  if (!figure) return '–';
  const change = (now: number, then: number | undefined) =>
    then && now !== then ? ` (${now > then ? '+' : ''}${Math.round((100 * (now - then)) / then)}%)` : '';
  const cpu = figure.cpuUsPerRequest;
  return (
    `${fmt(figure.reqPerSec)}/s${change(figure.reqPerSec, first?.reqPerSec)}, p99 ${fmt(figure.p99)} ms` +
    (cpu === undefined ? '' : `; ${fmt(cpu)} µs CPU${change(cpu, first?.cpuUsPerRequest)}`) +
    (figure.failures ? `; ${fmt(figure.failures)} not 2xx/304` : '')
  );
};

async function main(): Promise<void> {
  const variants = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as Variant[];
  const file = await ensureStore(NATIONAL, log);
  const started = Date.now();
  const results = new Map<string, Map<string, Figure>>();
  for (const variant of variants) {
    log(`${variant.name}: building ${variant.dir}`);
    execFileSync('npm', ['run', 'build:server', '--silent'], { cwd: variant.dir, stdio: 'ignore' });
    const groups = variant.figures ?? ['reads', 'writes'];
    const figures = new Map<string, Figure>([
      ...(groups.includes('reads') ? await reads(variant, path.resolve(file)) : []),
      ...(groups.includes('writes') ? await writes(variant) : []),
    ]);
    results.set(variant.name, figures);
  }
  const measures = [...new Set([...results.values()].flatMap((figures) => [...figures.keys()]))];
  const names = [...results.keys()];
  console.log(
    `\n${new Date(started).toISOString().slice(0, 16)}Z, ${((Date.now() - started) / 60000).toFixed(0)} min; ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; ` +
      `national data set; ${process.env.BENCH_SECONDS ?? 10} s a load. Changes against the first variant in brackets.\n`,
  );
  console.log(`| measure | ${names.join(' | ')} |`);
  console.log(`|---|${names.map(() => '---').join('|')}|`);
  for (const measure of measures)
    console.log(
      `| ${measure} | ${names.map((name) => cell(results.get(name)!.get(measure), results.get(names[0])!.get(measure))).join(' | ')} |`,
    );
  console.log(`\n${JSON.stringify(Object.fromEntries([...results].map(([name, figures]) => [name, Object.fromEntries(figures)])))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
