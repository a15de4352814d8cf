import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { NAMES, PERSON, actUnderTwoNames } from '../support/two-names';
import { CLUSTER, openYear, registerCluster, score } from '../support/year-scenario';

// What a frontend reads: a unit, a cluster year with its members, a ranking; each with and without asOf.
// Every selection names __typename, as Apollo Client adds it, so the raw answers compare as they are.
const UNIT = gql`
  query Unit($asOf: AsOf) {
    unit(id: "tan-chau", asOf: $asOf) {
      __typename
      id
      unitId
      name
      shortName
      parent {
        __typename
        id
        unitId
        name
      }
    }
  }
`;
const CLUSTER_YEAR = gql`
  query ClusterYear($asOf: AsOf) {
    clusterYear(clusterId: "ag-2", year: 2024, asOf: $asOf) {
      __typename
      id
      clusterId
      year
      chairUnitId
      memberUnitIds
      members {
        __typename
        id
        unitId
        name
      }
      chair {
        __typename
        id
        name
      }
    }
  }
`;
const RANKING = gql`
  query Ranking($asOf: AsOf) {
    rankings(clusterId: "ag-2", year: 2024, asOf: $asOf) {
      __typename
      id
      clusterId
      year
      units {
        __typename
        unitId
        rank
        effectiveTotal
      }
    }
  }
`;
const READS = { unit: UNIT, clusterYear: CLUSTER_YEAR, rankings: RANKING };
/** The audit trail of one person, a page (one event) at a time; the actor with only the fields it always had. */
const TRAIL = gql`
  query Trail($after: String) {
    auditTrail(filter: { actorId: "${PERSON}", eventType: "UnitRegistered" }, order: OLDEST_FIRST, first: 1, after: $after) {
      __typename
      edges {
        __typename
        cursor
        node {
          __typename
          id
          position
          actor {
            __typename
            id
            name
            role
            unitId
          }
        }
      }
      pageInfo {
        __typename
        hasNextPage
        endCursor
      }
    }
  }
`;
const PERSON_NOW = gql`
  query Person($after: String) {
    auditTrail(filter: { actorId: "${PERSON}", eventType: "UnitRegistered" }, order: OLDEST_FIRST, first: 1, after: $after) {
      __typename
      edges {
        __typename
        node {
          __typename
          id
          actor {
            __typename
            id
            personId
            name
            person {
              __typename
              id
              personId
              name
            }
          }
        }
      }
    }
  }
`;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('Apollo Client 4 with the default InMemoryCache and no type policies keeps history and the present apart', () => {
  let service: TestService;
  let token: string;
  const positions: { label: string; asOf: number | null }[] = [];
  /** The server's own answer to each read, fetched without any cache. */
  const raw = new Map<string, unknown>();
  const rawKey = (read: string, asOf: number | null) => `${read}@${asOf}`;

  const client = () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: new HttpLink({ uri: service.url, headers: { authorization: `Bearer ${token}` } }),
    });

  async function fetchRaw() {
    for (const { asOf } of positions)
      for (const [read, query] of Object.entries(READS)) {
        const answer = await service.gql(query.loc!.source.body, { asOf });
        expect(answer.errors).toBeUndefined();
        raw.set(rawKey(read, asOf), answer.data);
      }
  }

  beforeAll(async () => {
    service = await startService();
    token = await service.token('can-bo-frontend', { role: 'ADMIN' as never, name: 'Lập trình viên' });
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
    await score(service, 2024, 'tan-chau', 'SELF', [30, 30, 15]);
    const first = await ok(service, 'recordScore', {
      clusterId: CLUSTER,
      year: 2024,
      unitId: 'tri-ton',
      criterionId: 'c1',
      stage: 'SELF',
      points: 20,
    });
    positions.push({ label: 'trước khi đổi tên', asOf: first.position });
    // Between the two past positions: a new name, a member leaves, scores change the ranking.
    await ok(service, 'renameUnit', {
      unitId: 'tan-chau',
      name: 'Viện kiểm sát nhân dân khu vực 3 - An Giang',
      shortName: 'VKSND KV3',
      effectiveDate: '2024-03-01',
    });
    await ok(service, 'withdrawMember', { clusterId: CLUSTER, year: 2024, unitId: 'chau-doc' });
    await score(service, 2024, 'tri-ton', 'COUNCIL', [39, 39, 19]);
    const second = await ok(service, 'correctScore', {
      clusterId: CLUSTER,
      year: 2024,
      unitId: 'tan-chau',
      criterionId: 'c1',
      stage: 'SELF',
      points: 10,
      reason: 'Sai số liệu',
    });
    positions.push({ label: 'sau khi sửa điểm', asOf: second.position });
    await ok(service, 'renameUnit', {
      unitId: 'tan-chau',
      name: 'Viện kiểm sát nhân dân khu vực 9 - An Giang',
      shortName: null,
      effectiveDate: '2024-06-01',
    });
    await ok(service, 'renameUnit', {
      unitId: 'vks-an-giang',
      name: 'Viện kiểm sát nhân dân tỉnh An Giang (mới)',
      effectiveDate: '2024-06-01',
    });
    await score(service, 2024, 'an-phu', 'SELF', [40, 40, 20]);
    positions.push({ label: 'hiện tại', asOf: null });
    await fetchRaw();
    await actUnderTwoNames(service);
  });
  afterAll(() => service.stop());

  it('the three points in time really differ, and past objects have ids of their own', () => {
    const names = positions.map(({ asOf }) => (raw.get(rawKey('unit', asOf)) as any).unit);
    expect(new Set(names.map((u) => u.name)).size).toBe(3);
    expect(names.map((u) => u.unitId)).toEqual(['tan-chau', 'tan-chau', 'tan-chau']);
    expect(names.map((u) => u.id)).toEqual([`tan-chau@${positions[0].asOf}`, `tan-chau@${positions[1].asOf}`, 'tan-chau']);
    const rankings = positions.map(({ asOf }) => JSON.stringify((raw.get(rawKey('rankings', asOf)) as any).rankings.units));
    expect(new Set(rankings).size).toBe(3);
    const members = positions.map(({ asOf }) => (raw.get(rawKey('clusterYear', asOf)) as any).clusterYear.memberUnitIds.length);
    expect(members).toEqual([5, 4, 4]);
  });

  it.each(permutations([0, 1, 2]).map((order) => [order.join(' → '), order]))(
    'reads now and as of two past positions in the order %s: every answer, from the network or the cache, is the server’s',
    async (_name, order) => {
      const apollo = client();
      for (const round of ['network', 'cache'])
        for (const index of order) {
          const { asOf } = positions[index];
          for (const [read, query] of Object.entries(READS)) {
            const result = await apollo.query({ query, variables: { asOf } });
            expect({ round, read, asOf, data: result.data }).toEqual({ round, read, asOf, data: raw.get(rawKey(read, asOf)) });
          }
        }
      apollo.stop();
    },
  );

  it('shows each audit event’s actor as its token was when one person acted under two names, from the network and the cache', async () => {
    const apollo = client();
    const server = async (query: typeof TRAIL, after: string | null) => (await service.gql(query.loc!.source.body, { after })).data;
    // Two pages of one event each: the person's events under the first name, then the second.
    const cursors = [null, (await server(TRAIL, null))!.auditTrail.pageInfo.endCursor as string];
    for (const query of [TRAIL, PERSON_NOW]) {
      for (const after of cursors) expect((await apollo.query({ query, variables: { after } })).data).toEqual(await server(query, after));
      for (const after of cursors) {
        const cached = await apollo.query({ query, variables: { after }, fetchPolicy: 'cache-only' });
        expect({ after, data: cached.data }).toEqual({ after, data: await server(query, after) });
      }
    }
    const names = (await apollo.query({ query: PERSON_NOW, variables: { after: null }, fetchPolicy: 'cache-only' })).data as any;
    expect(names.auditTrail.edges[0].node.actor).toMatchObject({ name: NAMES[0], person: { name: NAMES[1] } });
    apollo.stop();
  });

  it('a mutation through the client updates the present without touching the history it holds', async () => {
    const apollo = client();
    for (const { asOf } of positions) for (const query of Object.values(READS)) await apollo.query({ query, variables: { asOf } });
    const renamed = await apollo.mutate({
      mutation: gql`
        mutation Rename($input: RenameUnitInput!) {
          renameUnit(input: $input) {
            __typename
            position
            eventTypes
          }
        }
      `,
      variables: { input: { unitId: 'tan-chau', name: 'Viện kiểm sát nhân dân khu vực 10 - An Giang', effectiveDate: '2024-09-01' } },
    });
    expect(renamed.data).toMatchObject({ renameUnit: { eventTypes: ['UnitNameRecorded', 'UnitRenamed'] } });
    const now = await apollo.query({ query: UNIT, variables: { asOf: null }, fetchPolicy: 'network-only' });
    expect(now.data).toEqual((await service.gql(UNIT.loc!.source.body, { asOf: null })).data);
    expect((now.data as any).unit.name).toBe('Viện kiểm sát nhân dân khu vực 10 - An Giang');
    for (const { asOf } of positions.slice(0, 2))
      for (const [read, query] of Object.entries(READS)) {
        const cached = await apollo.query({ query, variables: { asOf }, fetchPolicy: 'cache-only' });
        expect({ read, asOf, data: cached.data }).toEqual({ read, asOf, data: raw.get(rawKey(read, asOf)) });
      }
    apollo.stop();
  });
});
