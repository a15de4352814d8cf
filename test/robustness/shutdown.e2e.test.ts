import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CHECKPOINT_EVENT, CHECKPOINT_STREAM, type SignedCheckpoint } from '../../src/audit/checkpoint';
import { signLocalToken } from '../../src/auth/tokens';
import { Role } from '../../src/kernel/actor';
import { loadConfig } from '../../src/config';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { openFeed } from '../support/checkpoint-feeds';
import { startServiceProcess, type ServiceProcess } from '../support/service';
import { exited, ROOT } from '../support/spawn';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-shutdown-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const REGISTER = 'mutation($id: ID!, $name: String!) { registerUnit(input: { unitId: $id, name: $name, level: REGIONAL }) { position } }';
const WRITERS = 8;

/**
 * What a clean stop leaves behind: the "stopped cleanly" line, a checkpoint covering the head, a
 * read-model snapshot taken at the head, no WAL file (the store was closed).
 */
async function expectCleanStop(data: string, logs: string) {
  expect(logs).toContain('stopped cleanly');
  expect(fs.existsSync(path.join(data, 'thidua.db-wal'))).toBe(false);
  const store = new SqliteEventStore(path.join(data, 'thidua.db'), { readonly: true });
  const head = await store.headPosition();
  const last = (await store.readStream(CHECKPOINT_STREAM)).at(-1)!;
  const signed = (last.data as SignedCheckpoint).position;
  // The checkpoint signs the head, or is the head and signs everything before it.
  expect(signed === head || (last.position === head && signed === head - 1)).toBe(true);
  const snapshot = JSON.parse(fs.readFileSync(path.join(data, 'read-models.snapshot')).subarray(0, 400).toString().split('\n')[0]) as {
    position: number;
  };
  expect(snapshot.position).toBe(head);
  return store;
}

describe('a stop by signal, with the environment production uses, is always clean', () => {
  it('SIGTERM under write load: every acknowledged write kept, a checkpoint at the head, a snapshot, the store closed', async () => {
    const data = path.join(dir, 'load');
    const service: ServiceProcess = await startServiceProcess({
      THIDUA_STORE: `sqlite:${path.join(data, 'thidua.db')}`,
      THIDUA_RATE_LIMIT_PER_MINUTE: '1000000',
    });
    const acknowledged: string[] = [];
    let refusedAfterSignal = 0;
    let signalled = false;
    const writer = async (w: number) => {
      for (let i = 0; ; i += 1) {
        const id = `w${w}-${i}`;
        try {
          const response = await service.gql(REGISTER, { id, name: `Viện kiểm sát nhân dân khu vực ${id}` });
          // Acknowledged means answered with the registration's position. A request that reaches
          // a closing server is answered 503 by Fastify, with a body that has no `errors` either.
          if (typeof response.data?.registerUnit?.position !== 'number') throw new Error(JSON.stringify(response));
          acknowledged.push(id);
        } catch (error) {
          // Once the signal is sent, refusals and closed connections are the expected end.
          if (!signalled) throw error;
          refusedAfterSignal += 1;
          return;
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 20));
    signalled = true;
    const signalledAt = Date.now();
    service.process.kill('SIGTERM');
    await Promise.all(writers);
    expect(await exited(service.process)).toBe(0);
    // The writers' kept-alive connections are closed with their last answers: the stop is done once
    // those are answered, not when the drain's bound (10 s) runs out.
    expect(Date.now() - signalledAt).toBeLessThan(8000);
    expect(refusedAfterSignal).toBe(WRITERS);

    const store = await expectCleanStop(data, service.logs());
    const stored = new Set(
      (await store.readAll()).filter((event) => event.type === 'UnitRegistered').map((event) => (event.data as { unitId: string }).unitId),
    );
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect((await store.readAll()).at(-1)!.type).toBe(CHECKPOINT_EVENT);
    await store.close();
    await service.stop();
  }, 60_000);

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s to the service started as production starts it stops it cleanly',
    async (signal) => {
      const data = path.join(dir, signal);
      const service = await startServiceProcess({ THIDUA_STORE: `sqlite:${path.join(data, 'thidua.db')}` });
      expect((await service.gql(REGISTER, { id: 'mot', name: 'Viện kiểm sát nhân dân khu vực 1' })).errors).toBeUndefined();
      // An auditor's feed left open must not hold the stop.
      const feed = await fetch(`${service.base}/audit/checkpoints/feed`);
      expect(feed.status).toBe(200);
      // Nor a client that keeps its connection open once answered, leaves an answer unread, or closed its feed.
      const keptAlive = new http.Agent({ keepAlive: true });
      expect(await statusOf(`${service.base}/healthz`, keptAlive)).toBe(200);
      const unread = await fetch(`${service.base}/healthz`);
      expect(unread.status).toBe(200);
      const feeds = await Promise.all(Array.from({ length: 2 }, () => openFeed(service.base)));
      feeds.forEach((f) => f.close());
      const signalledAt = Date.now();
      service.process.kill(signal);
      expect(await exited(service.process)).toBe(0);
      // Well before the drain's bound (10 s): nothing was still owed.
      expect(Date.now() - signalledAt).toBeLessThan(5000);
      keptAlive.destroy();
      await (await expectCleanStop(data, service.logs())).close();
      await service.stop();
    },
    30_000,
  );

  it('SIGTERM to `npm start` stops the service cleanly and leaves no process serving', async () => {
    const data = path.join(dir, 'npm-start');
    const { NODE_ENV: _testRunner, ...env } = process.env;
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: projectCopy(path.join(dir, 'project')),
      env: { ...env, THIDUA_STORE: `sqlite:${path.join(data, 'thidua.db')}`, PORT: '0', THIDUA_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that a node process npm would leave behind is still ended below.
      detached: true,
    });
    try {
      await expectNpmStartStopsCleanly(npm, data);
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // Nothing left in the group: the expected case.
      }
    }
  }, 90_000);
});

/** The status of a GET through `agent`, the answer read whole and the connection left as the agent keeps it. */
function statusOf(url: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode!));
      })
      .on('error', reject);
  });
}

/**
 * The project's files copied to `to`, its node_modules linked: `npm start` builds dist/ and web/dist/
 * afresh, which must not happen under the other test files running meanwhile (web/dist is emptied first).
 */
function projectCopy(to: string): string {
  const skipped = new Set(['node_modules', '.git', 'dist', 'web/dist', 'test-artifacts', 'coverage', 'data']);
  fs.cpSync(ROOT, to, { recursive: true, filter: (from) => !skipped.has(path.relative(ROOT, from)) && !/\.db(-wal|-shm)?$/.test(from) });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(to, 'node_modules'));
  return to;
}

async function expectNpmStartStopsCleanly(npm: ChildProcess, data: string) {
  let logs = '';
  npm.stdout!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  npm.stderr!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  let port: string | undefined;
  const deadline = Date.now() + 60_000;
  while (!(port = /GraphQL ready at http:\/\/localhost:(\d+)/.exec(logs)?.[1])) {
    if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not start the service: ${logs}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const token = await signLocalToken(loadConfig({ THIDUA_STORE: `sqlite:${path.join(data, 'thidua.db')}` }).auth, 'admin-test', {
    role: Role.ADMIN,
    name: 'Quản trị',
  });
  const written = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: REGISTER, variables: { id: 'mot', name: 'Viện kiểm sát nhân dân khu vực 1' } }),
  });
  // Position 2: the name's record, then the registration, in one append to an empty store.
  expect(await written.json()).toMatchObject({ data: { registerUnit: { position: 2 } } });
  npm.kill('SIGTERM');
  expect(await exited(npm)).toBe(0);
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  await (await expectCleanStop(data, logs)).close();
}
