import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Role } from '../../src/kernel/actor';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { openYear, registerCluster } from '../support/year-scenario';

const GRAPH =
  'query WholeGraph { clusterGraph(year: 2024) { year nodes { id key kind entityId label category } edges { source target kind } } }';
const TRAIL = 'query Trail { auditTrail(first: 5) { edges { node { position type } } } }';
const EXTRA = Array.from({ length: 15 }, (_, i) => `vks-hs-${i + 1}`);

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came, before any decoding. */
  bytes: Buffer;
}

describe('kept answers: the same bytes as a run query, compressed once, never to another caller, dropped by a write', () => {
  let service: TestService;
  let token: string;

  /** A POST with Node's own client, which decodes nothing: what the server sent is what the test sees. */
  const post = (query: string, headers: Record<string, string> = {}, bearer: string | null = token) =>
    new Promise<Raw>((resolve, reject) => {
      const request = http.request(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
      });
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, bytes: Buffer.concat(chunks) }));
      });
      request.on('error', reject);
      request.end(JSON.stringify({ query }));
    });

  const executed = async (operation: string) => {
    const text = await (await fetch(service.url.replace('/graphql', '/metrics'))).text();
    const prefix = `thidua_graphql_request_duration_seconds_count{operation="${operation}",type="query",outcome="ok"}`;
    return Number(
      text
        .split('\n')
        .find((line) => line.startsWith(prefix))
        ?.split(' ')[1] ?? 0,
    );
  };

  beforeAll(async () => {
    service = await startService();
    token = await service.token('can-bo-xem', { role: Role.ADMIN });
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
    // A second cluster of fifteen units, so that the graph is large enough to be worth compressing.
    for (const unitId of EXTRA)
      await ok(service, 'registerUnit', {
        unitId,
        name: `Viện kiểm sát nhân dân huyện số ${unitId.slice(7)} tỉnh An Giang`,
        level: 'DISTRICT',
        parentUnitId: 'vks-an-giang',
      });
    await ok(service, 'formCluster', { clusterId: 'ag-kv', name: 'Cụm thi đua khu vực', kind: 'CLUSTER', organizerUnitId: 'vks-an-giang' });
    await ok(service, 'openClusterYear', { clusterId: 'ag-kv', year: 2024, memberUnitIds: EXTRA });
  });
  afterAll(() => service.stop());

  it('answers from the kept bytes exactly what running the query answered, plain, gzip and brotli, each with its ETag', async () => {
    const ran = await post(GRAPH);
    expect(ran.status).toBe(200);
    expect(ran.bytes.length).toBeGreaterThan(1400);
    const runs = await executed('WholeGraph');

    const plain = await post(GRAPH);
    const gzip = await post(GRAPH, { 'accept-encoding': 'gzip' });
    const brotli = await post(GRAPH, { 'accept-encoding': 'gzip, deflate, br' });
    const refused = await post(GRAPH, { 'accept-encoding': 'br;q=0, identity' });
    expect(await executed('WholeGraph')).toBe(runs);

    for (const kept of [plain, refused]) {
      expect(kept.headers['content-encoding']).toBeUndefined();
      expect(kept.bytes.equals(ran.bytes)).toBe(true);
      expect(kept.headers.etag).toBe(ran.headers.etag);
    }
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.bytes).equals(ran.bytes)).toBe(true);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.bytes).equals(ran.bytes)).toBe(true);
    expect(brotli.bytes.length).toBeLessThan(ran.bytes.length / 3);
    for (const compressed of [gzip, brotli]) {
      expect(compressed.headers.vary).toMatch(/accept-encoding/i);
      // The same answer, weakly: a strong tag may not name two byte sequences.
      expect(compressed.headers.etag).toBe(`W/${ran.headers.etag}`);
      expect(compressed.headers['content-type']).toBe(ran.headers['content-type']);
    }
  });

  it('revalidates with either tag (304, no body), and after a write that changes the graph answers it anew', async () => {
    const first = await post(GRAPH, { 'accept-encoding': 'br' });
    for (const tag of [first.headers.etag!, first.headers.etag!.slice(2)]) {
      const unchanged = await post(GRAPH, { 'accept-encoding': 'br', 'if-none-match': tag });
      expect(unchanged.status).toBe(304);
      expect(unchanged.bytes.length).toBe(0);
      expect(unchanged.headers['content-encoding']).toBeUndefined();
    }

    const runs = await executed('WholeGraph');
    await ok(service, 'withdrawMember', { clusterId: 'ag-kv', year: 2024, unitId: EXTRA[0] });
    const changed = await post(GRAPH, { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! });
    expect(changed.status).toBe(200);
    expect(await executed('WholeGraph')).toBe(runs + 1);
    // The withdrawn unit was drawn only as a member of that cluster: it is gone from the new answer.
    expect(brotliDecompressSync(first.bytes).toString()).toContain(`"${EXTRA[0]}"`);
    expect(changed.bytes.toString()).not.toContain(`"${EXTRA[0]}"`);
    // The answer after the write is kept in turn, and compressed from the new bytes.
    const keptAgain = await post(GRAPH, { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(keptAgain.bytes).equals(changed.bytes)).toBe(true);
    expect(await executed('WholeGraph')).toBe(runs + 1);
  });

  it('answers a question of history (asOf a position the log has passed) immutable, kept or not, the same before and after a write', async () => {
    const head = (await service.store.headPosition()) - 1;
    const PAST = `query PastGraph { clusterGraph(year: 2024, asOf: ${head}) { year nodes { id } edges { source target } } }`;
    const ran = await post(PAST);
    expect(ran.status).toBe(200);
    expect(ran.headers['cache-control']).toMatch(/immutable/);
    const runs = await executed('PastGraph');
    const kept = await post(PAST);
    expect(await executed('PastGraph')).toBe(runs);
    expect(kept.bytes.equals(ran.bytes)).toBe(true);
    expect(kept.headers['cache-control']).toBe(ran.headers['cache-control']);

    // A write drops the kept answer (the caller's own cache keeps it for good): the query runs again, to the same answer.
    await ok(service, 'withdrawMember', { clusterId: 'ag-kv', year: 2024, unitId: EXTRA[1] });
    const again = await post(PAST);
    expect(await executed('PastGraph')).toBe(runs + 1);
    expect(again.bytes.equals(ran.bytes)).toBe(true);
    expect(again.headers['cache-control']).toBe(ran.headers['cache-control']);
    // Another caller's same question is that caller's own, and runs.
    const other = await service.token('can-bo-khac', { role: Role.ADMIN });
    expect((await post(PAST, {}, other)).bytes.equals(ran.bytes)).toBe(true);
    expect(await executed('PastGraph')).toBe(runs + 2);
  });

  it('answers from the kept bytes only what Apollo would answer to the same request: its content type by Accept, 406, no token', async () => {
    const types = (accept: string) => post(GRAPH, { accept });
    const json = await types('application/json');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    for (let i = 0; i < 2; i += 1) {
      const spec = await types('application/graphql-response+json');
      expect(spec.status).toBe(200);
      expect(spec.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
      expect(spec.bytes.equals(json.bytes)).toBe(true);
      expect(spec.headers.vary).toMatch(/\baccept\b/);
      const unacceptable = await types('text/xml');
      expect(unacceptable.status).toBe(406);
      expect(unacceptable.bytes.toString()).not.toContain('clusterGraph');
    }
    const url = `${service.url}?query=${encodeURIComponent(GRAPH)}`;
    const byGet = async (headers: Record<string, string>) => {
      const response = await fetch(url, { headers });
      return { status: response.status, body: await response.text() };
    };
    const read = await byGet({ authorization: `Bearer ${token}` });
    expect(read.status).toBe(200);
    expect((await byGet({ authorization: `Bearer ${token}` })).body).toBe(read.body);
    const anonymous = await byGet({ 'apollo-require-preflight': 'true' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).not.toContain('clusterGraph');
  });

  it('never gives a kept answer to a caller without a valid token, nor to one who may not read it', async () => {
    const kept = await post(GRAPH);
    expect(kept.status).toBe(200);
    expect((await post(GRAPH)).bytes.equals(kept.bytes)).toBe(true);

    const anonymous = await post(GRAPH, {}, null);
    expect(anonymous.status).toBe(401);
    const forged = await post(GRAPH, {}, `${token.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    for (const refused of [anonymous, forged]) expect(refused.bytes.toString()).not.toContain('clusterGraph');

    const auditor = await service.token('kiem-toan', { role: Role.AUDITOR });
    const trail = await post(TRAIL, {}, auditor);
    expect(trail.status).toBe(200);
    expect((await post(TRAIL, {}, auditor)).bytes.equals(trail.bytes)).toBe(true);
    const officer = await service.token('can-bo-don-vi', { role: Role.UNIT_OFFICER, unit: 'tan-chau' });
    const forbidden = JSON.parse((await post(TRAIL, {}, officer)).bytes.toString()) as {
      data: unknown;
      errors: { extensions: { code: string } }[];
    };
    expect(forbidden.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(forbidden.data ?? null)).not.toContain('position');
  });
});
