import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import type { Client } from 'graphql-ws';
import { signLocalToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import WebSocket from 'ws';
import { eventually, liveClient, metric, wsUrl } from '../support/live';
import { mutate, ok } from '../support/mutations';
import { startService, startServiceProcess, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster } from '../support/year-scenario';

const Y = { clusterId: CLUSTER, year: 2024 };
const SIGNATORIES: Record<string, string> = {
  'tan-chau': 'Viện trưởng VKSND thị xã Tân Châu',
  'tri-ton': 'Viện trưởng VKSND huyện Tri Tôn',
  'an-phu': 'Viện trưởng VKSND huyện An Phú',
  'tinh-bien': 'Viện trưởng VKSND huyện Tịnh Biên',
  'chau-doc': 'Viện trưởng VKSND thành phố Châu Đốc',
};

/**
 * A command that must succeed, sent again while the service sheds load (503 OVERLOADED, as a
 * client told "try again" would): 200 subscribers on a shared two-core machine can lag its loop.
 */
async function okWhenServed(service: TestService, mutation: string, input: Record<string, unknown>) {
  for (const deadline = Date.now() + 60_000; ; await new Promise((resolve) => setTimeout(resolve, 500))) {
    const response = await mutate(service, mutation, input);
    if (response.errors?.[0].extensions?.code === 'OVERLOADED' && Date.now() < deadline) continue;
    if (response.errors) throw new Error(`${mutation} failed: ${JSON.stringify(response.errors)}`);
    return response.data![mutation] as { position: number };
  }
}

/** Collects what one subscription delivers; `ended` settles with the close or error. */
function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: T[] = [];
  const errors: unknown[] = [];
  const ended = new Promise<void>((resolve) =>
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => (value.errors ? errors.push(...value.errors) : received.push(value.data as T)),
        error: (error) => {
          errors.push(error);
          resolve();
        },
        complete: resolve,
      },
    ),
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
        query: gql`
          subscription Ceremony($clusterId: ID!, $year: Int!) {
            clusterYearChanged(clusterId: $clusterId, year: $year, topics: [SIGNATURES]) {
              position
              type
              topic
              unitId
              data
              clusterYear {
                id
                clusterId
                year
                agreement {
                  inForce
                  signatures {
                    unitId
                    signatoryName
                  }
                  unsignedUnitIds
                }
              }
            }
          }
        `,
        variables: Y,
      })
      .subscribe({
        next: ({ data }: { data?: any }) => {
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
      const signed = await ok(service, 'signAgreement', {
        ...Y,
        unitId,
        signatoryName: SIGNATORIES[unitId],
        signatoryPosition: 'Viện trưởng',
        signedOn: '2024-02-22',
      });
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
    expect(last.clusterYear).toMatchObject({ id: 'ClusterYear:ag-2/2024', agreement: { inForce: true, unsignedUnitIds: [] } });
    // The live object is the current one: a later query for the year finds the cache already up to date.
    const cached = apollo.cache.readFragment<any>({
      id: apollo.cache.identify({ __typename: 'ClusterYear', id: 'ClusterYear:ag-2/2024' }),
      fragment: gql`
        fragment Live on ClusterYear {
          agreement {
            inForce
            signatures {
              unitId
            }
          }
        }
      `,
    });
    expect(cached.agreement).toEqual({
      __typename: 'Agreement',
      inForce: true,
      signatures: order.map((unitId) => ({ __typename: 'Signature', unitId })),
    });
    apollo.stop();
    await ws.dispose();
  });

  it('refuses a connection without a valid token with 4401, and says what to send', async () => {
    for (const token of [null, 'not-a-token']) {
      const client = liveClient(service, token);
      const { errors, ended } = collect(client, 'subscription { headPosition { position } }');
      await ended;
      expect(errors[0]).toMatchObject({ code: 4401 });
      expect(String((errors[0] as { reason: string }).reason)).toMatch(/^UNAUTHENTICATED: gửi \{"authorization":"Bearer <token>"\}/);
      await client.dispose();
    }
  });

  it('closes a connection when the token that opened it expires (4401 TOKEN_EXPIRED), so access ends with the token', async () => {
    const config = loadConfig({ THIDUA_STORE: `sqlite:${service.storeFile}` });
    const shortLived = await signLocalToken(config.auth, 'admin-ngan-han', { role: 'ADMIN' as never }, '3s');
    const client = liveClient(service, shortLived);
    const started = Date.now();
    const { errors, ended } = collect(client, 'subscription { headPosition { position } }');
    await ended;
    expect(errors[0]).toMatchObject({ code: 4401 });
    expect(String((errors[0] as { reason: string }).reason)).toMatch(/^TOKEN_EXPIRED: /);
    expect(Date.now() - started).toBeGreaterThan(1000);
    await client.dispose();
  });

  it('authorises each subscription like the query: the audit trail is for auditors only', async () => {
    const officer = await service.token('can-bo-tan-chau', { role: 'UNIT_OFFICER' as never, unit: 'tan-chau' });
    const client = liveClient(service, officer);
    const { errors, ended } = collect(client, 'subscription { auditEvents { position type } }');
    await ended;
    // Refused when it starts: one answer with the error, then complete (graphql-ws's shape for it).
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((errors[0] as { message: string }).message).toMatch(/^Không có quyền: UNIT_OFFICER/);
    await client.dispose();
  });

  it('streams the audit trail to an auditor, filtered by unit, with points as decimals', async () => {
    const auditor = await service.token('kiem-toan', { role: 'AUDITOR' as never, name: 'Kiểm toán viên' });
    const client = liveClient(service, auditor);
    const trail = collect<any>(
      client,
      'subscription($f: AuditTrailFilter) { auditEvents(filter: $f) { position type data actor { personId } } }',
      { f: { unitId: 'tinh-bien' } },
    );
    await eventually(async () => (await metric(service, 'thidua_ws_subscriptions')) === 1, 'the subscription to start');
    await ok(service, 'recordScore', { ...Y, unitId: 'an-phu', criterionId: 'c1', stage: 'SELF', points: 30 });
    await ok(service, 'recordScore', { ...Y, unitId: 'tinh-bien', criterionId: 'c1', stage: 'SELF', points: 38.5 });
    await eventually(() => trail.received.length === 1, 'the audit event');
    expect(trail.received[0].auditEvents).toMatchObject({
      type: 'ScoreRecorded',
      data: { unitId: 'tinh-bien', points: 38.5 },
      actor: { personId: 'admin-test' },
    });
    await client.dispose();
  });

  it('bounds subscriptions per connection: one too many is refused with TOO_MANY_SUBSCRIPTIONS, the others go on', async () => {
    const client = liveClient(service, admin);
    const heads = Array.from({ length: 20 }, () => collect(client, 'subscription { headPosition { position } }'));
    const extra = collect(client, 'subscription { headPosition { position } }');
    await extra.ended;
    expect((extra.errors[0] as any)[0]).toMatchObject({ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } });
    expect((extra.errors[0] as any)[0].message).toMatch(/Tối đa 20 đăng ký trên một kết nối/);
    const { position } = await ok(service, 'registerTitle', { ...Y, unitId: 'tri-ton', titleId: 'lao-dong-tien-tien' });
    await eventually(
      () => heads.every((h) => h.received.some((r: any) => r.headPosition.position === position)),
      'every head subscription',
    );
    await client.dispose();
  });
});

describe('fan-out: 200 subscribers and one that stops reading', () => {
  const BOUND = 64 * 1024;
  let service: TestService;
  let admin: string;

  beforeAll(async () => {
    // 200 clients from this one address open their sockets at once: before they sign in, they would pass the per-address cap.
    // In a process of its own, as deployed: what a stalled socket buffers is the server's alone, not shared with the clients' work.
    service = await startServiceProcess({
      THIDUA_WS_MAX_BUFFERED_BYTES: String(BOUND),
      THIDUA_RATE_LIMIT_PER_MINUTE: '100000',
      THIDUA_WS_MAX_UNAUTHENTICATED_PER_ADDRESS: '250',
    });
    admin = await service.token('admin-fanout', { role: 'ADMIN' as never, name: 'Quản trị' });
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
  });
  afterAll(() => service.stop());

  it('every fast subscriber gets every event in order; the slow one is closed with 4503 SLOW_CONSUMER, not buffered', async () => {
    const FAST = 200;
    const clients = Array.from({ length: FAST }, () => liveClient(service, admin));
    const fast = clients.map((client) =>
      collect<any>(client, 'subscription($c: ID!, $y: Int!) { clusterYearChanged(clusterId: $c, year: $y) { position type unitId } }', {
        c: CLUSTER,
        y: 2024,
      }),
    );

    // The slow consumer speaks the protocol itself, so it can stop reading its socket.
    const slow = new WebSocket(wsUrl(service), 'graphql-transport-ws');
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      slow.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
    await new Promise((resolve) => slow.on('open', resolve));
    slow.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${admin}` } }));
    await new Promise((resolve) => slow.once('message', resolve));
    const heavy = `subscription { clusterYearChanged(clusterId: "${CLUSTER}", year: 2024) {
      position type data clusterYear { id members { id name names { name } parent { name } } chair { name } }
      ranking { units { unitId rank effectiveTotal totals { stage total standard bonus penalty } } } } }`;
    for (let id = 0; id < 20; id += 1) slow.send(JSON.stringify({ id: String(id), type: 'subscribe', payload: { query: heavy } }));
    await eventually(async () => (await metric(service, 'thidua_ws_subscriptions')) === FAST + 20, 'all subscriptions to start', 30_000);
    slow.pause();
    let mostBuffered = 0;

    const positions: number[] = [];
    for (let round = 0; round < 30; round += 1)
      for (const unitId of MEMBERS) {
        const input = { ...Y, unitId, criterionId: 'c1', stage: 'SELF', points: 10 + round };
        const result =
          round === 0
            ? await okWhenServed(service, 'recordScore', input)
            : await okWhenServed(service, 'correctScore', { ...input, reason: `Vòng ${round}` });
        positions.push(result.position);
        mostBuffered = Math.max(mostBuffered, await metric(service, 'thidua_ws_buffered_bytes'));
      }
    expect(await metric(service, 'thidua_ws_dropped_total{reason="slow"}')).toBe(1);
    // It reads again: what was sent before the drop, then the close frame with the code.
    slow.resume();
    expect(await closed).toEqual({ code: 4503, reason: expect.stringMatching(/^SLOW_CONSUMER: /) });

    await eventually(
      () => fast.every((f) => f.received.length >= positions.length),
      'every fast subscriber to receive every event',
      60_000,
    );
    for (const f of fast) {
      expect(f.errors).toEqual([]);
      expect(f.received.map((r) => r.clusterYearChanged.position)).toEqual(positions);
    }
    // What waits for the slow reader stays under the bound (the fast readers keep up); its 150 events
    // × 20 heavy answers, were they buffered, would be megabytes.
    expect(mostBuffered).toBeGreaterThan(0);
    expect(mostBuffered).toBeLessThan(2 * BOUND);
    await eventually(async () => (await metric(service, 'thidua_ws_subscriptions')) === FAST, 'the slow subscriptions to be disposed');
    await Promise.all(clients.map(async (client) => client.dispose()));
  }, 120_000);
});

describe('bounded connections in all', () => {
  let service: TestService | null = null;
  afterAll(() => service?.stop());

  it('closes a signed-in connection past THIDUA_WS_MAX_CONNECTIONS with 1013 (try again later), and takes new ones once others leave', async () => {
    const running = (service = await startService({ THIDUA_WS_MAX_CONNECTIONS: '2' }));
    const admin = await running.token('admin-gioi-han', { role: 'ADMIN' as never });
    // Signed in (connection_ack) or refused (closed): the limit counts signed-in connections.
    const open = () =>
      new Promise<{ socket: WebSocket; closed: Promise<{ code: number; reason: string }> }>((resolve) => {
        const socket = new WebSocket(wsUrl(running), 'graphql-transport-ws');
        const closed = new Promise<{ code: number; reason: string }>((done) =>
          socket.on('close', (code, reason) => done({ code, reason: String(reason) })),
        );
        socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${admin}` } })));
        socket.once('message', () => resolve({ socket, closed }));
        void closed.then(() => resolve({ socket, closed }));
      });
    const first = await open();
    const second = await open();
    const third = await open();
    expect(await third.closed).toEqual({ code: 1013, reason: expect.stringMatching(/^TRY_AGAIN_LATER: /) });
    expect(await metric(running, 'thidua_ws_dropped_total{reason="full"}')).toBe(1);
    first.socket.close();
    await first.closed;
    await eventually(async () => (await metric(running, 'thidua_ws_connections')) === 1, 'the server to let the first one go');
    const fourth = await open();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fourth.socket.readyState).toBe(WebSocket.OPEN);

    // A peer that stopped reading does not hold the shutdown: the service still stops cleanly.
    second.socket.pause();
    fourth.socket.pause();
    service = null;
    await running.stop();
  });
});
