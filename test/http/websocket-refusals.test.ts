import { PassThrough } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import WebSocket, { WebSocketServer } from 'ws';
import { protectHttp } from '../../src/http/hardening';
import { WindowedCounts } from '../../src/http/rate-limit-counts';
import { HeldRefusals } from '../../src/http/websocket/held-refusals';
import { RefusedAddresses } from '../../src/http/websocket/refused-addresses';
import { acceptUpgrades } from '../../src/http/websocket/upgrade';
import { createLogger } from '../../src/logger';

const PER_MINUTE = 3;
const T0 = 1_000_000;

type Answer = { status: 101 } | { status: number; retryAfter: number; code: unknown; ms: number };

/** One upgrade from `localAddress`, as a browser's WebSocket sends it: opened (closed again at once) or the HTTP answer that refused it. */
function upgrade(url: string, localAddress: string): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { localAddress });
    socket.once('open', () => {
      socket.terminate();
      resolve({ status: 101 });
    });
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          retryAfter: Number(response.headers['retry-after']),
          code: (JSON.parse(body) as { errors: { extensions: { code: unknown } }[] }).errors[0].extensions.code,
          ms: Date.now() - started,
        }),
      );
    });
    socket.once('error', reject);
  });
}

/**
 * The HTTP rate limit as the service sets it up, counting in a store that records each time it is
 * asked, and the WebSocket upgrades taken on its server.
 */
async function service(holds: { holdMs: number; inAll: number; perAddress: number }) {
  const asked: string[] = [];
  const counts = new WindowedCounts(1000, 60_000, () => undefined).asStore();
  const store = class extends counts {
    override incr(...args: Parameters<InstanceType<typeof counts>['incr']>): void {
      asked.push(args[0]);
      super.incr(...args);
    }
  };
  const app: FastifyInstance = Fastify();
  const verify = () => Promise.reject(new Error('no token in these upgrades'));
  const spendRateLimit = await protectHttp(app, { perMinute: PER_MINUTE, verify, store });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const wss = new WebSocketServer({ noServer: true });
  const upgrades = acceptUpgrades(app.server, wss, {
    path: '/graphql',
    spendRateLimit,
    perMinute: PER_MINUTE,
    holds,
    logger: createLogger('silent'),
  });
  const { port } = app.server.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}/graphql`,
    asked: (address: string) => asked.filter((key) => key === `address:${address}`).length,
    async stop() {
      upgrades.close();
      wss.close();
      await app.close();
    },
  };
}

describe('upgrades from an address the rate limit refused', () => {
  it('are refused 429 with Retry-After without asking the store again, while another address is counted and let in', async () => {
    const running = await service({ holdMs: 0, inAll: 10, perAddress: 10 });
    try {
      const answers: Answer[] = [];
      for (let i = 0; i < PER_MINUTE + 30; i += 1) answers.push(await upgrade(running.url, '127.0.0.2'));
      expect(answers.slice(0, PER_MINUTE)).toEqual(Array(PER_MINUTE).fill({ status: 101 }));
      const refusals = answers.slice(PER_MINUTE) as { status: number; retryAfter: number; code: unknown }[];
      for (const refusal of refusals) expect(refusal).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      // Retry-After counts down from the first refusal's (the rest of the minute): what is left of it, never 0.
      const retryAfters = refusals.map((refusal) => refusal.retryAfter);
      expect(retryAfters[0]).toBeGreaterThanOrEqual(50);
      expect(retryAfters).toEqual([...retryAfters].sort((a, b) => b - a));
      expect(retryAfters.at(-1)).toBeGreaterThanOrEqual(1);
      // The budget's requests and the first refusal asked the store; the 29 refusals after it did not.
      expect(running.asked('127.0.0.2')).toBe(PER_MINUTE + 1);

      expect(await upgrade(running.url, '127.0.0.3')).toEqual({ status: 101 });
      expect(running.asked('127.0.0.3')).toBe(1);
    } finally {
      await running.stop();
    }
  });

  it('are answered after a hold, bounded per address: past it at once; the held ones are answered at once on close', async () => {
    // Held 1-2 s: far enough from an answer at once that a busy machine cannot blur the two.
    const running = await service({ holdMs: 2000, inAll: 10, perAddress: 2 });
    try {
      for (let i = 0; i <= PER_MINUTE; i += 1) await upgrade(running.url, '127.0.0.2');
      const held = [upgrade(running.url, '127.0.0.2'), upgrade(running.url, '127.0.0.2')];
      await new Promise((resolve) => setTimeout(resolve, 100));
      const pastTheCap = await upgrade(running.url, '127.0.0.2');
      expect(pastTheCap).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      expect((pastTheCap as { ms: number }).ms).toBeLessThan(900);
      for (const answer of await Promise.all(held)) {
        expect(answer).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
        expect((answer as { ms: number }).ms).toBeGreaterThanOrEqual(990);
      }

      const stopping = [upgrade(running.url, '127.0.0.2')];
      await new Promise((resolve) => setTimeout(resolve, 100));
      const closed = Date.now();
      await running.stop();
      expect(await stopping[0]).toMatchObject({ status: 429 });
      expect(Date.now() - closed).toBeLessThan(900);
    } finally {
      await running.stop().catch(() => undefined);
    }
  });
});

describe('refused addresses remembered in memory', () => {
  it('until each refusal ends, and no more than their capacity however many addresses are refused', () => {
    const refused = new RefusedAddresses(100);
    refused.remember('10.0.0.1', T0 + 60_000, T0);
    for (let i = 0; i < 10_000; i += 1) refused.remember(`10.1.${i >> 8}.${i & 255}`, T0 + 1000 + i, T0 + i);
    expect(refused.size).toBeLessThanOrEqual(100);
    // The oldest were forgotten to make room: asked again, the store refuses again.
    expect(refused.until('10.0.0.1', T0 + 10_000)).toBe(0);
    expect(refused.until('10.1.39.15', T0 + 10_000)).toBe(T0 + 1000 + 9999);
    expect(refused.until('10.1.39.15', T0 + 11_000)).toBe(0);
  });

  it('forgets an ended refusal when it is looked up; when full, the oldest and the ended ones right after it', () => {
    const refused = new RefusedAddresses(3);
    refused.remember('a', T0 + 1000, T0);
    expect(refused.until('a', T0 + 999)).toBe(T0 + 1000);
    expect(refused.until('a', T0 + 1000)).toBe(0);
    expect(refused.size).toBe(0);

    refused.remember('b', T0 + 60_000, T0);
    refused.remember('c', T0 + 500, T0);
    refused.remember('d', T0 + 600, T0);
    refused.remember('e', T0 + 60_000, T0 + 2000);
    expect(refused.size).toBe(1);
    expect(refused.until('e', T0 + 2000)).toBe(T0 + 60_000);
  });
});

describe('held refusals', () => {
  it('are bounded in all, released when their socket closes, and never held past the refusal', async () => {
    const holds = new HeldRefusals({ holdMs: 60_000, inAll: 2, perAddress: 2 });
    const answered: string[] = [];
    const sockets = [new PassThrough(), new PassThrough(), new PassThrough()];
    const end = Date.now() + 60_000;
    sockets.forEach((socket, i) => holds.hold(socket, `10.0.0.${i}`, end, () => answered.push(`socket ${i}`)));
    expect(answered).toEqual(['socket 2']);
    sockets[0].destroy();
    await new Promise((resolve) => setImmediate(resolve));
    expect(holds.size()).toBe(1);
    holds.hold(new PassThrough(), '10.0.0.3', Date.now() + 50, () => answered.push('ends in 50 ms'));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(answered).toEqual(['socket 2', 'ends in 50 ms']);
    holds.answerAll();
    expect(answered).toEqual(['socket 2', 'ends in 50 ms', 'socket 1']);
    expect(holds.size()).toBe(0);
  });
});
