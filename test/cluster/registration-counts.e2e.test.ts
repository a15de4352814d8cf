import { Role } from '../../src/kernel/actor';
import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';

/** "03 đơn vị đăng ký Cờ thi đua của ngành, 02 đơn vị đăng ký Tập thể Lao động xuất sắc": counts, no unit named. */
const y = { clusterId: 'ag-2', year: 2022 };
const members = ['tan-chau', 'tri-ton', 'an-phu', 'tinh-bien'];
const SOURCE = 'Báo cáo của VKSND tỉnh An Giang: "03 đơn vị đăng ký Cờ thi đua của ngành, 02 đơn vị đăng ký Tập thể Lao động xuất sắc"';
const counts = [
  { titleId: 'co-thi-dua-nganh', units: 3 },
  { titleId: 'lao-dong-xuat-sac', units: 2 },
];
const READ = `query($at: AsOf) { clusterYear(clusterId: "ag-2", year: 2022, asOf: $at) {
  registrationCounts { titleId title { name } units namedUnits } registrationCountsSource registrations { unitId } } }`;

describe('stateRegistrationCounts: registrations as a report states them', () => {
  let service: TestService;
  const read = async (at?: unknown) => (await service.gql(READ, { at })).data!.clusterYear;

  beforeAll(async () => {
    service = await startService();
    await ok(service, 'registerUnit', { unitId: 'ag', name: 'Viện kiểm sát nhân dân tỉnh An Giang', level: 'PROVINCIAL' });
    for (const unitId of members)
      await ok(service, 'registerUnit', { unitId, name: `Viện kiểm sát nhân dân ${unitId}`, level: 'DISTRICT', parentUnitId: 'ag' });
    await ok(service, 'formCluster', { clusterId: 'ag-2', name: 'Cụm thi đua số 2', kind: 'CLUSTER', organizerUnitId: 'ag' });
  });
  afterAll(() => service.stop());

  it('refuses a closed year, an unknown title, a bad count, a repeated title, no source, more units than members; writes nothing', async () => {
    await refused(service, 'stateRegistrationCounts', { ...y, counts, source: SOURCE }, 'YEAR_NOT_OPEN');
    await ok(service, 'openClusterYear', { ...y, memberUnitIds: members });
    const bad: [Record<string, unknown>, string][] = [
      [{ counts: [{ titleId: 'khong-co', units: 1 }] }, 'TITLE_NOT_FOUND'],
      [{ counts: [{ titleId: 'co-thi-dua-nganh', units: 0 }] }, 'REGISTRATION_COUNT_INVALID'],
      [{ counts: [...counts, { titleId: 'co-thi-dua-nganh', units: 1 }] }, 'REGISTRATION_COUNT_TITLE_REPEATED'],
      [{ source: '   ' }, 'REGISTRATION_COUNT_SOURCE_REQUIRED'],
      [{ counts: [{ titleId: 'co-thi-dua-nganh', units: 5 }] }, 'REGISTRATION_COUNT_ABOVE_MEMBERS'],
      [{ counts: [] }, 'REGISTRATION_COUNTS_EMPTY'],
    ];
    for (const [change, code] of bad) {
      const answer = await refused(service, 'stateRegistrationCounts', { ...y, counts, source: SOURCE, ...change }, code);
      expect(answer.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    }
    expect((await read()).registrationCounts).toEqual([]);
  });

  it('reads the counts stated beside the registrations named, and prints them without inventing a unit', async () => {
    const first = await ok(service, 'stateRegistrationCounts', { ...y, counts, source: SOURCE });
    expect(first.eventTypes).toEqual(['RegistrationCountsStated']);
    expect(await read()).toEqual({
      registrationCounts: [
        { titleId: 'co-thi-dua-nganh', title: { name: 'Cờ thi đua của ngành Kiểm sát nhân dân' }, units: 3, namedUnits: 0 },
        { titleId: 'lao-dong-xuat-sac', title: { name: 'Tập thể Lao động xuất sắc' }, units: 2, namedUnits: 0 },
      ],
      registrationCountsSource: SOURCE,
      registrations: [],
    });
    const auditor = await service.token('kiem-tra', { role: Role.AUDITOR, name: 'Kiểm tra viên' });
    const page = await fetch(`${service.url.replace('/graphql', '')}/exports/cluster-year/ag-2/2022.html`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(
      'Theo báo cáo: 03 đơn vị đăng ký Cờ thi đua của ngành Kiểm sát nhân dân; 02 đơn vị đăng ký Tập thể Lao động xuất sắc (chưa ghi nhận tên đơn vị).',
    );

    await ok(service, 'registerTitle', { ...y, unitId: 'tan-chau', titleId: 'co-thi-dua-nganh' });
    await ok(service, 'stateRegistrationCounts', { ...y, counts: [{ titleId: 'co-thi-dua-nganh', units: 4 }], source: 'Báo cáo bổ sung' });
    expect((await read()).registrationCounts).toEqual([
      { titleId: 'co-thi-dua-nganh', title: { name: 'Cờ thi đua của ngành Kiểm sát nhân dân' }, units: 4, namedUnits: 1 },
    ]);
    const earlier = await read(first.position);
    expect(earlier.registrationCounts.map((c: { units: number }) => c.units)).toEqual([3, 2]);
    expect(earlier.registrationCountsSource).toBe(SOURCE);
  });
});
