import path from 'node:path';
import { LIMITS } from '../../src/http/hardening';
import { startService, type TestService } from '../support/service';

describe('GraphQL hardening: each abuse refused with a clear code, the server stays healthy', () => {
  let service: TestService;
  let token: string;
  beforeAll(async () => {
    service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: '200' });
    token = await service.token('tester', { role: 'AUDITOR' as never });
  });
  afterAll(() => service.stop());

  const healthy = async () => expect((await service.gql('{ titles { titleId } }', {}, token)).data!.titles).toHaveLength(4);
  const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

  it('refuses an over-deep query: QUERY_TOO_DEEP', async () => {
    const deep = `{ units { ${'parent { '.repeat(LIMITS.maxDepth + 2)}id${' }'.repeat(LIMITS.maxDepth + 2)} } }`;
    expect(code(await service.gql(deep, {}, token))).toBe('QUERY_TOO_DEEP');
    await healthy();
  });

  it('refuses an alias flood: TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: titles { titleId }`).join(' ');
    expect(code(await service.gql(`{ ${aliases} }`, {}, token))).toBe('TOO_MANY_ALIASES');
    await healthy();
  });

  it('refuses an over-cost query: QUERY_TOO_COSTLY', async () => {
    const fields = 'id name shortName level parentUnitId names { name shortName effectiveFrom } predecessorUnitIds successorUnitId endedOn';
    const nested = `${'parent { ' + fields + ' '.repeat(1)}`.repeat(6) + '}'.repeat(6);
    const costly = `{ ${Array.from({ length: LIMITS.maxAliases - 1 }, (_, i) => `u${i}: units { ${fields} ${nested} memberships { year clusterId } titles { year titleId } }`).join(' ')} }`;
    expect(code(await service.gql(costly, {}, token))).toBe('QUERY_TOO_COSTLY');
    await healthy();
  });

  it('refuses a token flood: TOO_MANY_TOKENS, 400', async () => {
    const flood = `{ titles { ${'titleId '.repeat(LIMITS.maxTokens)} } }`;
    const response = await service.gql(flood, {}, token);
    expect(response.status).toBe(400);
    expect(code(response)).toBe('TOO_MANY_TOKENS');
    await healthy();
  });

  it('answers a malformed query with 400 GRAPHQL_PARSE_FAILED, not 500', async () => {
    const response = await service.post({ query: '{' }, token);
    expect(response.status).toBe(400);
    expect(code(response)).toBe('GRAPHQL_PARSE_FAILED');
    await healthy();
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'khong-co.js'])(
    'answers GET /graphql/ide/%s with 404 NOT_FOUND',
    async (file) => {
      const response = await fetch(`${service.url}/ide/${file}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    },
  );

  it('answers an unknown route with 404 NOT_FOUND as JSON', async () => {
    const response = await fetch(service.url.replace('/graphql', '/khong-co'), {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).errors[0]).toEqual({
      message: expect.stringContaining('/khong-co'),
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('refuses a batched request (HTTP batching is off)', async () => {
    const response = await service.post([{ query: '{ titles { titleId } }' }, { query: '{ titles { name } }' }], token);
    expect(response.status).toBe(400);
    expect(code(response)).toBe('BAD_REQUEST');
    await healthy();
  });

  it('refuses an oversized body: PAYLOAD_TOO_LARGE, 413', async () => {
    const response = await service.post({ query: '{ titles { titleId } }', variables: { pad: 'x'.repeat(1_100_000) } }, token);
    expect(response.status).toBe(413);
    expect(code(response)).toBe('PAYLOAD_TOO_LARGE');
    await healthy();
  });

  it('refuses what a cross-site page can send (no Authorization header): 401, nothing written; a GET with the token is answered', async () => {
    const before = await service.store.headPosition();
    const mutation =
      'mutation { registerUnit(input: { unitId: "vks-gia-mao", name: "Viện kiểm sát giả mạo", level: REGIONAL }) { position } }';
    // The three types a form may send: the two the route has no parser for are refused as such, the third as unauthenticated.
    const forms = [
      {
        type: 'application/x-www-form-urlencoded',
        body: new URLSearchParams({ query: mutation }).toString(),
        refused: [415, 'BAD_REQUEST'],
      },
      {
        type: 'multipart/form-data; boundary=x',
        body: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${mutation}\r\n--x--`,
        refused: [415, 'BAD_REQUEST'],
      },
      { type: 'text/plain', body: JSON.stringify({ query: mutation }), refused: [401, 'UNAUTHENTICATED'] },
    ];
    for (const { type, body, refused } of forms) {
      const response = await fetch(service.url, { method: 'POST', headers: { 'content-type': type }, body });
      expect([response.status, code((await response.json()) as never)]).toEqual(refused);
    }
    const crossSiteGet = await fetch(`${service.url}?query=%7Btitles%7BtitleId%7D%7D`);
    expect(crossSiteGet.status).toBe(401);
    expect(await service.store.headPosition()).toBe(before);
    const read = await fetch(`${service.url}?query=%7Btitles%7BtitleId%7D%7D`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { data: { titles: unknown[] } }).data.titles).toHaveLength(4);
    await healthy();
  });

  it('hides field suggestions that would map the schema to a prober', async () => {
    const response = await service.gql('{ titlez { titleId } }', {}, token);
    expect(code(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('limits each caller: RATE_LIMITED with 429, other callers unaffected', async () => {
    const noisy = await service.token('noisy', { role: 'AUDITOR' as never });
    const statuses: number[] = [];
    for (let i = 0; i < 210; i += 1) statuses.push((await service.post({ query: '{ titles { titleId } }' }, noisy)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = await service.post({ query: '{ titles { titleId } }' }, noisy);
    expect(limited.status).toBe(429);
    expect(code(limited)).toBe('RATE_LIMITED');
    await healthy();
  });
});

describe('introspection is configurable', () => {
  it('is refused when turned off (the production default)', async () => {
    const service = await startService({ THIDUA_INTROSPECTION: 'false' });
    const token = await service.token('x', { role: 'AUDITOR' as never });
    const response = await service.gql('{ __schema { types { name } } }', {}, token);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].message).toMatch(/introspection/i);
    await service.stop();
  });
});

describe('query limits that need the variables, and what error answers leave out', () => {
  let service: TestService;
  let token: string;
  beforeAll(async () => {
    service = await startService();
    token = await service.token('kiem-tra', { role: 'AUDITOR' as never });
  });
  afterAll(() => service.stop());

  const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;
  const page =
    'edges { cursor node { position recordedAt type stream reason data hash commandId correlationId actor { id name role unitId } } } pageInfo { hasNextPage endCursor }';

  it('costs a page size passed as a variable as it costs the same literal: QUERY_TOO_COSTLY, HTTP 400, not a "Syntax Error"', async () => {
    const literal = await service.gql(`{ auditTrail(first: 100) { ${page} } }`, {}, token);
    const variable = await service.gql(`query($n: Int!) { auditTrail(first: $n) { ${page} } }`, { n: 100 }, token);
    for (const response of [literal, variable]) {
      expect(response.status).toBe(400);
      expect(code(response)).toBe('QUERY_TOO_COSTLY');
      expect(response.errors![0].message).not.toMatch(/Syntax Error/);
      expect(response.errors![0].message).toMatch(/chi phí/);
    }
    // The same query with a small page is served.
    expect(code(await service.gql(`query($n: Int!) { auditTrail(first: $n) { ${page} } }`, { n: 5 }, token))).toBeUndefined();
  });

  it('never suggests enum values, in a literal or in a variable', async () => {
    const literal = await service.gql('mutation { registerUnit(input: { unitId: "x", name: "Tên", level: PROVINCIA }) { position } }');
    const variable = await service.gql('mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { position } }', {
      input: { unitId: 'x', name: 'Tên', level: 'PROVINCIA' },
    });
    expect(code(literal)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(code(variable)).toBe('BAD_USER_INPUT');
    for (const response of [literal, variable]) expect(response.errors![0].message).not.toMatch(/Did you mean|PROVINCIAL/);
  });

  it('sends no stack trace and no server file path in any error answer', async () => {
    const answers = [
      await service.gql('{ titlez { titleId } }', {}, token),
      await service.gql('query($n: Int!) { auditTrail(first: $n) { edges { cursor } } }', { n: 'nhiều' }, token),
      await service.gql('{ auditTrail(after: "nonsense") { edges { cursor } } }', {}, token),
    ];
    for (const answer of answers) {
      expect(answer.errors!.length).toBeGreaterThan(0);
      expect(answer.errors![0].extensions!.stacktrace).toBeUndefined();
      expect(JSON.stringify(answer)).not.toContain(path.resolve(__dirname, '../..'));
    }
  });
});

describe('client mistakes in the service process', () => {
  it('answers them 4xx and logs no error or stack trace for them', async () => {
    const service = await startService();
    try {
      const token = await service.token('tho-do', { role: 'AUDITOR' as never });
      const statuses = [
        ...(await Promise.all(
          ['constructor', '__proto__', 'toString'].map(async (file) => (await fetch(`${service.url}/ide/${file}`)).status),
        )),
        (await fetch(`${service.base}/nowhere`)).status,
        (await service.post({ query: '{' }, token)).status,
        (await service.post({ query: `{ titles { ${'titleId '.repeat(LIMITS.maxTokens)} } }` }, token)).status,
      ];
      expect(statuses).toEqual([404, 404, 404, 404, 400, 400]);
    } finally {
      await service.stop();
    }
    const lines = service
      .logs()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(lines.filter((line) => JSON.parse(line).level >= 50 || line.includes('"stack"'))).toEqual([]);
  }, 60_000);
});
