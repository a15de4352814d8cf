import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const DIST = path.resolve(__dirname, '..', '..');
const NODE_FLAGS = ['--max-semi-space-size=64'];

export interface Running {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawning the process to its first answered query. */
  startMs: number;
  /** Resident set size now, in MiB (from /proc). */
  rssMiB(): number;
  /** CPU time (user + system) the process has used so far, in milliseconds (from /proc, in clock ticks of 10 ms). */
  cpuMs(): number;
  /** Lines the process logged, for what the caller wants to read from them. */
  logs: string[];
  stop(): Promise<void>;
}

function cpuMsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024);
}

/**
 * Starts a built script (relative to dist/) and waits until `firstAnswer(url)` succeeds; the URL
 * comes from the process's own "ready" log line.
 */
export async function startProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
  readyUrl: (line: string) => string | null,
  firstAnswer: (url: string) => Promise<unknown>,
  dist = DIST,
): Promise<Running> {
  const started = performance.now();
  const child = spawn(process.execPath, [...NODE_FLAGS, path.join(dist, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let buffer = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        logs.push(line);
        const found = readyUrl(line);
        if (found) resolve(found);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready:\n${logs.join('\n').slice(-2000)}`)));
  });
  await firstAnswer(url);
  const startMs = performance.now() - started;
  return {
    url,
    child,
    startMs,
    logs,
    rssMiB: () => rssOf(child.pid!),
    cpuMs: () => cpuMsOf(child.pid!),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The Thi đua service on a store, with its read models caught up and its GraphQL answering; built
 * from this tree, or from the `dist` folder of another build (bench/variants.ts).
 */
export function startService(
  store: { address: string; dataDir: string },
  env: Record<string, string>,
  firstAnswer: (url: string) => Promise<unknown>,
  dist = DIST,
): Promise<Running> {
  return startProcess(
    'src/main.js',
    ['--no-demo'],
    {
      PORT: '0',
      LOG_LEVEL: 'info',
      THIDUA_STORE: store.address,
      THIDUA_DATA_DIR: store.dataDir,
      THIDUA_RATE_LIMIT_PER_MINUTE: '100000000',
      ...env,
    },
    (line) => /GraphQL ready at (http:\/\/\S+)/.exec(line)?.[1] ?? null,
    firstAnswer,
    dist,
  );
}

/** Waits for the service's first full verification of the audit chain after its start: it holds the event loop while it runs. */
export async function verified(service: Running): Promise<void> {
  for (const deadline = Date.now() + 300_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 500))) {
    const readiness = (await (await fetch(new URL('/readyz', service.url))).json()) as { lastFullVerification: unknown };
    if (readiness.lastFullVerification) return;
  }
  throw new Error('the service did not finish verifying its audit chain within 5 minutes');
}

/** The bare Apollo reference server. */
export function startHello(): Promise<Running> {
  return startProcess(
    'bench/lib/hello-server.js',
    [],
    {},
    (line) => (line.startsWith('{"ready"') ? (JSON.parse(line) as { ready: string }).ready : null),
    async () => undefined,
  );
}
