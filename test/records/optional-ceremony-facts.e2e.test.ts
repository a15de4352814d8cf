import { exportCsv } from '../support/exports';
import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, registerCluster } from '../support/year-scenario';

/** A signing ceremony whose report gives only the date and the signatures. */
describe('over HTTP: a ceremony with only a date and signatures', () => {
  let service: TestService;
  const y = { clusterId: CLUSTER, year: 2022 };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'openClusterYear', { ...y, memberUnitIds: MEMBERS });
  });
  afterAll(() => service.stop());

  it('records the date and the signatures, and answers null for the theme, motto, commitments, host and venue', async () => {
    await ok(service, 'draftAgreement', { ...y, legalBases: [], ceremonyDate: '2022-03-04' });
    for (const unitId of MEMBERS) await ok(service, 'signAgreement', { ...y, unitId, signedOn: '2022-03-04' });
    const { agreement } = (
      await service.gql(
        `{ clusterYear(clusterId: "${CLUSTER}", year: 2022) { agreement { theme motto commitments hostUnitId venue ceremonyDate inForce signatures { unitId } } } }`,
      )
    ).data!.clusterYear;
    expect(agreement).toMatchObject({
      theme: null,
      motto: null,
      commitments: null,
      hostUnitId: null,
      venue: null,
      ceremonyDate: '2022-03-04',
      inForce: true,
    });
    expect(agreement.signatures).toHaveLength(5);
    const csv = await exportCsv(service, `/exports/cluster-year/${CLUSTER}/2022.csv`);
    expect(csv).toContain('Giao ước thi đua (chủ đề chưa ghi nhận) – ký ngày 04/03/2022 – có hiệu lực');
  });

  it('still checks what is given: a host must be a member, a theme must not be blank', async () => {
    await ok(service, 'openClusterYear', { ...y, year: 2023, memberUnitIds: MEMBERS });
    await ok(service, 'registerUnit', { unitId: 'phu-tan', name: 'Viện kiểm sát nhân dân huyện Phú Tân', level: 'DISTRICT' });
    await refused(
      service,
      'draftAgreement',
      { ...y, year: 2023, legalBases: [], ceremonyDate: '2023-03-01', hostUnitId: 'phu-tan' },
      'HOST_NOT_MEMBER',
    );
    await refused(
      service,
      'draftAgreement',
      { ...y, year: 2023, legalBases: [], ceremonyDate: '2023-03-01', theme: '   ' },
      'THEME_REQUIRED',
    );
  });
});
