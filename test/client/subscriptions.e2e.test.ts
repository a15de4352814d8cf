import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import type { Client } from 'graphql-ws';
import { eventually, liveClient, metric } from '../support/live';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster } from '../support/year-scenario';

const Y = { clusterId: CLUSTER, year: 2024 };
const SIGNATORIES: Record<string, string> = {
  'tan-chau': 'Viện trưởng VKSND thị xã Tân Châu',
  'tri-ton': 'Viện trưởng VKSND huyện Tri Tôn',
  'an-phu': 'Viện trưởng VKSND huyện An Phú',
  'tinh-bien': 'Viện trưởng VKSND huyện Tịnh Biên',
  'chau-doc': 'Viện trưởng VKSND thành phố Châu Đốc',
};

/** Collects what one subscription delivers; `ended` settles with the close or error. */
function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: T[] = [];
  const errors: unknown[] = [];
  const ended = new Promise<void>((resolve) =>
    client.subscribe<T>({ query, variables }, {
      next: (value) => (value.errors ? errors.push(...value.errors) : received.push(value.data as T)),
      error: (error) => {
        errors.push(error);
        resolve();
      },
      complete: resolve,
    }),
  );
  return { received, errors, ended };
}

describe('subscriptions over WebSocket (graphql-ws) on the same port and path', () => {
  let service: TestService;
  let admin: string;

  beforeAll(async () => {
    service = await startService();
    admin = await service.token('admin-live', { role: 'ADMIN' as never, name: 'Quản trị' });
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
  });
  afterAll(() => service.stop());

  it('follows a signing ceremony with Apollo Client: every signature in order, then the agreement in force, and the cache holds the live year', async () => {
    const ws = liveClient(service, admin);
    const http = new HttpLink({ uri: service.url, headers: { authorization: `Bearer ${admin}` } });
    const apollo = new ApolloClient({
      cache: new InMemoryCache(),
      link: ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(ws), http),
    });
    const changes: any[] = [];
    let done!: () => void;
    const inForce = new Promise<void>((resolve) => (done = resolve));
    const subscription = apollo
      .subscribe({
        query: gql`subscription Ceremony($clusterId: ID!, $year: Int!) {
          clusterYearChanged(clusterId: $clusterId, year: $year, topics: [SIGNATURES]) {
            position type topic unitId data
            clusterYear { id clusterId year agreement { inForce signatures { unitId signatoryName } unsignedUnitIds } } } }`,
        variables: Y,
      })
      .subscribe({
        next: ({ data }) => {
          changes.push(data!.clusterYearChanged);
          if (data!.clusterYearChanged.type === 'AgreementInForce') done();
        },
      });
    await eventually(async () => (await metric(service, 'thidua_ws_subscriptions')) === 1, 'the subscription to start');

    await ok(service, 'draftAgreement', {
      ...Y,
      theme: 'Đoàn kết, trách nhiệm, hoàn thành xuất sắc nhiệm vụ năm 2024',
      commitments: ['Hoàn thành các chỉ tiêu theo Nghị quyết số 96/2019/QH14'],
      legalBases: ['15/HD-VKSTC'],
      ceremonyDate: '2024-02-22',
      hostUnitId: 'tan-chau',
    });
    const order = ['tri-ton', 'chau-doc', 'tan-chau', 'tinh-bien', 'an-phu'];
    const positions: number[] = [];
    for (const unitId of order) {
      const signed = await ok(service, 'signAgreement', { ...Y, unitId, signatoryName: SIGNATORIES[unitId], signatoryPosition: 'Viện trưởng', signedOn: '2024-02-22' });
      positions.push(signed.position);
    }
    await inForce;
    subscription.unsubscribe();

    expect(changes.map((c) => c.type)).toEqual([...order.map(() => 'AgreementSigned'), 'AgreementInForce']);
    expect(changes.slice(0, 5).map((c) => c.unitId)).toEqual(order);
    expect(changes.slice(0, 5).map((c) => c.data.signatoryName)).toEqual(order.map((u) => SIGNATORIES[u]));
    // The last signature's command appended two events: the signature, then the agreement in force.
    expect(changes.map((c) => c.position)).toEqual([...positions.slice(0, 4), positions[4] - 1, positions[4]]);
    expect(changes.every((c) => c.topic === 'SIGNATURES')).toBe(true);
    const last = changes.at(-1);
    expect(last.clusterYear).toMatchObject({ id: 'ag-2/2024', agreement: { inForce: true, unsignedUnitIds: [] } });
    // The live object is the current one: a later query for the year finds the cache already up to date.
    const cached = apollo.cache.readFragment<any>({ id: 'ClusterYear:ag-2/2024', fragment: gql`fragment Live on ClusterYear { agreement { inForce signatures { unitId } } }` });
    expect(cached.agreement).toEqual({ __typename: 'Agreement', inForce: true, signatures: order.map((unitId) => ({ __typename: 'Signature', unitId })) });
    apollo.stop();
    await ws.dispose();
  });
});
