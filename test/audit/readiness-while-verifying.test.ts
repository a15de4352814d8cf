import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { protectFromOverload } from '../../src/http/hardening';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { registerOpsRoutes } from '../../src/http/ops-routes';
import { Metrics } from '../../src/ops/metrics';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-verifying-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Unit level, in the test process (the only way to look inside the short window of the first
 * pass): the app as `src/main.ts` builds it, with the readiness route and load shedding alone in
 * front of it.
 */
describe('readiness while the first full verification runs', () => {
  it('answers 503 "verifying" until the first pass is done, then ready', async () => {
    const file = path.join(dir, 'thidua.db');
    const store = new SqliteEventStore(file);
    for (let batch = 0; batch < 5; batch += 1)
      await store.append(
        `s-${batch}`,
        Array.from({ length: 1000 }, (_, i) => ({ id: randomUUID(), type: 'Written', data: { i }, metadata: {} })),
        'no_stream',
      );
    await store.close();

    // The first full pass (the chain's second scan, after the start-up check's) is held until the 503
    // has been seen: on compiled worker threads it verifies these events sooner than a request comes back.
    let scans = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { value: scan } = Object.getOwnPropertyDescriptor(SqliteEventStore.prototype, 'scanChain') as {
      value: SqliteEventStore['scanChain'];
    };
    jest.spyOn(SqliteEventStore.prototype, 'scanChain').mockImplementation(async function (this: SqliteEventStore, options) {
      if ((scans += 1) === 2) await released;
      return scan.call(this, options);
    });
    const app = await createApp(loadConfig({ THIDUA_STORE: `sqlite:${file}` }));
    const fastify = Fastify();
    try {
      await readinessFollowsTheFirstPass(fastify, app, release);
    } finally {
      await fastify.close();
      await app.close();
    }
  }, 90_000);
});

async function readinessFollowsTheFirstPass(fastify: FastifyInstance, app: App, release: () => void) {
  await protectFromOverload(fastify, app.config.shedding);
  registerOpsRoutes(fastify, app, new Metrics(app));
  const readyz = `${await fastify.listen({ port: 0, host: '127.0.0.1' })}/readyz`;
  const during = await fetch(readyz);
  expect(during.status).toBe(503);
  expect(await during.json()).toMatchObject({
    status: 'verifying',
    reasons: [expect.stringMatching(/^verifying: the first full verification/)],
    lastFullVerification: null,
  });
  release();

  const deadline = Date.now() + 50_000;
  while (app.verification.verifying && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const after = await fetch(readyz);
  // The body first: a refusal says why (still verifying, or shedding load).
  // The checkpointer signed its own checkpoints meanwhile: they are in the pass too.
  expect(await after.json()).toMatchObject({ status: 'ready', lastFullVerification: { checkedEvents: expect.any(Number), problem: null } });
  expect(after.status).toBe(200);
  expect(app.verification.lastPass!.checkedEvents).toBeGreaterThanOrEqual(5000);
}
