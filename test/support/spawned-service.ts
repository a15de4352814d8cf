import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ThiduaClaims } from '../../src/auth/claims';
import { signLocalToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { exited, jsonLines, spawnTs } from '../robustness/spawn';
import type { GraphQLResponse } from './service';

/** Waits for the line saying where the service listens; fails if the process ends first or takes over 60 s. */
async function readyLine(child: ChildProcess, log: Record<string, unknown>[]): Promise<Record<string, unknown>> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const line = log.find((l) => /ready at http:\/\/[^:]+:\d+/.test(String(l.msg)));
    if (line) return { host: '127.0.0.1', port: Number(/:(\d+)\//.exec(String(line.msg))![1]), ...line };
    if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}) before it was ready: ${JSON.stringify(log)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error('the service was not ready within 60 s');
}

export interface SpawnedService {
  /** The GraphQL endpoint, on the address the service said it listens on. */
  url: string;
  port: number;
  child: ChildProcess;
  /** The service's log, one parsed JSON line each. */
  log: Record<string, unknown>[];
  token(sub: string, claims: ThiduaClaims): Promise<string>;
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

/**
 * Runs src/main.ts as its own process on a fresh SQLite file (port 0 unless given), as `npm start`
 * would, without the test runner's NODE_ENV.
 */
export async function spawnService(env: Record<string, string> = {}): Promise<SpawnedService> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-spawned-'));
  const settings = { THIDUA_STORE: `sqlite:${path.join(dir, 'thidua.db')}`, THIDUA_DEMO: 'false', PORT: '0', ...env };
  const real = spawnTs('src/main.ts', [], settings);
  const log = jsonLines(real) as Record<string, unknown>[];
  const ready = await readyLine(real, log);
  const port = ready.port as number;
  const host = String(ready.host);
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/graphql`;
  const auth = loadConfig(settings).auth;
  const admin = await signLocalToken(auth, 'admin-test', { role: 'ADMIN' as never, name: 'Quản trị' });
  const gql = async (query: string, variables: Record<string, unknown> = {}, token = admin) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  return {
    url,
    port,
    child: real,
    log,
    token: (sub, claims) => signLocalToken(auth, sub, claims),
    gql,
    async stop() {
      if (real.exitCode === null) {
        real.kill('SIGTERM');
        const timer = setTimeout(() => real.kill('SIGKILL'), 20_000);
        await exited(real);
        clearTimeout(timer);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
