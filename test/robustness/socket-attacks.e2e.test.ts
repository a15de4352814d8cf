import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signLocalToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { eventually, liveClient, metric, wsUrl } from '../support/live';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';

/** Starting (and stopping) a service takes a while on a busy machine. */
const START_MS = 60_000;

type Closed = { code: number; reason: string };
type Refused = { status: number; retryAfter: string | undefined; body: any };

/**
 * A bare WebSocket in the graphql-ws protocol that sends nothing, from `localAddress` (every
 * 127.x.y.z is this machine, so one test plays several clients' addresses). `upgraded` settles
 * with true once open, or with the HTTP answer that refused the upgrade.
 */
function bareSocket(service: TestService, localAddress: string) {
  const socket = new WebSocket(wsUrl(service), 'graphql-transport-ws', { localAddress });
  const upgraded = new Promise<true | Refused>((resolve) => {
    socket.once('open', () => resolve(true));
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode!, retryAfter: response.headers['retry-after'], body: body ? JSON.parse(body) : null }),
      );
    });
  });
  const closed = new Promise<Closed>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  socket.on('error', () => undefined);
  return { socket, upgraded, closed };
}

/**
 * The attacker: `width` sockets from one address that never send connection_init, each
 * reopened as soon as it is closed, until the upgrade itself is refused. Records every close and refusal.
 */
function anonymousFlood(service: TestService, address: string, width: number) {
  const closes: Closed[] = [];
  const refusals: Refused[] = [];
  const sockets = new Set<WebSocket>();
  let stopped = false;
  const open = (): void => {
    if (stopped) return;
    const { socket, upgraded, closed } = bareSocket(service, address);
    sockets.add(socket);
    void upgraded.then((answer) => {
      if (answer !== true) {
        refusals.push(answer);
        sockets.delete(socket);
        socket.terminate();
        // Refused at the upgrade: the attacker tries again, a little later.
        setTimeout(open, 200);
      }
    });
    void closed.then((close) => {
      closes.push(close);
      sockets.delete(socket);
      open();
    });
  };
  for (let i = 0; i < width; i += 1) open();
  return {
    closes,
    refusals,
    stop() {
      stopped = true;
      for (const socket of sockets) socket.terminate();
    },
  };
}

/** What one operation over a graphql-ws client ends with: its data, the first error's code, or the close. */
function run(client: Client, query: string): Promise<{ data?: unknown; code?: unknown; close?: Closed }> {
  return new Promise((resolve) => {
    let data: unknown;
    client.subscribe(
      { query },
      {
        next: (value) => {
          if (value.errors) resolve({ code: value.errors[0].extensions?.code });
          data = value.data;
        },
        error: (error) =>
          resolve(
            Array.isArray(error)
              ? { code: (error[0] as { extensions?: { code?: unknown } }).extensions?.code }
              : { close: { code: (error as Closed).code, reason: String((error as Closed).reason) } },
          ),
        complete: () => resolve({ data }),
      },
    );
  });
}

/** The subscription's events as they arrive, and how it ended: the socket's close, an error answer, or complete. */
function follow(client: Client, query: string) {
  const received: any[] = [];
  let ended: unknown = null;
  const end = (how: unknown) => (ended = how);
  const done = new Promise<unknown>((resolve) =>
    client.subscribe(
      { query },
      {
        next: (value) => received.push(value),
        error: (error) =>
          resolve(end(Array.isArray(error) ? error : { code: (error as Closed).code, reason: String((error as Closed).reason) })),
        complete: () => resolve(end('complete')),
      },
    ),
  );
  return { received, done, ended: () => ended };
}

describe('anonymous sockets that never send connection_init', () => {
  const SIGNED_IN = 3;
  const PER_ADDRESS = 3;
  const PER_MINUTE = 60;
  let service: TestService;
  beforeAll(async () => {
    service = await startService({
      THIDUA_WS_MAX_CONNECTIONS: String(SIGNED_IN),
      THIDUA_WS_MAX_UNAUTHENTICATED: '10',
      THIDUA_WS_MAX_UNAUTHENTICATED_PER_ADDRESS: String(PER_ADDRESS),
      THIDUA_WS_INIT_TIMEOUT_MS: '1500',
      THIDUA_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
    });
  }, START_MS);
  afterAll(() => service?.stop(), START_MS);

  it('never take a signed-in slot: every signed-in client connects and gets its event while two addresses flood; the flood is capped, timed out and rate-limited', async () => {
    const floods = ['127.0.0.2', '127.0.0.3'].map((address) => anonymousFlood(service, address, 20));
    try {
      await eventually(() => floods.every((flood) => flood.closes.length > 0), 'the floods to be turned away');

      const admin = await service.token('admin-socket-flood', { role: 'ADMIN' as never });
      const clients = Array.from({ length: SIGNED_IN }, () => liveClient(service, admin));
      const heads = clients.map((client) => follow(client, 'subscription { headPosition { position } }'));
      await eventually(
        async () => heads.some((head) => head.ended() !== null) || (await metric(service, 'thidua_ws_subscriptions')) === SIGNED_IN,
        'every signed-in subscription to start',
      );
      expect(heads.map((head) => head.ended())).toEqual(Array(SIGNED_IN).fill(null));
      const { position } = await ok(service, 'registerUnit', {
        unitId: 'don-vi-giua-con-lu',
        name: 'Đơn vị giữa cơn lũ',
        level: 'DISTRICT',
      });
      await eventually(
        () => heads.every((head) => head.received.some((value) => value.data?.headPosition.position === position)),
        'every signed-in client to receive the event',
      );
      await Promise.all(clients.map(async (client) => client.dispose()));

      await eventually(() => floods.every((flood) => flood.refusals.length > 0), 'the floods to spend their upgrades');
      for (const flood of floods) {
        // Past the per-address cap a socket is closed at once, saying why.
        expect(flood.closes).toContainEqual({ code: 1013, reason: expect.stringMatching(/^TOO_MANY_UNAUTHENTICATED: /) });
        // The upgrade spends the address's HTTP budget: once it is spent, 429 with Retry-After.
        expect(flood.refusals[0]).toEqual({
          status: 429,
          retryAfter: expect.stringMatching(/^[1-9]\d*$/),
          body: { errors: [{ message: expect.stringMatching(/^Quá nhiều yêu cầu/), extensions: { code: 'RATE_LIMITED' } }] },
        });
      }
      // The sockets each address was allowed to hold are closed at the init deadline.
      await eventually(
        () => floods.every((flood) => flood.closes.some((close) => close.code === 4408 && /^INIT_TIMEOUT: /.test(close.reason))),
        'the held sockets to reach the init deadline',
      );
      const turnedAway = floods.flatMap((flood) => flood.closes).filter((close) => close.code === 1013).length;
      expect(await metric(service, 'thidua_ws_dropped_total{reason="unauthenticated"}')).toBe(turnedAway);
    } finally {
      for (const flood of floods) flood.stop();
    }
  });
});

describe('operations over the socket spend the budget, failures included, under the HTTP limits', () => {
  const PER_MINUTE = 30;
  let service: TestService;
  beforeAll(async () => {
    service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE) });
  }, START_MS);
  afterAll(() => service?.stop(), START_MS);

  /** A document of about `bytes` bytes: one field selected over and over, many more tokens than allowed. */
  const oversized = (bytes: number) => `{ titles { ${'titleId '.repeat(Math.ceil(bytes / 8))} } }`;

  it('counts parse errors, validation errors and too-long documents, then refuses with RATE_LIMITED and reads no more; /healthz answers throughout', async () => {
    const officer = await service.token('can-bo-tan-chau', { role: 'UNIT_OFFICER' as never, unit: 'tan-chau' });
    const client = liveClient(service, officer);
    const documents = ['{ titles { titleId ', '{ khongCoTruongNay }', oversized(200 * 1024)];
    const health: number[] = [];
    let flooding = true;
    const probing = (async () => {
      while (flooding) {
        health.push((await fetch(`${service.base}/healthz`)).status);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const codes: unknown[] = [];
    for (let i = 0; i <= PER_MINUTE; i += 1) {
      const answer = await run(client, documents[i % documents.length]);
      codes.push(answer.code ?? answer.close);
    }
    // Over its budget, the socket is not read until the budget returns: the next operation waits unanswered.
    let timer: NodeJS.Timeout | undefined;
    const held = await Promise.race([
      run(client, documents[0]),
      new Promise((resolve) => (timer = setTimeout(() => resolve('unanswered after 2 s'), 2000))),
    ]);
    clearTimeout(timer);
    flooding = false;
    await probing;

    const failures = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'TOO_MANY_TOKENS'];
    expect(codes).toEqual([...Array.from({ length: PER_MINUTE }, (_, i) => failures[i % failures.length]), 'RATE_LIMITED']);
    expect(held).toBe('unanswered after 2 s');
    // The budget is the caller's, over HTTP too.
    expect((await service.post({ query: '{ titles { titleId } }' }, officer)).status).toBe(429);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((status) => status === 200)).toBe(true);
    await client.dispose();
  });

  it('answers a too-long document with the code HTTP gives, up to the HTTP body limit; past it the socket closes with 1009 as HTTP answers 413', async () => {
    const auditor = await service.token('kiem-toan-tai-lieu-dai', { role: 'AUDITOR' as never });
    for (const bytes of [200 * 1024, 600 * 1024]) {
      const client = liveClient(service, auditor);
      const overSocket = await run(client, oversized(bytes));
      const overHttp = await service.post({ query: oversized(bytes) }, auditor);
      expect({ bytes, code: overSocket.code }).toEqual({ bytes, code: overHttp.errors![0].extensions!.code });
      expect(overHttp.errors![0].extensions!.code).toBe('TOO_MANY_TOKENS');
      await client.dispose();
    }
    const client = liveClient(service, auditor);
    expect(await run(client, oversized(1100 * 1024))).toEqual({ close: { code: 1009, reason: '' } });
    const overHttp = await service.post({ query: oversized(1100 * 1024) }, auditor);
    expect([overHttp.status, overHttp.errors![0].extensions!.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    await client.dispose();
  });
});

describe('a bearer token written with extra whitespace', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startService();
  }, START_MS);
  afterAll(() => service?.stop(), START_MS);

  it.each([
    ['two spaces', 'Bearer  '],
    ['a tab', 'Bearer\t'],
  ])(
    'after %s is accepted over HTTP and the socket, and the socket is closed with 4401 TOKEN_EXPIRED when it expires',
    async (_name, prefix) => {
      const config = loadConfig({ THIDUA_STORE: `sqlite:${service.storeFile}` });
      const token = await signLocalToken(config.auth, 'kiem-toan-ngan-han', { role: 'AUDITOR' as never }, '3s');
      expect((await service.post({ query: '{ titles { titleId } }' }, undefined, { authorization: `${prefix}${token}` })).status).toBe(200);
      const client = createClient({
        url: wsUrl(service),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `${prefix}${token}` },
        retryAttempts: 0,
        lazy: true,
      });
      const trail = follow(client, 'subscription { auditEvents { position type } }');
      await eventually(async () => (await metric(service, 'thidua_ws_subscriptions')) === 1, 'the audit subscription to start');
      let timer: NodeJS.Timeout | undefined;
      const ended = await Promise.race([
        trail.done,
        new Promise((resolve) => (timer = setTimeout(() => resolve('still open 8 s later'), 8000))),
      ]);
      clearTimeout(timer);
      expect(ended).toMatchObject({ code: 4401, reason: expect.stringMatching(/^TOKEN_EXPIRED: /) });
      await client.dispose();
    },
  );
});
