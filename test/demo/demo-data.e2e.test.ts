import { loadDemo } from '../../src/demo/load-demo';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { startService, type TestService } from '../support/service';

const YEAR = `query($c: ID!, $y: Int!) { clusterYear(clusterId: $c, year: $y) {
  cluster { name organizer { name } } members { id: unitId name level parent { id: unitId } } membershipComplete chair { name } viceChair { name }
  agreement { theme motto legalBases ceremonyDate hostUnitId venue inForce inForceSource
    legalBasisDocuments { documentId resolution } signatures { unitId signatoryName signatoryPosition signedOn } }
  regulationAmendments { summary } registrations { unitId } registrationCounts { titleId units namedUnits } registrationCountsSource } }`;

const RECORDS = `query($c: ID!, $y: Int!) {
  ceremonies(clusterId: $c) { heldOn partOfDay place host { name } launchesYear reviewsYear
    organisingDocuments { documentId } legalBasisDocuments { kind number issuedOn issuerUnitId }
    participants { person { fullName } position role unit { name } } attendances { role unitId group count } }
  clusterYear(clusterId: $c, year: $y) {
    chairRepresentative { person { fullName } position } viceChairRepresentative { person { fullName } position } } }`;
const DOCUMENT =
  'query($id: ID!) { document(id: $id) { kind number numbered issuedOn issuerUnitId issuer { kind id name } title citation } }';

describe('demo data from the three ceremony reports, replayed through the command pipeline', () => {
  let service: TestService;
  const year = async (c: string, y: number) => (await service.gql(YEAR, { c, y })).data!.clusterYear;

  beforeAll(async () => {
    service = await startService({ THIDUA_DEMO: 'true' });
    expect(service.logs()).toMatch(/loaded the demo data, the ceremony reports and the illustrative year \(minh hoạ\): 4 files/);
  });
  afterAll(() => service.stop());

  it('An Giang cluster 2, 2022: the units the report names, chair and vice-chair, the ceremony at Tân Châu, signatures without the names the report does not give', async () => {
    const ag = await year('ag-cum-2', 2022);
    expect(ag.cluster).toEqual({ name: 'Cụm thi đua số 2', organizer: { name: 'Viện kiểm sát nhân dân tỉnh An Giang' } });
    expect(ag.members.map((m: any) => m.name)).toEqual([
      'Viện kiểm sát nhân dân thị xã Tân Châu',
      'Viện kiểm sát nhân dân huyện Tri Tôn',
      'Viện kiểm sát nhân dân huyện An Phú',
      'Viện kiểm sát nhân dân huyện Tịnh Biên',
      'Viện kiểm sát nhân dân thành phố Châu Đốc',
    ]);
    // The report lists who attended and signed, never that they are the whole cluster.
    expect(ag.membershipComplete).toBe(false);
    expect(ag.chair.name).toBe('Viện kiểm sát nhân dân thị xã Tân Châu');
    expect(ag.viceChair.name).toBe('Viện kiểm sát nhân dân huyện Tri Tôn');
    expect(ag.agreement).toMatchObject({
      theme: 'Đoàn kết, trách nhiệm, khát vọng cống hiến, hoàn thành xuất sắc nhiệm vụ năm 2022',
      motto: null,
      ceremonyDate: '2022-02-22',
      hostUnitId: null,
      venue: 'Viện kiểm sát nhân dân thị xã Tân Châu',
      inForce: true,
    });
    expect(ag.agreement.inForceSource).toMatch(/Các đơn vị đã thống nhất và ký kết giao ước/);
    expect(ag.agreement.legalBases).toContain('Hướng dẫn số 15/HD-VKSTC ngày 12/01/2022');
    expect(ag.agreement.legalBasisDocuments).toEqual([
      { documentId: '15-hd-vkstc-2022', resolution: 'REGISTERED' },
      { documentId: '96-2019-qh14', resolution: 'REGISTERED' },
      { documentId: '139-qd-vkstc-2020', resolution: 'REGISTERED' },
      { documentId: '01-ct-vkstc-2021', resolution: 'REGISTERED' },
    ]);
    // Four people in the photographs spoke; the report names no one as signing.
    expect(ag.agreement.signatures).toHaveLength(5);
    expect(ag.agreement.signatures.every((s: any) => s.signatoryName === null && s.signatoryPosition === null)).toBe(true);
    expect(ag.regulationAmendments[0].summary).toMatch(/424\/QĐ-VKSTC/);
    // The report states registrations only in numbers: kept as numbers, no unit named.
    expect(ag.registrations).toEqual([]);
    expect(ag.registrationCounts).toEqual([
      { titleId: 'co-thi-dua-nganh', units: 3, namedUnits: 0 },
      { titleId: 'lao-dong-xuat-sac', units: 2, namedUnits: 0 },
    ]);
    expect(ag.registrationCountsSource).toMatch(/03 đơn vị đăng ký/);
  });

  it('Hải Phòng cluster 1, 2024: motto, legal bases, host An Dương, no chair the report does not give, in force as the report says', async () => {
    const hp = await year('hp-cum-1', 2024);
    expect(hp.members).toHaveLength(5);
    expect(hp.membershipComplete).toBe(false);
    expect(hp.chair).toBeNull();
    expect(hp.agreement).toMatchObject({
      motto: 'Đoàn kết - Kỷ cương, Liêm chính - Hiệu quả',
      legalBases: ['Kế hoạch số 16/KH-VKS ngày 05/01/2024', 'Hướng dẫn số 181/HD-VKS ngày 12/3/2024'],
      ceremonyDate: '2024-03-29',
      hostUnitId: 'vks-h-an-duong',
      inForce: true,
    });
    expect(hp.agreement.signatures.every((s: any) => s.signatoryName === null && s.signatoryPosition === 'Viện trưởng')).toBe(true);
  });

  it('sector cluster 8, 2022: six provincial procuracies, Bình Định chairs, Quảng Ngãi vice-chairs, the Supreme Procuracy organizes', async () => {
    const c8 = await year('nganh-cum-8', 2022);
    expect(c8.cluster.organizer.name).toBe('Viện kiểm sát nhân dân tối cao');
    expect(c8.members).toHaveLength(6);
    expect(c8.membershipComplete).toBe(true);
    expect(c8.members.every((m: any) => m.level === 'PROVINCIAL' && m.parent.id === 'vks-toi-cao')).toBe(true);
    expect(c8.chair.name).toBe('Viện kiểm sát nhân dân tỉnh Bình Định');
    expect(c8.viceChair.name).toBe('Viện kiểm sát nhân dân tỉnh Quảng Ngãi');
    expect(c8.agreement).toMatchObject({
      ceremonyDate: '2022-02-11',
      motto: 'Đoàn kết, đổi mới - Trách nhiệm, kỷ cương - Thực chất, hiệu quả',
      legalBases: [],
      hostUnitId: null,
      inForce: true,
      inForceSource: null,
    });
    // The report says the cluster signed; it names no signatory, and no quy chế.
    expect(c8.agreement.signatures.every((s: any) => s.signatoryName === null)).toBe(true);
    expect(c8.regulationAmendments).toEqual([]);
  });

  describe('the records each report gives: its ceremony, the documents it cites, the people it names', () => {
    const records = async (c: string, y: number) => (await service.gql(RECORDS, { c, y })).data!;
    const document = async (id: string) => (await service.gql(DOCUMENT, { id })).data!.document;

    it('An Giang cluster 2: the morning signing at Tân Châu under Guidance 15/HD-VKSTC, four speakers, five units attending, the chair and vice-chair heads', async () => {
      const { ceremonies, clusterYear } = await records('ag-cum-2', 2022);
      expect(ceremonies).toHaveLength(1);
      expect(ceremonies[0]).toMatchObject({
        heldOn: '2022-02-22',
        partOfDay: 'MORNING',
        place: 'Viện kiểm sát nhân dân thị xã Tân Châu',
        host: null,
        launchesYear: 2022,
        reviewsYear: null,
        organisingDocuments: [],
        legalBasisDocuments: [{ kind: 'GUIDANCE', number: '15/HD-VKSTC', issuedOn: '2022-01-12', issuerUnitId: 'vks-toi-cao' }],
      });
      expect(ceremonies[0].attendances).toHaveLength(5);
      expect(ceremonies[0].attendances[0]).toEqual({
        role: 'ATTENDEE',
        unitId: 'vks-tx-tan-chau',
        group: 'Tập thể Lãnh đạo, kiểm sát viên phụ trách công tác thi đua, khen thưởng',
        count: null,
      });
      expect(ceremonies[0].participants).toContainEqual({
        person: { fullName: 'Trương Thị Thanh Thúy' },
        position: 'Viện trưởng',
        role: 'SPEAKER',
        unit: { name: 'Viện kiểm sát nhân dân huyện Tri Tôn' },
      });
      expect(ceremonies[0].participants).toHaveLength(4);
      expect(clusterYear.chairRepresentative).toEqual({ person: { fullName: 'Nguyễn Kiến Thịnh' }, position: 'Viện trưởng' });
      expect(clusterYear.viceChairRepresentative).toEqual({ person: { fullName: 'Trương Thị Thanh Thúy' }, position: 'Viện trưởng' });
      expect(await document('424-qd-vkstc-2020')).toMatchObject({ kind: 'DECISION', number: '424/QĐ-VKSTC', issuedOn: '2020-11-25' });
      expect(await document('96-2019-qh14')).toMatchObject({
        kind: 'RESOLUTION',
        number: '96/2019/QH14',
        issuedOn: '2019-11-27',
        issuerUnitId: null,
        title: null,
      });
    });

    it('Hải Phòng cluster 1: the afternoon conference An Dương presided over, its two documents, the heads attending by office; no place, no names the report does not give', async () => {
      const { ceremonies, clusterYear } = await records('hp-cum-1', 2024);
      expect(ceremonies).toEqual([
        {
          heldOn: '2024-03-29',
          partOfDay: 'AFTERNOON',
          place: null,
          host: { name: 'Viện kiểm sát nhân dân huyện An Dương' },
          launchesYear: 2024,
          reviewsYear: null,
          organisingDocuments: [],
          legalBasisDocuments: [
            { kind: 'PLAN', number: '16/KH-VKS', issuedOn: '2024-01-05', issuerUnitId: 'vks-hai-phong' },
            { kind: 'GUIDANCE', number: '181/HD-VKS', issuedOn: '2024-03-12', issuerUnitId: null },
          ],
          participants: [],
          attendances: [
            { role: 'PRESIDING', unitId: 'vks-h-an-duong', group: null, count: null },
            { role: 'ATTENDEE', unitId: 'vks-h-an-duong', group: 'Tập thể lãnh đạo, công chức', count: null },
            { role: 'ATTENDEE', unitId: 'vks-q-ngo-quyen', group: 'Viện trưởng', count: null },
            { role: 'ATTENDEE', unitId: 'vks-q-le-chan', group: 'Viện trưởng', count: null },
            { role: 'ATTENDEE', unitId: 'vks-q-hong-bang', group: 'Viện trưởng', count: null },
            { role: 'ATTENDEE', unitId: 'vks-h-thuy-nguyen', group: 'Viện trưởng', count: null },
          ],
        },
      ]);
      expect(clusterYear).toEqual({ chairRepresentative: null, viceChairRepresentative: null });
      expect(await document('16-kh-vks-2024')).toMatchObject({
        kind: 'PLAN',
        number: '16/KH-VKS',
        issuedOn: '2024-01-05',
        issuerUnitId: 'vks-hai-phong',
      });
      expect(await document('181-hd-vks-2024')).toMatchObject({
        kind: 'GUIDANCE',
        number: '181/HD-VKS',
        issuedOn: '2024-03-12',
        issuerUnitId: null,
        issuer: { kind: 'COUNCIL', id: 'hdtdkt-hai-phong', name: 'Hội đồng Thi đua – Khen thưởng ngành Kiểm sát Hải Phòng' },
      });
    });

    it("sector cluster 8: the conference at Bình Định, its three speakers, those attending as a group, the cluster's unnumbered plan, Trần Văn Sang for the chair and Phạm Thị Kim Liên for the vice-chair", async () => {
      const { ceremonies, clusterYear } = await records('nganh-cum-8', 2022);
      expect(ceremonies).toHaveLength(1);
      expect(ceremonies[0]).toMatchObject({
        heldOn: '2022-02-11',
        place: 'Trụ sở Viện kiểm sát nhân dân tỉnh Bình Định',
        host: null,
        launchesYear: 2022,
        organisingDocuments: [],
        legalBasisDocuments: [],
      });
      expect(ceremonies[0].attendances).toEqual([
        {
          role: 'ATTENDEE',
          unitId: null,
          group:
            'Lãnh đạo, Chánh Văn phòng, Phó Chánh Văn phòng và công chức làm công tác thi đua khen thưởng VKSND các tỉnh trong Cụm thi đua số 8',
          count: null,
        },
      ]);
      expect(ceremonies[0].participants).toContainEqual({
        person: { fullName: 'Phạm Trung Thuận' },
        position: 'Phó Viện trưởng',
        role: 'SPEAKER',
        unit: { name: 'Viện kiểm sát nhân dân tỉnh Bình Định' },
      });
      expect(clusterYear.chairRepresentative).toEqual({ person: { fullName: 'Trần Văn Sang' }, position: 'Viện trưởng' });
      expect(clusterYear.viceChairRepresentative.person.fullName).toBe('Phạm Thị Kim Liên');
      expect(await document('01-kl-tw-2021')).toMatchObject({ kind: 'OTHER', number: '01-KL/TW', issuedOn: '2021-05-18' });
      expect(await document('05-ct-tw')).toMatchObject({ kind: 'DIRECTIVE', number: '05-CT/TW', issuedOn: null });
      expect(await document('ke-hoach-to-chuc-hoat-dong-cum-8-2022')).toMatchObject({
        kind: 'PLAN',
        numbered: false,
        issuedOn: null,
        issuer: { kind: 'CLUSTER', id: 'nganh-cum-8' },
        title: 'Kế hoạch tổ chức và hoạt động của Cụm thi đua số 8',
      });
    });
  });

  it('shows the loader as the actor in the audit trail, and loads once', async () => {
    const store = new SqliteEventStore(':memory:');
    expect(await loadDemo(store)).toHaveLength(4);
    const head = await store.headPosition();
    await loadDemo(store);
    expect(await store.headPosition()).toBe(head);
    await store.close();
    const auditor = await service.token('thanh-tra', { role: 'AUDITOR' as never });
    const trail = (
      await service.gql(
        '{ auditTrail(filter: { actorId: "demo-loader", eventType: "AgreementSigned" }, first: 50) { edges { node { type } } } }',
        {},
        auditor,
      )
    ).data!.auditTrail;
    expect(trail.edges).toHaveLength(16);
  });

  it('finds units as users type them: no accents, any case, đ as d, short forms; in Vietnamese order', async () => {
    const search = async (text: string) =>
      (await service.gql('query($s: String) { units(search: $s) { name } }', { s: text })).data!.units.map((u: any) => u.name);
    expect(await search('tan chau')).toEqual(['Viện kiểm sát nhân dân thị xã Tân Châu']);
    expect(await search('TÂN CHÂU')).toEqual(['Viện kiểm sát nhân dân thị xã Tân Châu']);
    expect(await search('chau doc')).toEqual(['Viện kiểm sát nhân dân thành phố Châu Đốc']);
    expect(await search('Châu Đốc')).toEqual(['Viện kiểm sát nhân dân thành phố Châu Đốc']);
    expect(await search('VKSND Tân Châu')).toEqual(['Viện kiểm sát nhân dân thị xã Tân Châu']);
    expect(await search('vksnd tp chau doc')).toEqual(['Viện kiểm sát nhân dân thành phố Châu Đốc']);
    expect(await search('binh dinh')).toEqual(['Viện kiểm sát nhân dân tỉnh Bình Định']);
    expect(await search('quang')).toEqual(['Viện kiểm sát nhân dân tỉnh Quảng Nam', 'Viện kiểm sát nhân dân tỉnh Quảng Ngãi']);
    expect(await search('dinh')).toEqual(['Viện kiểm sát nhân dân tỉnh Bình Định']);
    const provinces = await search('tỉnh');
    expect(provinces).toEqual([...provinces].sort(new Intl.Collator('vi').compare));
    expect(provinces.indexOf('Viện kiểm sát nhân dân tỉnh Ninh Thuận')).toBeLessThan(
      provinces.indexOf('Viện kiểm sát nhân dân tỉnh Phú Yên'),
    );
    expect(await search('khong co don vi nao')).toEqual([]);
  });
});
