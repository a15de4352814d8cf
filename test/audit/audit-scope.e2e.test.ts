import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, openYear, registerCluster } from '../support/year-scenario';

const TRAIL = `query($filter: AuditTrailFilter) { auditTrail(filter: $filter, first: 200, order: OLDEST_FIRST) {
  edges { node { type stream data } } } }`;
const OTHER = 'ag-3';
const ceremony = { ceremonyId: 'ag-2-le-2022', clusterId: CLUSTER };

/** Events of a trail as `<type> <the record it names>`, for reading the assertions. */
const named = (node: { type: string; data: Record<string, string> }) =>
  `${node.type} ${node.data.personId ?? node.data.documentId ?? node.data.ceremonyId ?? node.data.clusterId}`;

describe('auditors: the trail of a cluster holds its ceremonies, who took part and the documents it cites; a person has a trail', () => {
  let service: TestService;
  const trail = async (filter: Record<string, string>) => {
    const response = await service.gql(TRAIL, { filter });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.auditTrail.edges.map((edge: any) => named(edge.node)) as string[];
  };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'formCluster', { clusterId: OTHER, name: 'Cụm thi đua số 3', kind: 'CLUSTER', organizerUnitId: 'vks-an-giang' });
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
    await ok(service, 'registerPerson', { personId: 'pho-vien-truong', fullName: 'Lê Văn C' });
    await ok(service, 'registerPerson', { personId: 'nguyen-van-a', fullName: 'Nguyễn Văn A' });
    await ok(service, 'registerDocument', {
      documentId: 'kh-12-2022',
      citation: 'Kế hoạch số 12/KH-VKS ngày 10/01/2022',
      issuerUnitId: 'vks-an-giang',
      title: 'Tổ chức lễ ký kết giao ước thi đua năm 2022',
    });
    await ok(service, 'recordCeremony', { ...ceremony, heldOn: '2022-02-22', organisingDocumentId: 'kh-12-2022', launchesYear: 2022 });
    await ok(service, 'recordCeremony', {
      ceremonyId: 'ag-3-le-2022',
      clusterId: OTHER,
      heldOn: '2022-02-25',
      organisingDocumentId: 'kh-12-2022',
      launchesYear: 2022,
    });
    await ok(service, 'addCeremonyParticipant', { ...ceremony, personId: 'pho-vien-truong', role: 'DIRECTING', unitId: 'vks-an-giang' });
    await ok(service, 'recordCeremonyAttendance', { ...ceremony, attendanceId: 'cvp', role: 'ATTENDEE', group: 'Chánh Văn phòng' });
    await ok(service, 'linkAttendancePerson', { ...ceremony, attendanceId: 'cvp', personId: 'nguyen-van-a' });
    await ok(service, 'completeDocument', { documentId: 'kh-12-2022', signer: 'Viện trưởng', pages: 3 });
    await ok(service, 'nameOfficeRepresentative', { clusterId: CLUSTER, year: 2022, office: 'CHAIR', personId: 'nguyen-van-a' });
  });
  afterAll(() => service.stop());

  it("holds the cluster's ceremony with its participants and attendances, the persons they name and the document it cites", async () => {
    const events = await trail({ clusterId: CLUSTER });
    const records = events.filter((event) => !/^(ClusterFormed|ClusterYearOpened|ChairRotated|CriteriaSetAdopted) /.test(event));
    expect(records).toEqual([
      'PersonRegistered pho-vien-truong',
      'PersonRegistered nguyen-van-a',
      // Written with the registration: which document bears its issuer, kind, number and year.
      'DocumentIdentityRecorded kh-12-2022',
      'DocumentRegistered kh-12-2022',
      'CeremonyRecorded ag-2-le-2022',
      'CeremonyParticipantAdded pho-vien-truong',
      'CeremonyAttendanceRecorded ag-2-le-2022',
      'AttendancePersonLinked nguyen-van-a',
      'DocumentCompleted kh-12-2022',
      'OfficeRepresentativeNamed nguyen-van-a',
    ]);
  });

  it('finds the document two clusters cite in both trails, and only each its own ceremony', async () =>
    expect(await trail({ clusterId: OTHER })).toEqual([
      `ClusterFormed ${OTHER}`,
      'DocumentIdentityRecorded kh-12-2022',
      'DocumentRegistered kh-12-2022',
      'CeremonyRecorded ag-3-le-2022',
      'DocumentCompleted kh-12-2022',
    ]));

  it('finds every event naming a person, and combines with the other filters', async () => {
    expect(await trail({ personId: 'nguyen-van-a' })).toEqual([
      'PersonRegistered nguyen-van-a',
      'AttendancePersonLinked nguyen-van-a',
      'OfficeRepresentativeNamed nguyen-van-a',
    ]);
    expect(await trail({ personId: 'nguyen-van-a', eventType: 'AttendancePersonLinked' })).toEqual(['AttendancePersonLinked nguyen-van-a']);
    expect(await trail({ personId: 'pho-vien-truong', clusterId: OTHER })).toEqual([]);
  });

  it('answers an empty trail for a cluster or a person no event names, as for a unit; a malformed id is refused', async () => {
    expect(await trail({ clusterId: 'khong-co' })).toEqual([]);
    expect(await trail({ personId: 'khong-co' })).toEqual([]);
    expect(await trail({ unitId: 'khong-co' })).toEqual([]);
    const bad = await service.gql(TRAIL, { filter: { personId: 'Nguyễn Văn A' } });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toMatch(/personId/);
  });
});
