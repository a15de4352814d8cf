import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { signLocalToken } from '../../src/auth/tokens';
import { Role } from '../../src/kernel/actor';
import { loadConfig } from '../../src/config';
import { exited, ROOT, spawnProgram } from '../support/spawn';

const SECONDS = Number(process.env.OVERLOAD_SECONDS ?? 15);
/** Twice the HTTP target of the benchmarks (3,000 requests/s). */
const RATE = 6000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-ops-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = promisify(execFile);

async function residentBytes(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^thidua_process_resident_memory_bytes (\d+)/m.exec(text)![1]);
}

describe('the service as a process: overload, probes, metrics, logs, graceful shutdown', () => {
  it(
    `stays up under ${RATE} requests/s for ${SECONDS} s, answering only with clear overload codes, and returns to its memory baseline`,
    async () => {
      const port = 4700 + Math.floor(Math.random() * 800);
      const base = `http://127.0.0.1:${port}`;
      const env = {
        THIDUA_STORE: `sqlite:${path.join(dir, 'thidua.db')}`,
        PORT: String(port),
        THIDUA_RATE_LIMIT_PER_MINUTE: '100000000',
        LOG_LEVEL: 'info',
      };
      const server = spawnProgram('src/main.ts', [], env);
      let logs = '';
      server.stdout!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
      while (!logs.includes('GraphQL ready')) {
        if (server.exitCode !== null) throw new Error(`server exited: ${logs}`);
        await new Promise((r) => setTimeout(r, 50));
      }

      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', reasons: [] });

      const token = await signLocalToken(loadConfig(env).auth, 'tai-thu', { role: Role.AUDITOR, name: 'Người Thử Tải' });
      const query = JSON.stringify({
        query: '{ rankings(clusterId: "ag-cum-2", year: 2022) { units { unitId } } units(search: "tan chau") { id name } }',
      });
      const first = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-correlation-id': 'thu-tai-1' },
        body: query,
      });
      expect(first.headers.get('x-correlation-id')).toBe('thu-tai-1');
      expect(first.headers.get('x-request-id')).toBeTruthy();

      await new Promise((r) => setTimeout(r, 1000));
      const baseline = await residentBytes(base);
      const { stdout } = await run(
        process.execPath,
        [
          path.join(ROOT, 'node_modules/autocannon/autocannon.js'),
          '--json',
          '-c',
          '100',
          '-d',
          String(SECONDS),
          '-R',
          String(RATE),
          '-m',
          'POST',
          '-H',
          'content-type=application/json',
          '-H',
          `authorization=Bearer ${token}`,
          '-b',
          query,
          `${base}/graphql`,
        ],
        { maxBuffer: 64 * 1024 * 1024, timeout: (SECONDS + 60) * 1000 },
      );
      const result = JSON.parse(stdout) as {
        statusCodeStats: Record<string, { count: number }>;
        errors: number;
        requests: { total: number };
      };
      const statuses = Object.keys(result.statusCodeStats).map(Number);
      expect(statuses.every((status) => [200, 429, 503].includes(status))).toBe(true);
      expect(result.statusCodeStats['200'].count).toBeGreaterThan(0);
      expect(server.exitCode).toBeNull();
      expect((await fetch(`${base}/healthz`)).status).toBe(200);

      await new Promise((r) => setTimeout(r, 5000));
      const after = await residentBytes(base);
      expect(after).toBeLessThan(baseline + 150 * 1024 * 1024);

      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(/thidua_graphql_request_duration_seconds_count\{operation="anonymous",type="query",outcome="ok"\} \d+/);
      expect(metrics).toContain('# TYPE thidua_events_committed_total counter');
      expect(metrics).toMatch(/thidua_projection_lag_events 0/);
      expect(metrics).toMatch(/thidua_chain_head_position \d+/);

      server.kill('SIGTERM');
      expect(await exited(server)).toBe(0);
      expect(logs).toContain('stopped cleanly');
      expect(logs).toContain('loaded the demo data');
      const requestLine = logs.split('\n').find((line) => line.includes('"correlationId":"thu-tai-1"'));
      expect(requestLine).toMatch(/"reqId":"[0-9a-f-]{36}"/);
      expect(logs).not.toContain('Người Thử Tải');
    },
    (SECONDS + 120) * 1000,
  );
});
