import { randomUUID } from 'node:crypto';
import { liveClient } from '../support/live';
import { startService, type TestService } from '../support/service';

// Below graphql-armor's 20 aliases, so an aliased flood of mutations is refused by the rate limit alone.
const LIMIT = 10;
const QUERY = { query: '{ titles { titleId } }' };

/** Statuses of `count` requests sent one after another. */
async function statuses(count: number, send: (i: number) => Promise<{ status: number }>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1) seen.push((await send(i)).status);
  return seen;
}

const probes = (service: TestService) => ['/healthz', '/readyz', '/metrics'].map((route) => service.url.replace(/\/graphql$/, route));

describe('rate limits: verified callers by identity, everyone else by address; probes never limited', () => {
  let service: TestService;
  beforeEach(async () => {
    service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterEach(() => service.stop());

  it('limits made-up tokens by address: a fresh invalid token per request does not open a fresh budget', async () => {
    const seen = await statuses(LIMIT + 5, () => service.post(QUERY, `gia-mao.${randomUUID()}.x`));
    expect(seen.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(401));
    expect(seen.slice(LIMIT)).toEqual(Array(5).fill(429));
    const limited = await service.post(QUERY, `gia-mao.${randomUUID()}.x`);
    expect(limited.errors![0].extensions!.code).toBe('RATE_LIMITED');
    // A verified caller at the same address keeps its own budget.
    expect((await service.post(QUERY, await service.token('kiem-tra', { role: 'AUDITOR' as never }))).status).toBe(200);
  });

  it('limits one identity across its tokens, and leaves other identities alone', async () => {
    const tokens = await Promise.all(
      ['Máy tính', 'Điện thoại'].map((name) => service.token('can-bo-a', { role: 'AUDITOR' as never, name })),
    );
    expect(tokens[0]).not.toBe(tokens[1]);
    const seen = await statuses(LIMIT + 2, (i) => service.post(QUERY, tokens[i % 2]));
    expect(seen.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(200));
    expect(seen.slice(LIMIT)).toEqual([429, 429]);
    expect((await service.post(QUERY, await service.token('can-bo-b', { role: 'AUDITOR' as never }))).status).toBe(200);
  });

  it('answers probes and metrics while anonymous callers are over their limit, and does not count them', async () => {
    const seen = await statuses(LIMIT + 2, () => service.post(QUERY));
    expect(seen.slice(LIMIT)).toEqual([429, 429]);
    for (let round = 0; round < LIMIT + 5; round += 1)
      for (const url of probes(service)) expect({ url, status: (await fetch(url)).status }).toEqual({ url, status: 200 });
  });

  it("counts every mutation field of a request against the caller's limit", async () => {
    const writer = await service.token('nhap-lieu', { role: 'ADMIN' as never });
    const auditor = await service.token('kiem-tra', { role: 'AUDITOR' as never });
    const writes = (from: number, count: number) =>
      Array.from(
        { length: count },
        (_, i) =>
          `u${from + i}: registerUnit(input: { unitId: "don-vi-${from + i}", name: "Đơn vị ${from + i}", level: REGIONAL }) { position }`,
      ).join(' ');

    const flood = await service.post({ query: `mutation { ${writes(0, LIMIT + 5)} }` }, writer);
    expect(flood.status).toBe(429);
    expect(flood.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(flood.errors![0].message).toMatch(/thao tác ghi/);
    expect(flood.data ?? null).toBeNull();
    expect((await service.gql('{ units { id } }', {}, auditor)).data!.units).toEqual([]);

    // Four writes in one request spend four requests of a fresh caller's budget.
    const other = await service.token('nhap-lieu-2', { role: 'ADMIN' as never });
    expect((await service.post({ query: `mutation { ${writes(100, 4)} }` }, other)).status).toBe(200);
    const seen = await statuses(LIMIT, () => service.post(QUERY, other));
    expect(seen).toEqual([...Array(LIMIT - 4).fill(200), 429, 429, 429, 429]);
  });
});

describe('load shedding spares the probes', () => {
  it('answers /healthz and /metrics 200 and /readyz 503 "overloaded" while every other request is shed', async () => {
    // Any heap is over one MiB: the service is under pressure from its first sample on.
    const service = await startService({ THIDUA_SHED_HEAP_MB: '1' });
    try {
      const token = await service.token('kiem-tra', { role: 'AUDITOR' as never });
      let shed = await service.post(QUERY, token);
      for (let i = 0; i < 40 && shed.status !== 503; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        shed = await service.post(QUERY, token);
      }
      expect(shed.status).toBe(503);
      expect(shed.errors![0].extensions!.code).toBe('OVERLOADED');
      const [health, ready, metrics] = await Promise.all(probes(service).map((url) => fetch(url)));
      expect([health.status, ready.status, metrics.status]).toEqual([200, 503, 200]);
      expect(((await ready.json()) as { reasons: string[] }).reasons.join(' ')).toMatch(/overloaded/);
    } finally {
      await service.stop();
    }
  });
});

describe('over the WebSocket: the same cost limit and the same budgets', () => {
  it('refuses a costly page passed as a variable, and counts each operation and each mutation field against the caller', async () => {
    const service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    const writer = await service.token('nhap-lieu-ws', { role: 'ADMIN' as never });
    const client = liveClient(service, writer);
    const run = (query: string, variables: Record<string, unknown> = {}) =>
      new Promise<{ code?: unknown; data?: unknown }>((resolve) => {
        let data: unknown;
        client.subscribe(
          { query, variables },
          {
            next: (value) => {
              if (value.errors) resolve({ code: value.errors[0].extensions?.code });
              data = value.data;
            },
            error: (error) => resolve({ code: (error as { extensions?: { code?: unknown } }[])[0]?.extensions?.code }),
            complete: () => resolve({ data }),
          },
        );
      });
    try {
      const page =
        'edges { cursor node { position recordedAt type stream reason data hash commandId correlationId actor { id name role unitId } } } pageInfo { hasNextPage endCursor }';
      expect((await run(`query($n: Int!) { auditTrail(first: $n) { ${page} } }`, { n: 100 })).code).toBe('QUERY_TOO_COSTLY');
      const writes = (count: number) =>
        `mutation { ${Array.from({ length: count }, (_, i) => `u${i}: registerUnit(input: { unitId: "ws-${i}", name: "Đơn vị qua WebSocket ${i}", level: REGIONAL }) { position }`).join(' ')} }`;
      expect((await run(writes(LIMIT + 1))).code).toBe('RATE_LIMITED');
      // The refused operation was counted as the HTTP rate limit counts: this caller's budget is spent.
      expect((await service.post(QUERY, writer)).status).toBe(429);
    } finally {
      await client.dispose();
      await service.stop();
    }
  });
});
