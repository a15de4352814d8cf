import { mutate, ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, CRITERIA_SET, MEMBERS, openYear, registerCluster } from '../support/year-scenario';

const YEAR = 2024;
const CRITERIA = Array.from({ length: 20 }, (_, i) => `k${i + 1}`);

describe("over HTTP: commands on one score sheet are queued, and a command id is its caller's key", () => {
  let service: TestService;
  jest.setTimeout(120_000);
  beforeAll(async () => {
    // The service as `npm start` runs it, in its own process on a durable SQLite file.
    service = await startService();
    await registerCluster(service);
    // A new version of the set with twenty criteria, so twenty scores of one unit are twenty different commands.
    await ok(service, 'publishCriteriaSet', {
      ...CRITERIA_SET,
      effectiveFrom: '2024-01-01',
      sections: [
        {
          sectionId: 'I',
          name: 'Nhiệm vụ',
          criteria: CRITERIA.map((criterionId) => ({ criterionId, name: `Tiêu chí ${criterionId}`, kind: 'STANDARD', maxPoints: 5 })),
        },
      ],
    });
    await openYear(service, YEAR, MEMBERS[0], MEMBERS[1]);
  });
  afterAll(() => service?.stop());

  const score = (criterionId: string, points = 4) => ({
    clusterId: CLUSTER,
    year: YEAR,
    unitId: MEMBERS[2],
    criterionId,
    stage: 'COUNCIL',
    points,
  });

  it('records 20 concurrent scores of one unit on different criteria: every one succeeds', async () => {
    // Twenty open connections first, so the twenty writes reach the service at the same moment.
    await Promise.all(CRITERIA.map(() => service.gql('{ titles { titleId } }')));
    const responses = await Promise.all(CRITERIA.map((criterionId) => mutate(service, 'recordScore', score(criterionId))));
    expect(responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(Array(CRITERIA.length).fill('ok'));
    const sheet = await service.gql(
      `{ scoreSheet(clusterId: "${CLUSTER}", year: ${YEAR}, unitId: "${MEMBERS[2]}") { rows { criterionId council } } }`,
    );
    expect(sheet.errors).toBeUndefined();
    expect(sheet.data!.scoreSheet.rows.map((row: { council: number }) => row.council)).toEqual(Array(CRITERIA.length).fill(4));
  });

  it("answers a genuine retry with the first result, another officer's reuse with its own, and a changed payload with IDEMPOTENCY_KEY_REUSED", async () => {
    const [officerA, officerB] = await Promise.all([
      service.token('can-bo-a', { role: 'ADMIN' as never }),
      service.token('can-bo-b', { role: 'ADMIN' as never }),
    ]);
    const first = await ok(service, 'recordScore', { ...score('k1', 5), stage: 'CLUSTER', commandId: 'phieu-1' }, officerA);
    expect(first.duplicate).toBe(false);

    expect(await ok(service, 'recordScore', { ...score('k1', 5), stage: 'CLUSTER', commandId: 'phieu-1' }, officerA)).toEqual({
      ...first,
      duplicate: true,
    });

    const other = await ok(service, 'recordScore', { ...score('k2', 3), stage: 'CLUSTER', commandId: 'phieu-1' }, officerB);
    expect(other.duplicate).toBe(false);
    expect(other.position).toBeGreaterThan(first.position);

    const reused = await mutate(service, 'recordScore', { ...score('k1', 1), stage: 'CLUSTER', commandId: 'phieu-1' }, officerA);
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(reused.errors![0].message).toMatch(/commandId.*đã được dùng cho một lệnh khác/);
    expect(reused.data).toBeNull();
  });
});
