import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, openYear, registerCluster, score } from '../support/year-scenario';

const RANKING =
  'query Ranking($asOf: AsOf) { rankings(clusterId: "ag-2", year: 2024, asOf: $asOf) { id units { unitId rank effectiveTotal } } }';

describe('HTTP caching of reads: GET with persisted queries, ETags and 304, immutable history', () => {
  let service: TestService;
  let token: string;
  let past: number;

  const get = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const url = new URL(service.url);
    url.searchParams.set('query', query);
    url.searchParams.set('variables', JSON.stringify(variables));
    return fetch(url, { headers: { authorization: `Bearer ${token}`, ...headers } });
  };

  beforeAll(async () => {
    service = await startService();
    token = await service.token('can-bo-xem', { role: 'ADMIN' as never, name: 'Người xem' });
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
    await score(service, 2024, 'tan-chau', 'SELF', [30, 30, 15]);
    past = (
      await ok(service, 'recordScore', { clusterId: CLUSTER, year: 2024, unitId: 'tri-ton', criterionId: 'c1', stage: 'SELF', points: 25 })
    ).position;
  });
  afterAll(() => service.stop());

  it('Apollo Client sends hashed queries as short GETs (automatic persisted queries) and gets the server’s answers', async () => {
    const requests: { method: string; url: string; status: number }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      requests.push({
        method: init?.method ?? 'GET',
        url: input instanceof Request ? input.url : input.toString(),
        status: response.status,
      });
      return response;
    };
    const client = () =>
      new ApolloClient({
        cache: new InMemoryCache(),
        link: createPersistedQueryLink({
          sha256: (text: string) => createHash('sha256').update(text).digest('hex'),
          useGETForHashedQueries: true,
        }).concat(
          new HttpLink({
            uri: service.url,
            fetch: recordingFetch,
            headers: { authorization: `Bearer ${token}` },
          }),
        ),
      });
    const first = await client().query({ query: gql(RANKING), variables: { asOf: null } });
    const second = await client().query({ query: gql(RANKING), variables: { asOf: null } });
    const raw = await service.gql(
      RANKING.replace('{ id units', '{ __typename id units').replace('{ unitId rank', '{ __typename unitId rank'),
      { asOf: null },
    );
    expect(first.data).toEqual(raw.data);
    expect(second.data).toEqual(raw.data);
    // The first client's hash was unknown: a GET with the hash alone, then the query registered once
    // by POST (Apollo's protocol); the second client's GET with the hash alone sufficed.
    expect(requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);
    const [unknown, , known] = requests.map((r) => new URL(r.url));
    for (const url of [unknown, known]) {
      expect(url.searchParams.has('query')).toBe(false);
      expect(JSON.parse(url.searchParams.get('extensions')!).persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(requests.at(-1)!.status).toBe(200);
  });

  it('tags a GET answer with where it was read; revalidates with 304 while nothing it read changed, 200 when it did', async () => {
    const first = await get(RANKING, {});
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const etag = first.headers.get('etag')!;
    const body = await first.text();
    expect(etag).toMatch(/^"[\w-]+\.\d+\.[\w-]+"$/);

    const unchanged = await get(RANKING, {}, { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    expect(unchanged.headers.get('etag')).toBe(etag);

    // The log moves on, but not in what the ranking reads: still 304, with a tag at the new position.
    await ok(service, 'registerUnit', {
      unitId: 'vks-kv-moi',
      name: 'Viện kiểm sát nhân dân khu vực mới',
      level: 'REGIONAL',
      parentUnitId: 'vks-an-giang',
    });
    const moved = await get(RANKING, {}, { 'if-none-match': etag });
    expect(moved.status).toBe(304);
    const movedTag = moved.headers.get('etag')!;
    expect(movedTag).not.toBe(etag);
    expect(movedTag.split('.')[2]).toBe(etag.split('.')[2]);

    await ok(service, 'recordScore', { clusterId: CLUSTER, year: 2024, unitId: 'an-phu', criterionId: 'c1', stage: 'SELF', points: 39 });
    const changed = await get(RANKING, {}, { 'if-none-match': movedTag });
    expect(changed.status).toBe(200);
    expect(await changed.text()).not.toBe(body);
    expect(changed.headers.get('etag')).not.toBe(movedTag);

    // Another caller's tag is not ours: a different token never revalidates someone else's answer.
    const otherToken = await service.token('nguoi-khac', { role: 'ADMIN' as never });
    const other = await fetch(`${service.url}?query=${encodeURIComponent(RANKING)}`, {
      headers: { authorization: `Bearer ${otherToken}`, 'if-none-match': changed.headers.get('etag')! },
    });
    expect(other.status).toBe(200);
  });

  it('marks answers read asOf a past position immutable; the present, a future position and mutations are not', async () => {
    const history = await get(RANKING, { asOf: past });
    expect(history.status).toBe(200);
    expect(history.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(history.headers.get('vary')).toMatch(/authorization/i);
    const dated = await get('{ rankings(clusterId: "ag-2", year: 2024, asOf: "2020-01-01") { id } }', {});
    expect(dated.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const future = await get(RANKING, { asOf: past + 1_000_000 });
    expect(future.headers.get('cache-control')).toBe('private, no-cache');
    const mixed = await get('query($p: AsOf) { rankings(clusterId: "ag-2", year: 2024, asOf: $p) { id } titles { titleId } }', { p: past });
    expect(mixed.headers.get('cache-control')).toBe('private, no-cache');
    const mutation = await service.post(
      {
        query:
          'mutation { registerUnit(input: { unitId: "vks-kv-2", name: "Viện kiểm sát nhân dân khu vực 2", level: REGIONAL }) { position } }',
      },
      token,
    );
    expect(mutation.status).toBe(200);
    const raw = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'mutation { registerUnit(input: { unitId: "vks-kv-3", name: "Viện kiểm sát nhân dân khu vực 3", level: REGIONAL }) { position } }',
      }),
    });
    expect(raw.headers.get('etag')).toBeNull();
    expect(raw.headers.get('cache-control')).toBeNull();
  });

  it('answers a repeated query from the answer kept at this log position, and never across a write, not even the caller’s own', async () => {
    const executed = async () => {
      const text = await (await fetch(service.url.replace('/graphql', '/metrics'))).text();
      const line = text
        .split('\n')
        .find((l) => l.startsWith('thidua_graphql_request_duration_seconds_count{operation="Ranking",type="query",outcome="ok"}'));
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    const ranking = async () => {
      const response = await get(RANKING, {});
      expect(response.status).toBe(200);
      return JSON.parse(await response.text()).data.rankings.units;
    };
    const first = await ranking();
    const runs = await executed();
    for (let i = 0; i < 5; i += 1) expect(await ranking()).toEqual(first);
    expect(await executed()).toBe(runs);

    // The caller writes and reads at once, again and again: every read sees its write.
    for (const points of [11, 12, 13, 14, 15]) {
      const written = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `mutation { correctScore(input: { clusterId: "ag-2", year: 2024, unitId: "tri-ton", criterionId: "c1", stage: SELF, points: ${points}, reason: "Sửa lần ${points}" }) { position } }`,
        }),
      });
      expect(written.status).toBe(200);
      const units = await ranking();
      expect(units.find((u: any) => u.unitId === 'tri-ton').effectiveTotal).toBe(points);
    }
  });
});
