import { Client, fetchExchange, subscriptionExchange, type AnyVariables, type RequestPolicy } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import type { Client as WsClient } from 'graphql-ws';
import { historyWithThreePoints, permutations, RANKING, READS, type ReadPoint } from '../support/client-reads';
import { eventually, liveClient, metric } from '../support/live';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { actUnderTwoNames, NAMES, PERSON_NOW, TRAIL } from '../support/two-names';
import { CLUSTER } from '../support/year-scenario';

const UNITS_PAGE = `
  query Units($after: String) {
    unitsConnection(first: 3, after: $after) {
      __typename
      totalCount
      edges { __typename cursor node { __typename id unitId name } }
      pageInfo { __typename hasNextPage endCursor }
    }
  }
`;
/** The ranking as each score change leaves it, with the fields RANKING reads. */
const RANKING_CHANGED = `
  subscription {
    clusterYearChanged(clusterId: "${CLUSTER}", year: 2024, topics: [SCORES]) {
      __typename
      position
      ranking { __typename id clusterId year units { __typename unitId rank effectiveTotal } }
    }
  }
`;

describe('urql with graphcache’s default cacheExchange, fetchExchange (GET reads) and graphql-ws subscriptions: 0 wrong answers', () => {
  let service: TestService;
  let token: string;
  let live: WsClient;
  let points: ReadPoint[];
  const requests: { method: string; status: number }[] = [];
  const warnings: string[] = [];

  /** A frontend's client as urql's documentation sets it up, with nothing configured for this API but the token. */
  const urql = () =>
    new Client({
      url: service.url,
      fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        requests.push({ method: init?.method ?? 'GET', status: response.status });
        return response;
      },
      exchanges: [
        cacheExchange(),
        fetchExchange,
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({ unsubscribe: live.subscribe({ ...request, query: request.query ?? '' }, sink) }),
          }),
        }),
      ],
    });

  async function read(client: Client, query: string, variables: AnyVariables, requestPolicy: RequestPolicy) {
    const result = await client.query(query, variables, { requestPolicy }).toPromise();
    if (result.error) throw result.error;
    return result.data;
  }
  /** The answer to compare with: read from the network by a client with an empty cache. */
  const network = (query: string, variables: AnyVariables) => read(urql(), query, variables, 'network-only');

  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
    service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: '100000' });
    token = await service.token('can-bo-frontend', { role: 'ADMIN' as never, name: 'Lập trình viên' });
    points = await historyWithThreePoints(service);
    await actUnderTwoNames(service);
    live = liveClient(service, token);
  });
  afterAll(async () => {
    await live.dispose();
    await service.stop();
    jest.restoreAllMocks();
  });

  it('reads by GET with only the bearer token, and the network answers are the server’s', async () => {
    for (const { asOf } of points)
      for (const query of Object.values(READS)) expect(await network(query, { asOf })).toEqual((await service.gql(query, { asOf })).data);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((request) => request.method !== 'GET' || request.status !== 200)).toEqual([]);
  });

  it.each(permutations([0, 1, 2]).map((order) => [order.join(' → '), order]))(
    'reads now and as of two past positions in the order %s: every answer, from the network or the cache, is a network read’s',
    async (_name, order) => {
      const client = urql();
      for (const requestPolicy of ['cache-first', 'cache-only'] as const)
        for (const index of order) {
          const { asOf } = points[index];
          for (const [name, query] of Object.entries(READS)) {
            const answer = { requestPolicy, name, asOf, data: await read(client, query, { asOf }, requestPolicy) };
            expect(answer).toEqual({ requestPolicy, name, asOf, data: await network(query, { asOf }) });
          }
        }
    },
  );

  it('pages through a connection, and reads every page back from the cache as the network answers it', async () => {
    const client = urql();
    const cursors: (string | null)[] = [null];
    for (const after of cursors) {
      const page = await read(client, UNITS_PAGE, { after }, 'cache-first');
      expect(page).toEqual(await network(UNITS_PAGE, { after }));
      if (page.unitsConnection.pageInfo.hasNextPage) cursors.push(page.unitsConnection.pageInfo.endCursor);
    }
    expect(cursors.length).toBeGreaterThan(2);
    for (const after of cursors)
      expect({ after, page: await read(client, UNITS_PAGE, { after }, 'cache-only') }).toEqual({
        after,
        page: await network(UNITS_PAGE, { after }),
      });
  });

  it('shows each audit event’s actor as its token was when one person acted under two names, from the network and the cache', async () => {
    const client = urql();
    const cursors = [null, (await network(TRAIL, { after: null })).auditTrail.pageInfo.endCursor as string];
    for (const query of [TRAIL, PERSON_NOW]) {
      for (const after of cursors) expect(await read(client, query, { after }, 'cache-first')).toEqual(await network(query, { after }));
      for (const after of cursors)
        expect({ after, data: await read(client, query, { after }, 'cache-only') }).toEqual({
          after,
          data: await network(query, { after }),
        });
    }
    const pages = await Promise.all(cursors.map(async (after) => (await read(client, PERSON_NOW, { after }, 'cache-only')).auditTrail));
    expect(pages.map((page) => page.edges[0].node.actor.name)).toEqual(NAMES);
    expect(pages.map((page) => page.edges[0].node.actor.person.name)).toEqual([NAMES[1], NAMES[1]]);
    // An actor with an id of its own is an entity graphcache keys by default: it has nothing to warn about.
    expect(warnings.filter((warning) => /AuditActor|AuditPerson/.test(warning))).toEqual([]);
  });

  it('a subscription update reaches the cached present; the history the cache holds is untouched', async () => {
    const client = urql();
    const past = points[0].asOf;
    const before = {
      now: await read(client, RANKING, { asOf: null }, 'cache-first'),
      past: await read(client, RANKING, { asOf: past }, 'cache-first'),
    };
    const received: number[] = [];
    const subscription = client.subscription(RANKING_CHANGED, {}).subscribe((result) => {
      if (result.data) received.push(result.data.clusterYearChanged.position);
    });
    await eventually(async () => (await metric(service, 'thidua_ws_subscriptions')) === 1, 'the subscription to start');
    const { position } = await ok(service, 'correctScore', {
      clusterId: CLUSTER,
      year: 2024,
      unitId: 'an-phu',
      criterionId: 'c1',
      stage: 'SELF',
      points: 5,
      reason: 'Điểm tự chấm chưa có minh chứng',
    });
    await eventually(() => received.includes(position), 'the score change over the subscription');
    subscription.unsubscribe();

    const now = await read(client, RANKING, { asOf: null }, 'cache-only');
    expect(now).toEqual(await network(RANKING, { asOf: null }));
    expect(now).not.toEqual(before.now);
    expect(await read(client, RANKING, { asOf: past }, 'cache-only')).toEqual(before.past);
    expect(before.past).toEqual(await network(RANKING, { asOf: past }));
  });
});
