import { eventually, liveClient, metric } from '../support/live';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, openYear, registerCluster } from '../support/year-scenario';

const AUDIT = 'subscription($f: AuditTrailFilter) { auditEvents(filter: $f) { position type recordedAt } }';
const Y = { clusterId: CLUSTER, year: 2024 };
const sleepUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

describe('the live audit trail honours recordedFrom and recordedTo (graphql-ws)', () => {
  let service: TestService;
  let auditor: string;

  beforeAll(async () => {
    service = await startService();
    auditor = await service.token('kiem-toan', { role: 'AUDITOR' as never, name: 'Kiểm toán viên' });
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
  });
  afterAll(() => service.stop());

  it('sends only events recorded within the window, then completes once recordedTo has passed', async () => {
    const from = Date.now() + 2000;
    const to = from + 2000;
    const client = liveClient(service, auditor);
    const received: { type: string; recordedAt: string; position: number }[] = [];
    const errors: unknown[] = [];
    const completed = new Promise<number>((resolve) =>
      client.subscribe<{ auditEvents: (typeof received)[number] }>(
        { query: AUDIT, variables: { f: { clusterId: CLUSTER, recordedFrom: new Date(from), recordedTo: new Date(to) } } },
        {
          next: ({ data }) => received.push(data!.auditEvents),
          error: (error) => (errors.push(error), resolve(Date.now())),
          complete: () => resolve(Date.now()),
        },
      ),
    );
    await eventually(async () => (await metric(service, 'thidua_ws_subscriptions')) === 1, 'the subscription to start');

    const before = await ok(service, 'recordScore', { ...Y, unitId: 'tan-chau', criterionId: 'c1', stage: 'SELF', points: 30 });
    await sleepUntil(from + 100);
    const within = await ok(service, 'recordScore', { ...Y, unitId: 'tri-ton', criterionId: 'c1', stage: 'SELF', points: 31 });
    await sleepUntil(to + 100);
    const after = await ok(service, 'recordScore', { ...Y, unitId: 'an-phu', criterionId: 'c1', stage: 'SELF', points: 32 });

    const ended = await completed;
    expect(errors).toEqual([]);
    expect(received.map((event) => event.position)).toEqual([within.position]);
    expect(received.map((event) => event.position)).not.toContain(before.position);
    expect(received.map((event) => event.position)).not.toContain(after.position);
    const at = Date.parse(received[0].recordedAt);
    expect(at).toBeGreaterThanOrEqual(from);
    expect(at).toBeLessThanOrEqual(to);
    // Completed by the server once recordedTo had passed and settled (5 s), not by the client.
    expect(ended).toBeGreaterThan(to);
    await eventually(async () => (await metric(service, 'thidua_ws_subscriptions')) === 0, 'the subscription to be gone');
    await client.dispose();
  });

  it('refuses a recordedTo already past with RECORDED_TO_PASSED, in Vietnamese, pointing at the auditTrail query', async () => {
    const client = liveClient(service, auditor);
    const errors: { message: string; extensions: { code: string } }[] = [];
    await new Promise<void>((resolve) =>
      client.subscribe(
        { query: AUDIT, variables: { f: { recordedTo: new Date(Date.now() - 60_000) } } },
        {
          next: (value) => errors.push(...((value.errors ?? []) as unknown as typeof errors)),
          error: (error) => (errors.push(...(error as typeof errors)), resolve()),
          complete: resolve,
        },
      ),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions.code).toBe('RECORDED_TO_PASSED');
    expect(errors[0].message).toMatch(/đã qua: đăng ký trực tiếp chỉ nhận các sự kiện được ghi từ lúc đăng ký.*auditTrail/);
    await client.dispose();
  });
});
