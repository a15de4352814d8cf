import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, registerCluster } from '../support/year-scenario';

/**
 * A report entered as it is told, through GraphQL only: one ceremony at Tân Châu on 22/02/2022 that
 * reviews 2021 and launches 2022, organised by a plan cited by its number, directed by a Deputy
 * Prosecutor General; the chair's head represents it; the review names the leading unit, no scores.
 */
describe('over HTTP: people, ceremonies and documents of a report', () => {
  let service: TestService;
  const ceremony = { ceremonyId: 'ag-2-le-2022', clusterId: CLUSTER };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'openClusterYear', { clusterId: CLUSTER, year: 2021, memberUnitIds: MEMBERS });
    await ok(service, 'openClusterYear', { clusterId: CLUSTER, year: 2022, memberUnitIds: MEMBERS });
    await ok(service, 'rotateChair', { clusterId: CLUSTER, year: 2022, chairUnitId: 'tan-chau' });
    await ok(service, 'draftAgreement', {
      clusterId: CLUSTER,
      year: 2022,
      legalBases: ['15/HD-VKSTC', 'Kế hoạch số 12/KH-VKS ngày 10/01/2022'],
      ceremonyDate: '2022-02-22',
    });
  });
  afterAll(() => service.stop());

  it('registers a document by its citation and reads it back in parts', async () => {
    await ok(service, 'registerDocument', {
      documentId: 'kh-12-2022',
      citation: 'Kế hoạch số 12/KH-VKS ngày 10/01/2022',
      issuerUnitId: 'vks-an-giang',
      title: 'Tổ chức lễ ký kết giao ước thi đua năm 2022',
    });
    await refused(service, 'registerDocument', { documentId: 'sai', citation: 'Kế hoạch năm 2022' }, 'CITATION_UNREADABLE');
    const { document } = (
      await service.gql(`{ document(id: "kh-12-2022") { kind number issuedOn issuerUnitId issuerCode title citation } }`)
    ).data!;
    expect(document).toEqual({
      kind: 'PLAN',
      number: '12/KH-VKS',
      issuedOn: '2022-01-10',
      issuerUnitId: 'vks-an-giang',
      issuerCode: 'VKS',
      title: 'Tổ chức lễ ký kết giao ước thi đua năm 2022',
      citation: 'Kế hoạch số 12/KH-VKS ngày 10/01/2022',
    });
  });

  it("reads the agreement's legal bases as documents: the registered one, and one known only by its citation", async () => {
    const { agreement } = (
      await service.gql(
        `{ clusterYear(clusterId: "${CLUSTER}", year: 2022) { agreement { legalBases legalBasisDocuments { documentId kind number issuerCode } } } }`,
      )
    ).data!.clusterYear;
    expect(agreement.legalBases).toEqual(['15/HD-VKSTC', 'Kế hoạch số 12/KH-VKS ngày 10/01/2022']);
    expect(agreement.legalBasisDocuments).toEqual([
      { documentId: null, kind: 'GUIDANCE', number: '15/HD-VKSTC', issuerCode: 'VKSTC' },
      { documentId: 'kh-12-2022', kind: 'PLAN', number: '12/KH-VKS', issuerCode: 'VKS' },
    ]);
  });

  it("records one ceremony that reviews 2021 and launches 2022, with a directing official and the chair's representative", async () => {
    await ok(service, 'registerPerson', { personId: 'nguyen-kien-thinh', fullName: 'Nguyễn Kiến Thịnh' });
    await ok(service, 'registerPerson', { personId: 'pho-vien-truong', fullName: 'Nguyễn Văn Quảng' });
    await refused(
      service,
      'recordCeremony',
      { ...ceremony, heldOn: '2022-02-22', reviewsYear: 2021, launchesYear: 2023 },
      'CEREMONY_YEARS_NOT_CONSECUTIVE',
    );
    await refused(
      service,
      'recordCeremony',
      { ...ceremony, heldOn: '2022-02-22', launchesYear: 2022, organisingDocumentId: 'khong-co' },
      'DOCUMENT_NOT_FOUND',
    );
    await ok(service, 'recordCeremony', {
      ...ceremony,
      heldOn: '2022-02-22',
      place: 'Hội trường VKSND thị xã Tân Châu',
      hostUnitId: 'tan-chau',
      organisingDocumentId: 'kh-12-2022',
      reviewsYear: 2021,
      launchesYear: 2022,
    });
    await ok(service, 'addCeremonyParticipant', {
      ...ceremony,
      personId: 'pho-vien-truong',
      role: 'DIRECTING',
      position: 'Phó Viện trưởng VKSND tỉnh An Giang',
      unitId: 'vks-an-giang',
    });
    await ok(service, 'addCeremonyParticipant', {
      ...ceremony,
      personId: 'nguyen-kien-thinh',
      role: 'SIGNATORY',
      position: 'Viện trưởng',
      unitId: 'tan-chau',
    });
    await ok(service, 'addCeremonyParticipant', {
      ...ceremony,
      personId: 'nguyen-kien-thinh',
      role: 'SPEAKER',
      position: 'Viện trưởng',
      unitId: 'tan-chau',
    });
    await refused(service, 'addCeremonyParticipant', { ...ceremony, personId: 'khong-co', role: 'WITNESS' }, 'PERSON_NOT_FOUND');
    await refused(service, 'recordCeremonyReview', { ...ceremony, leadingUnitId: 'vks-an-giang' }, 'REVIEWED_UNIT_NOT_MEMBER');
    await ok(service, 'recordCeremonyReview', {
      ...ceremony,
      summary: 'Các đơn vị hoàn thành tốt chỉ tiêu năm 2021',
      commendations: [{ unitId: 'tri-ton', note: 'Giấy khen' }, { unitId: 'tan-chau' }],
      leadingUnitId: 'tri-ton',
    });
    await refused(
      service,
      'nameOfficeRepresentative',
      { clusterId: CLUSTER, year: 2022, office: 'VICE_CHAIR', personId: 'nguyen-kien-thinh' },
      'OFFICE_NOT_HELD',
    );
    await ok(service, 'nameOfficeRepresentative', {
      clusterId: CLUSTER,
      year: 2022,
      office: 'CHAIR',
      personId: 'nguyen-kien-thinh',
      position: 'Viện trưởng VKSND thị xã Tân Châu',
    });

    const { ceremonies } = (
      await service.gql(`{ ceremonies(clusterId: "${CLUSTER}") { heldOn place host { name } organisingDocument { citation } reviewsYear launchesYear
        participants { person { fullName } role position unitId } review { year summary commendations { unitId note } leadingUnitId } } }`)
    ).data!;
    expect(ceremonies).toEqual([
      {
        heldOn: '2022-02-22',
        place: 'Hội trường VKSND thị xã Tân Châu',
        host: { name: 'Viện kiểm sát nhân dân thị xã Tân Châu' },
        organisingDocument: { citation: 'Kế hoạch số 12/KH-VKS ngày 10/01/2022' },
        reviewsYear: 2021,
        launchesYear: 2022,
        participants: [
          {
            person: { fullName: 'Nguyễn Văn Quảng' },
            role: 'DIRECTING',
            position: 'Phó Viện trưởng VKSND tỉnh An Giang',
            unitId: 'vks-an-giang',
          },
          { person: { fullName: 'Nguyễn Kiến Thịnh' }, role: 'SIGNATORY', position: 'Viện trưởng', unitId: 'tan-chau' },
          { person: { fullName: 'Nguyễn Kiến Thịnh' }, role: 'SPEAKER', position: 'Viện trưởng', unitId: 'tan-chau' },
        ],
        review: {
          year: 2021,
          summary: 'Các đơn vị hoàn thành tốt chỉ tiêu năm 2021',
          commendations: [
            { unitId: 'tri-ton', note: 'Giấy khen' },
            { unitId: 'tan-chau', note: null },
          ],
          leadingUnitId: 'tri-ton',
        },
      },
    ]);
  });

  it('answers who represented the chair of the cluster in 2022, and the ceremonies a person took part in', async () => {
    const year = (
      await service.gql(`{ clusterYear(clusterId: "${CLUSTER}", year: 2022) { chair { unitId } chairRepresentative { person { fullName } position }
        viceChairRepresentative { personId } ceremonies { ceremonyId } } }`)
    ).data!.clusterYear;
    expect(year).toEqual({
      chair: { unitId: 'tan-chau' },
      chairRepresentative: { person: { fullName: 'Nguyễn Kiến Thịnh' }, position: 'Viện trưởng VKSND thị xã Tân Châu' },
      viceChairRepresentative: null,
      ceremonies: [{ ceremonyId: 'ag-2-le-2022' }],
    });
    const review = (
      await service.gql(`{ clusterYear(clusterId: "${CLUSTER}", year: 2021) { ceremonies { ceremonyId review { leadingUnitId } } } }`)
    ).data!.clusterYear;
    expect(review.ceremonies).toEqual([{ ceremonyId: 'ag-2-le-2022', review: { leadingUnitId: 'tri-ton' } }]);
    const person = (
      await service.gql(`{ person(id: "nguyen-kien-thinh") { fullName ceremonies { role position ceremony { ceremonyId heldOn } } } }`)
    ).data!.person;
    expect(person).toEqual({
      fullName: 'Nguyễn Kiến Thịnh',
      ceremonies: [
        { role: 'SIGNATORY', position: 'Viện trưởng', ceremony: { ceremonyId: 'ag-2-le-2022', heldOn: '2022-02-22' } },
        { role: 'SPEAKER', position: 'Viện trưởng', ceremony: { ceremonyId: 'ag-2-le-2022', heldOn: '2022-02-22' } },
      ],
    });
  });

  it("reads the criteria set's legal basis as the registered decision", async () => {
    await ok(service, 'registerDocument', {
      documentId: 'qd-424',
      citation: 'Quyết định số 424/QĐ-VKSTC ngày 25/11/2020',
      title: 'Ban hành bộ tiêu chí chấm điểm thi đua',
    });
    const [set] = (await service.gql(`{ criteriaSet(id: "qd-424-huyen") { legalBasis legalBasisDocument { documentId kind issuedOn } } }`))
      .data!.criteriaSet;
    expect(set).toEqual({
      legalBasis: '424/QĐ-VKSTC',
      legalBasisDocument: { documentId: 'qd-424', kind: 'DECISION', issuedOn: '2020-11-25' },
    });
  });

  it('reads a citation without registering it', async () => {
    const { readCitation } = (
      await service.gql(`{ readCitation(text: "Hướng dẫn số 15/HD-VKSTC ngày 12/01/2022") { documentId kind number issuedOn citation } }`)
    ).data!;
    expect(readCitation).toEqual({
      documentId: null,
      kind: 'GUIDANCE',
      number: '15/HD-VKSTC',
      issuedOn: '2022-01-12',
      citation: 'Hướng dẫn số 15/HD-VKSTC ngày 12/01/2022',
    });
  });
});
