import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ThiduaClaims } from '../../src/auth/claims';
import { signLocalToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { openStore } from '../../src/eventstore/open-store';
import type { EventStore } from '../../src/eventstore/port';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { exited, spawnTs } from './spawn';

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
   * what a test may look at without reaching into the process.
   */
  store: EventStore;
  /** The service process itself (for signals) and everything it has logged so far. */
  process: ChildProcess;
  logs(): string;
  token(sub: string, claims: ThiduaClaims): Promise<string>;
  /** The answer parsed, and as the bytes it came in (`text`). */
  post(body: unknown, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse & { text: string }>;
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse>;
  /** SIGTERM, as an orchestrator stops it; fails unless the service stopped cleanly. */
  stop(): Promise<void>;
}

const READY_WITHIN_MS = 60_000;

/**
 * The real service started as production starts it: `src/main.ts` in its own Node process, its
 * environment without NODE_ENV=test, on an SQLite file in a fresh data folder (unless
 * THIDUA_STORE names one, a file or a PostgreSQL database), on a free loopback port. Answers once the service has finished its
 * full chain verification and its read models have caught up with the store. The demo data is
 * not loaded unless `THIDUA_DEMO: 'true'` is given.
 */
export async function startService(env: Record<string, string> = {}): Promise<TestService> {
  const ownDir = env.THIDUA_STORE ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-service-'));
  const childEnv = {
    THIDUA_DEMO: 'false',
    LOG_LEVEL: 'info',
    ...env,
    PORT: '0',
    ...(ownDir ? { THIDUA_STORE: `sqlite:${path.join(ownDir, 'thidua.db')}` } : {}),
  };
  const config = loadConfig(childEnv);
  const storeConfig = config.store;
  if (storeConfig.kind === 'kurrentdb') throw new Error('startService runs the service on SQLite or PostgreSQL');
  const storeFile = storeConfig.kind === 'sqlite' ? storeConfig.filename : null;
  const child = spawnTs('src/main.ts', [], childEnv);
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
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const base = `http://127.0.0.1:${port}`;
  // Settled, not necessarily ready (a damaged store is served read-only for good): the first full
  // verification of the chain is done and the read models have caught up.
  for (;;) {
    const readiness = (await (await fetch(`${base}/readyz`)).json()) as {
      head: number;
      processedPosition: number;
      lastFullVerification: unknown;
    };
    if (readiness.lastFullVerification && readiness.processedPosition >= readiness.head) break;
    if (Date.now() > deadline) throw fail(`the service did not settle in time (${JSON.stringify(readiness)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const url = `${base}/graphql`;
  // An SQLite reader is opened on first use: an open reader keeps the WAL file after the service
  // closes the store. A PostgreSQL store is a connection, opened now.
  let store: EventStore | null = storeFile === null ? await openStore(storeConfig) : null;
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

  return {
    url,
    base,
    storeFile,
    get store() {
      return (store ??= new SqliteEventStore(storeFile!, { readonly: true }));
    },
    process: child,
    logs: () => logs,
    token: (sub, claims) => signLocalToken(config.auth, sub, claims),
    post,
    gql: (query, variables = {}, token = adminToken) => post({ query, variables }, token),
    async stop() {
      await store?.close();
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited(child);
      process.off('exit', killOnExit);
      if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
      if (code !== 0 || !logs.includes('stopped cleanly'))
        throw new Error(`the service did not stop cleanly (exit ${code}):\n${logs.slice(-4000)}`);
    },
  };
}
