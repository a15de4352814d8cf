import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Client } from 'graphql-ws';
import {
  ConnectionHandler,
  Environment,
  Network,
  Observable,
  RecordSource,
  Store,
  createOperationDescriptor,
  fetchQuery,
  getSelector,
  requestSubscription,
  type ConcreteRequest,
  type GraphQLResponse,
  type ReaderFragment,
  type RequestParameters,
  type SingularReaderSelector,
  type Variables,
} from 'relay-runtime';
import { Role } from '../../src/kernel/actor';
import { eventually, liveClient, metric } from '../support/live';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, openYear, registerCluster, score } from '../support/year-scenario';

// Relay (relay-runtime with its default store and handlers, documents compiled by the real
// relay-compiler from relay/relay-operations.ts) against the service started as production starts it.
// Every answer Relay's store gives back is compared with the server's own answer to the same operation.

const RELAY_DIR = path.join(__dirname, 'relay');
const GENERATED = path.join(RELAY_DIR, '__generated__');

/** Compiles relay/relay-operations.ts against schema/schema.graphql, from nothing, as a Relay app's build does. */
function compileOperations(): void {
  fs.rmSync(GENERATED, { recursive: true, force: true });
  fs.mkdirSync(GENERATED);
  execFileSync(process.execPath, [require.resolve('relay-compiler/cli.js')], { cwd: RELAY_DIR, stdio: 'pipe' });
}

async function artifact<T extends ConcreteRequest | ReaderFragment>(name: string): Promise<T> {
  return ((await import(path.join(GENERATED, `${name}.graphql`))) as { default: T }).default;
}

const Y = { clusterId: CLUSTER, year: 2024 };

describe('Relay with its default store keeps every type, history and the present apart (ids unique across types, node(id:))', () => {
  let service: TestService;
  let token: string;
  let live: Client;
  const ops: Record<string, ConcreteRequest> = {};
  const points: { label: string; asOf: number | null }[] = [];
  /** Every console.error and console.warn while the suite runs: Relay warns through them. */
  const warnings: string[] = [];

  const post = async (params: RequestParameters, variables: Variables, as = token): Promise<GraphQLResponse> => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
      body: JSON.stringify({ query: params.text, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };

  /** A Relay environment as an app creates one: the default store, HTTP for queries, graphql-ws for subscriptions. */
  const environment = (as = token) =>
    new Environment({
      network: Network.create(
        (params, variables) => post(params, variables, as),
        (params, variables) =>
          Observable.create<GraphQLResponse>((sink) =>
            live.subscribe(
              { query: params.text!, variables },
              {
                next: (value) => sink.next(value as GraphQLResponse),
                error: (error) => sink.error(error instanceof Error ? error : new Error(JSON.stringify(error))),
                complete: () => sink.complete(),
              },
            ),
          ),
      ),
      store: new Store(new RecordSource()),
    });

  /** The server's answer to an operation, read through a fresh environment's network: what every cached answer must equal. */
  async function networkRead(query: ConcreteRequest, variables: Variables, as = token): Promise<unknown> {
    let answer: GraphQLResponse | undefined;
    const fresh = new Environment({
      network: Network.create(async (params, vars) => (answer = await post(params, vars, as))),
      store: new Store(new RecordSource()),
    });
    await fetchQuery(fresh, query, variables, { fetchPolicy: 'network-only' }).toPromise();
    expect(answer).not.toHaveProperty('errors');
    return (answer as { data: unknown }).data;
  }

  /** What the environment's store answers for an operation, without the network; the operation stays retained. */
  function cached(env: Environment, query: ConcreteRequest, variables: Variables): unknown {
    const operation = createOperationDescriptor(query, variables);
    env.retain(operation);
    const snapshot = env.lookup(operation.fragment);
    expect(snapshot.isMissingData).toBe(false);
    return snapshot.data;
  }

  async function fetched(env: Environment, query: ConcreteRequest, variables: Variables): Promise<unknown> {
    env.retain(createOperationDescriptor(query, variables));
    await fetchQuery(env, query, variables, { fetchPolicy: 'network-only' }).toPromise();
    return cached(env, query, variables);
  }

  beforeAll(async () => {
    for (const method of ['error', 'warn'] as const)
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
    compileOperations();
    for (const name of [
      'UnitQuery',
      'ClusterYearQuery',
      'RankingQuery',
      'YearAndRankingQuery',
      'UnitsPaginationQuery',
      'AllUnitsQuery',
      'ClusterYearRefetchQuery',
      'ClusterYearChangedSubscription',
      'AuditTrailQuery',
    ])
      ops[name] = await artifact<ConcreteRequest>(`relayOperations${name}`);

    service = await startService();
    token = await service.token('can-bo-frontend', { role: Role.ADMIN, name: 'Lập trình viên' });
    live = liveClient(service, token);
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
    await score(service, 2024, 'tan-chau', 'SELF', [30, 30, 15]);
    const first = await ok(service, 'recordScore', { ...Y, unitId: 'tri-ton', criterionId: 'c1', stage: 'SELF', points: 20 });
    points.push({ label: 'trước khi đổi tên', asOf: first.position });
    await ok(service, 'renameUnit', {
      unitId: 'tan-chau',
      name: 'Viện kiểm sát nhân dân khu vực 3 - An Giang',
      effectiveDate: '2024-03-01',
    });
    await ok(service, 'withdrawMember', { ...Y, unitId: 'chau-doc' });
    const second = await ok(service, 'recordScore', { ...Y, unitId: 'tri-ton', criterionId: 'c2', stage: 'SELF', points: 35 });
    points.push({ label: 'sau khi rút thành viên', asOf: second.position });
    await ok(service, 'renameUnit', {
      unitId: 'vks-an-giang',
      name: 'Viện kiểm sát nhân dân tỉnh An Giang (mới)',
      effectiveDate: '2024-06-01',
    });
    await score(service, 2024, 'an-phu', 'SELF', [40, 40, 20]);
    points.push({ label: 'hiện tại', asOf: null });
  }, 90_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await live?.dispose();
    await service?.stop();
  });

  const READS = ['UnitQuery', 'ClusterYearQuery', 'RankingQuery', 'YearAndRankingQuery'];

  it('reads a cluster year and its ranking as two objects of their own types, now and as of the past', async () => {
    const env = environment();
    for (const { asOf } of points) {
      const answer = (await fetched(env, ops.YearAndRankingQuery, { asOf })) as any;
      expect([answer.clusterYear.__typename, answer.rankings.__typename]).toEqual(['ClusterYear', 'Ranking']);
      expect(answer).toEqual(await networkRead(ops.YearAndRankingQuery, { asOf }));
    }
  });

  it.each([
    ['oldest first', [0, 1, 2]],
    ['newest first', [2, 1, 0]],
  ])('reads now and as of two past positions, %s: every answer, fetched or from the store, is the server’s', async (_order, order) => {
    const server = new Map<string, unknown>();
    for (const { asOf } of points) for (const read of READS) server.set(`${read}@${asOf}`, await networkRead(ops[read], { asOf }));
    // The three points in time really differ.
    expect(new Set(points.map(({ asOf }) => JSON.stringify(server.get(`RankingQuery@${asOf}`)))).size).toBe(3);
    expect(new Set(points.map(({ asOf }) => (server.get(`UnitQuery@${asOf}`) as any).unit.name)).size).toBe(2);

    const env = environment();
    for (const index of order)
      for (const read of READS) {
        const { asOf } = points[index];
        expect({ read, asOf, data: await fetched(env, ops[read], { asOf }) }).toEqual({ read, asOf, data: server.get(`${read}@${asOf}`) });
      }
    for (const { asOf } of points)
      for (const read of READS)
        expect({ read, asOf, data: cached(env, ops[read], { asOf }) }).toEqual({ read, asOf, data: server.get(`${read}@${asOf}`) });
  });

  it('pages through a connection with Relay’s ConnectionHandler, each page merged into the one connection', async () => {
    const env = environment();
    const units = await artifact<ReaderFragment>('relayOperations_units');
    const page = async (cursor: string | null) => {
      await fetched(env, ops.UnitsPaginationQuery, { count: 2, cursor });
      const root = cached(env, ops.UnitsPaginationQuery, { count: 2, cursor: null }) as object;
      return env.lookup(getSelector(units, root) as SingularReaderSelector).data as any;
    };
    let merged = await page(null);
    const connection = env.getStore().getSource().get(ConnectionHandler.getConnectionID('client:root', 'relayOperations_unitsConnection'));
    expect(connection).toBeDefined();
    for (let pages = 1; merged.unitsConnection.pageInfo.hasNextPage; pages += 1) {
      expect(pages).toBeLessThan(10);
      merged = await page(merged.unitsConnection.pageInfo.endCursor);
    }
    const all = (await networkRead(ops.AllUnitsQuery, {})) as any;
    expect(all.unitsConnection.edges).toHaveLength(6);
    expect(merged.unitsConnection.edges.map((edge: any) => edge.node)).toEqual(all.unitsConnection.edges.map((edge: any) => edge.node));
  });

  it('refetches a fragment through node(id:), now and as of a past position, beside what the store already holds', async () => {
    const env = environment();
    const fragment = await artifact<ReaderFragment>('relayOperations_clusterYear');
    const [past] = points;
    for (const { asOf } of points) await fetched(env, ops.ClusterYearQuery, { asOf });
    const before = await networkRead(ops.ClusterYearQuery, { asOf: null });
    await ok(service, 'rotateChair', { ...Y, chairUnitId: 'tri-ton', viceChairUnitId: 'an-phu' });
    const now = await networkRead(ops.ClusterYearQuery, { asOf: null });
    expect(now).not.toEqual(before);

    const refetch = async (id: string) => {
      const data = (await fetched(env, ops.ClusterYearRefetchQuery, { id })) as any;
      return env.lookup(getSelector(fragment, data.node) as SingularReaderSelector).data;
    };
    expect(await refetch('ClusterYear:ag-2/2024')).toEqual((now as any).clusterYear);
    const then = (await networkRead(ops.ClusterYearQuery, { asOf: past.asOf })) as any;
    expect(await refetch(`ClusterYear:ag-2/2024@${past.asOf}`)).toEqual(then.clusterYear);
    // The refetch updated the present in place and left history alone.
    expect(cached(env, ops.ClusterYearQuery, { asOf: null })).toEqual(now);
    for (const { asOf } of points.slice(0, 2))
      expect(cached(env, ops.ClusterYearQuery, { asOf })).toEqual(await networkRead(ops.ClusterYearQuery, { asOf }));
  });

  it('takes a subscription update over graphql-ws into the present, leaving history as the server has it', async () => {
    const env = environment();
    for (const { asOf } of points) for (const read of READS) await fetched(env, ops[read], { asOf });
    let received: (value: unknown) => void;
    const delivered = new Promise((resolve) => (received = resolve));
    const subscription = requestSubscription(env, {
      subscription: ops.ClusterYearChangedSubscription,
      variables: {},
      onNext: (value) => received(value),
      onError: (error) => received(error),
    });
    // Events are sent from the moment the subscription starts: the write waits for it.
    await eventually(async () => (await metric(service, 'thidua_ws_subscriptions')) === 1, 'the subscription to start');
    const write = await ok(service, 'recordScore', { ...Y, unitId: 'an-phu', criterionId: 'b1', stage: 'SELF', points: 5 });
    expect(await delivered).toMatchObject({ clusterYearChanged: { position: write.position, type: 'ScoreRecorded' } });
    subscription.dispose();

    const ranking = cached(env, ops.RankingQuery, { asOf: null }) as any;
    expect(ranking).toEqual(await networkRead(ops.RankingQuery, { asOf: null }));
    expect(ranking.rankings.units.find((u: any) => u.unitId === 'an-phu').effectiveTotal).toBe(105);
    for (const { asOf } of points)
      for (const read of READS)
        expect({ read, asOf, data: cached(env, ops[read], { asOf }) }).toEqual({
          read,
          asOf,
          data: await networkRead(ops[read], { asOf }),
        });
  });

  it('reads the audit trail of one person who acted under two names as the server answers it', async () => {
    const before = warnings.length;
    const names = ['Nguyễn Văn Bình', 'Nguyễn Văn Bình (Phó Viện trưởng)'];
    for (const [i, name] of names.entries()) {
      const as = await service.token('can-bo-doi-ten', { role: Role.ADMIN, name });
      await ok(
        service,
        'correctScore',
        { ...Y, unitId: 'tri-ton', criterionId: 'c1', stage: 'SELF', points: 21 + i, reason: 'Sai số liệu' },
        as,
      );
    }
    const auditor = await service.token('kiem-toan', { role: Role.AUDITOR, name: 'Kiểm toán viên' });
    const variables = { actorId: 'can-bo-doi-ten' };
    const server = (await networkRead(ops.AuditTrailQuery, variables, auditor)) as any;
    expect(server.auditTrail.edges.map((edge: any) => edge.node.actor.name)).toEqual(names);
    const answer = await fetched(environment(auditor), ops.AuditTrailQuery, variables);
    // Relay warns when two objects with one id disagree (then one overwrites the other); taken out here, so the last test sees the others.
    expect({ answer, warnings: warnings.splice(before) }).toEqual({ answer: server, warnings: [] });
  });

  it('never warns that the server broke the globally-unique-id rule, nor anything else', () => {
    expect(warnings.filter((warning) => /globally unique/.test(warning))).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
