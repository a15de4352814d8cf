import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ThiduaClaims } from '../../src/auth/claims';
import { signLocalToken } from '../../src/auth/tokens';
import { loadConfig, type Config } from '../../src/config';
import { openStore } from '../../src/eventstore/open-store';
import type { EventStore } from '../../src/eventstore/port';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { createLogger } from '../../src/logger';
import { serve } from '../../src/serve';
import { exited, spawnProgram } from './spawn';

export interface GraphQLResponse {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestService {
  /** The GraphQL endpoint. */
  url: string;
  /** The service's root, for the other routes (`${base}/readyz`). */
  base: string;
  /** The SQLite file the service writes (null on a PostgreSQL store). */
  storeFile: string | null;
  /**
   * The service's store opened read-only beside it, as an operator's or auditor's tool would:
   * what a test may look at without reaching into the service.
   */
  store: EventStore;
  /** Everything the service has logged so far. */
  logs(): string;
  token(sub: string, claims: ThiduaClaims): Promise<string>;
  /** The answer parsed, and as the bytes it came in (`text`). */
  post(body: unknown, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse & { text: string }>;
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse>;
  /** Stops it as SIGTERM does (drain, checkpoint, close); fails unless the service stopped cleanly. Once: a second call answers the first's outcome. */
  stop(): Promise<void>;
}

/** The service in its own process, for what only a process shows: signals, exit codes, crashes, its memory. */
export interface ServiceProcess extends TestService {
  process: ChildProcess;
}

const READY_WITHIN_MS = 60_000;
/** Beyond any heap a test runner reaches: the in-process service sheds load by its heap only when a test asks. */
const IN_PROCESS_HEAP_BOUND_MB = 64 * 1024;
/** Beyond any pause of a busy test runner: the in-process service sheds load by its event loop only when a test asks. */
const IN_PROCESS_LOOP_DELAY_BOUND_MS = 10 * 60_000;

/** Where a test's service runs: its environment as `src/main.ts` reads it, its store, its settings. */
interface Placement {
  env: Record<string, string | undefined>;
  /** The fresh data folder made for this service, removed when it stops (null when THIDUA_STORE names a store). */
  ownDir: string | null;
  config: Config;
  storeFile: string | null;
}

/**
 * The environment the service reads: the test runner's, minus its NODE_ENV=test (production never
 * sets it), plus the test's settings, on a free loopback port and, unless THIDUA_STORE names a
 * store (a file or a PostgreSQL database), on an SQLite file in a fresh data folder. The demo data
 * is not loaded unless `THIDUA_DEMO: 'true'` is given.
 */
function place(settings: Record<string, string>): Placement {
  const ownDir = settings.THIDUA_STORE ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-service-'));
  const { NODE_ENV: _testRunner, ...inherited } = process.env;
  const env = {
    ...inherited,
    THIDUA_DEMO: 'false',
    LOG_LEVEL: 'info',
    ...settings,
    PORT: '0',
    ...(ownDir ? { THIDUA_STORE: `sqlite:${path.join(ownDir, 'thidua.db')}` } : {}),
  };
  const config = loadConfig(env);
  if (config.store.kind === 'kurrentdb') throw new Error('startService runs the service on SQLite or PostgreSQL');
  return { env, ownDir, config, storeFile: config.store.kind === 'sqlite' ? config.store.filename : null };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Settled, not necessarily ready (a damaged store is served read-only for good): the first full
 * verification of the chain is done and the read models have caught up.
 */
async function settled(base: string, deadline: number, fail: (why: string) => Error): Promise<void> {
  for (;;) {
    const readiness = (await (await fetch(`${base}/readyz`)).json()) as {
      head: number;
      processedPosition: number;
      lastFullVerification: unknown;
    };
    if (readiness.lastFullVerification && readiness.processedPosition >= readiness.head) return;
    if (Date.now() > deadline) throw fail(`the service did not settle in time (${JSON.stringify(readiness)})`);
    await pause(50);
  }
}

/** A client of the service at `base`, as its tests use it; `stopService` stops the service itself. */
async function clientOf(
  { ownDir, config, storeFile }: Placement,
  base: string,
  logs: () => string,
  stopService: () => Promise<void>,
): Promise<TestService> {
  const url = `${base}/graphql`;
  // An SQLite reader is opened on first use: an open reader keeps the WAL file after the service
  // closes the store. A PostgreSQL store is a connection, opened now.
  let store: EventStore | null = storeFile === null ? await openStore(config.store) : null;
  const adminToken = await signLocalToken(config.auth, 'admin-test', { role: 'ADMIN' as never, name: 'Quản trị' });
  const post = async (body: unknown, token?: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...headers,
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text, ...(JSON.parse(text) as object) };
  };
  const stop = async () => {
    try {
      await store?.close();
    } finally {
      try {
        await stopService();
      } finally {
        if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
      }
    }
    if (!logs().includes('stopped cleanly')) throw new Error(`the service did not stop cleanly:\n${logs().slice(-4000)}`);
  };
  let stopped: Promise<void> | undefined;
  return {
    url,
    base,
    storeFile,
    get store() {
      return (store ??= new SqliteEventStore(storeFile!, { readonly: true }));
    },
    logs,
    token: (sub, claims) => signLocalToken(config.auth, sub, claims),
    post,
    gql: (query, variables = {}, token = adminToken) => post({ query, variables }, token),
    stop: () => (stopped ??= stop()),
  };
}

/**
 * The real service, built as `src/main.ts` builds it (the same `serve`: configuration from its
 * environment, start-up checks, read models, the HTTP service listening on a loopback port), in
 * the test's own process: its clients reach it over HTTP and WebSocket as they would any other.
 * Answers once it has settled (see `settled`).
 */
export async function startService(settings: Record<string, string> = {}): Promise<TestService> {
  // The heap and event-loop bounds measure the whole process: here that is the test runner's too,
  // whose heap grows with every test file it has run and whose loop also runs the test's own work
  // between requests (a sweep comparing large answers), so only a test that sets a bound gets one.
  const placement = place({
    THIDUA_SHED_HEAP_MB: String(IN_PROCESS_HEAP_BOUND_MB),
    THIDUA_SHED_EVENT_LOOP_DELAY_MS: String(IN_PROCESS_LOOP_DELAY_BOUND_MS),
    ...settings,
  });
  let logs = '';
  const logger = createLogger(placement.env.LOG_LEVEL, { write: (line: string) => void (logs += line) });
  const deadline = Date.now() + READY_WITHIN_MS;
  const serving = await serve(placement.env, [], logger).catch((error: Error) => {
    throw new Error(`the service did not start (${error.message}); it logged:\n${logs.slice(-4000)}`, { cause: error });
  });
  const base = `http://127.0.0.1:${serving.port}`;
  await settled(base, deadline, (why) => {
    void serving.stop('SIGTERM');
    return new Error(`${why}; the service logged:\n${logs.slice(-4000)}`);
  });
  return clientOf(
    placement,
    base,
    () => logs,
    async () => void (await serving.stop('SIGTERM')),
  );
}

/**
 * The real service as production starts it: `src/main.ts` in its own Node process. Answers once
 * it has settled (see `settled`); `stop()` sends SIGTERM, as an orchestrator stops it.
 */
export async function startServiceProcess(settings: Record<string, string> = {}): Promise<ServiceProcess> {
  const placement = place(settings);
  const child = spawnProgram('src/main.ts', [], placement.env as Record<string, string>);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let logs = '';
  child.stdout!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  const fail = (why: string) => {
    child.kill('SIGKILL');
    return new Error(`${why}; the service logged:\n${logs.slice(-4000)}`);
  };

  const deadline = Date.now() + READY_WITHIN_MS;
  let port: string | undefined;
  while (!(port = /GraphQL ready at http:\/\/localhost:(\d+)/.exec(logs)?.[1])) {
    if (child.exitCode !== null) throw fail(`the service exited with ${child.exitCode} before it was ready`);
    if (Date.now() > deadline) throw fail('the service did not start in time');
    await pause(50);
  }
  await settled(`http://127.0.0.1:${port}`, deadline, fail);
  const client = await clientOf(
    placement,
    `http://127.0.0.1:${port}`,
    () => logs,
    async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited(child);
      process.off('exit', killOnExit);
      if (code !== 0) throw new Error(`the service exited with ${code}:\n${logs.slice(-4000)}`);
    },
  );
  return Object.assign(client, { process: child });
}
