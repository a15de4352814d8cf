import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { historyWithThreePoints, permutations, READS as READ_TEXTS, type ReadPoint } from '../support/client-reads';
import { startService, type TestService } from '../support/service';
import { NAMES, PERSON_NOW as PERSON_NOW_TEXT, TRAIL as TRAIL_TEXT, actUnderTwoNames } from '../support/two-names';

const READS = Object.fromEntries(Object.entries(READ_TEXTS).map(([read, text]) => [read, gql(text)]));
const UNIT = READS.unit;
const TRAIL = gql(TRAIL_TEXT);
const PERSON_NOW = gql(PERSON_NOW_TEXT);

describe('Apollo Client 4 with the default InMemoryCache and no type policies keeps history and the present apart', () => {
  let service: TestService;
  let token: string;
  const positions: ReadPoint[] = [];
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
    positions.push(...(await historyWithThreePoints(service)));
    await fetchRaw();
    await actUnderTwoNames(service);
  });
  afterAll(() => service.stop());

  it('the three points in time really differ, and past objects have ids of their own', () => {
    const names = positions.map(({ asOf }) => (raw.get(rawKey('unit', asOf)) as any).unit);
    expect(new Set(names.map((u) => u.name)).size).toBe(3);
    expect(names.map((u) => u.unitId)).toEqual(['tan-chau', 'tan-chau', 'tan-chau']);
    expect(names.map((u) => u.id)).toEqual([`Unit:tan-chau@${positions[0].asOf}`, `Unit:tan-chau@${positions[1].asOf}`, 'Unit:tan-chau']);
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
