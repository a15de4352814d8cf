import { Role } from '../../src/kernel/actor';
import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, openYear, registerCluster } from '../support/year-scenario';

/**
 * A report that gives no day, entered through GraphQL as an officer would: the 2023 agreement was
 * signed "tháng 02/2023"; the chair was designated by a decision of 10/01/2023; a six-month review
 * "tháng 7/2023" rests on a directive and a plan of the cluster, and proposes commendations in words;
 * a council session is known with no date at all. Reads and prints keep each date's precision.
 */
describe('over HTTP: meetings of any kind and dates as the report gives them', () => {
  let service: TestService;
  const y23 = { clusterId: CLUSTER, year: 2023 };
  const midYear = {
    ceremonyId: 'so-ket-6-thang-2023',
    clusterId: CLUSTER,
    kind: 'MID_YEAR_REVIEW',
    heldIn: '2023-07',
    reviewsYear: 2023,
    reviewsHalf: 1,
    legalBasisDocumentIds: ['ct-02-2023'],
    organisingDocumentIds: ['kh-so-ket-2023'],
  };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2023, 'tan-chau', 'tri-ton');
    await ok(service, 'registerDocument', {
      documentId: 'ct-02-2023',
      citation: 'Chỉ thị số 02/CT-VKSTC ngày 27/12/2022',
      issuerUnitId: 'vks-an-giang',
      title: 'Về công tác của ngành Kiểm sát nhân dân năm 2023',
    });
    await ok(service, 'registerDocument', {
      documentId: 'kh-so-ket-2023',
      kind: 'PLAN',
      issuerClusterId: CLUSTER,
      issuedIn: '2023-06',
      title: 'Kế hoạch tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023',
    });
    await ok(service, 'registerDocument', {
      documentId: 'bc-so-ket-2023',
      kind: 'REPORT',
      issuerClusterId: CLUSTER,
      issuedIn: '2023-07',
      title: 'Báo cáo sơ kết 6 tháng đầu năm 2023',
    });
    await ok(service, 'registerDocument', {
      documentId: 'qd-chi-dinh-2023',
      citation: 'Quyết định số 05/QĐ-VKS ngày 10/01/2023',
      issuerUnitId: 'vks-an-giang',
      title: 'Chỉ định Cụm trưởng, Cụm phó Cụm thi đua số 2 năm 2023',
    });
  }, 60_000);
  afterAll(() => service.stop());

  it('records an agreement signed "tháng 02/2023", every signature to the month, in force from that month', async () => {
    await refused(service, 'draftAgreement', { ...y23, legalBases: [], ceremonyIn: '2023-02-30' }, 'DATE_INVALID');
    await refused(
      service,
      'draftAgreement',
      { ...y23, legalBases: [], ceremonyDate: '2023-02-14', ceremonyIn: '2023-02' },
      'BAD_USER_INPUT',
    );
    await ok(service, 'draftAgreement', { ...y23, legalBases: ['Chỉ thị số 02/CT-VKSTC ngày 27/12/2022'], ceremonyIn: '2023-02' });
    await refused(service, 'signAgreement', { ...y23, unitId: 'tan-chau', signedIn: '2023-13' }, 'DATE_INVALID');
    await refused(service, 'signAgreement', { ...y23, unitId: 'tan-chau' }, 'BAD_USER_INPUT');
    for (const unitId of MEMBERS) await ok(service, 'signAgreement', { ...y23, unitId, signedIn: '2023-02' });
    const { clusterYear } = (
      await service.gql(`{ clusterYear(clusterId: "${CLUSTER}", year: 2023) {
        ceremonyDate signingDate { precision text iso }
        agreement { ceremonyDate signingDate { text } inForce inForceOn inForceFrom { text } signatures { signedOn signed { precision text } } } } }`)
    ).data!;
    expect(clusterYear).toMatchObject({
      ceremonyDate: null,
      signingDate: { precision: 'MONTH', text: 'tháng 02/2023', iso: '2023-02' },
      agreement: {
        ceremonyDate: null,
        signingDate: { text: 'tháng 02/2023' },
        inForce: true,
        inForceOn: null,
        inForceFrom: { text: 'tháng 02/2023' },
      },
    });
    expect(clusterYear.agreement.signatures[0]).toEqual({ signedOn: null, signed: { precision: 'MONTH', text: 'tháng 02/2023' } });
  });

  it('prints the month the report gives, never an invented day', async () => {
    const auditor = await service.token('kiem-tra-ngay', { role: Role.AUDITOR, name: 'Kiểm tra viên' });
    const response = await fetch(`${service.url.replace('/graphql', '')}/exports/cluster-year/${CLUSTER}/2023.html`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(response.status).toBe(200);
    const html = (await response.text()).replace(/\s+/g, ' ');
    expect(html).toContain('Lễ ký kết giao ước thi đua năm 2023 được tổ chức tháng 02/2023');
    expect(html).toContain('Giao ước có hiệu lực từ tháng 02/2023');
    expect(html).not.toMatch(/\d{2}\/02\/2023/);
  });

  it('cites the document that designated the chair, and refuses one not in the register', async () => {
    await refused(service, 'recordOfficeDesignation', { ...y23, office: 'CHAIR', documentId: 'khong-co' }, 'DOCUMENT_NOT_FOUND');
    await refused(service, 'recordOfficeDesignation', { ...y23, office: 'CHAIR' }, 'DESIGNATION_EMPTY');
    await ok(service, 'recordOfficeDesignation', { ...y23, office: 'CHAIR', documentId: 'qd-chi-dinh-2023', designatedOn: '2023-01-10' });
    await ok(service, 'recordOfficeDesignation', { ...y23, office: 'VICE_CHAIR', designatedOn: '2023' });
    const { clusterYear } = (
      await service.gql(`{ clusterYear(clusterId: "${CLUSTER}", year: 2023) {
        chairDesignation { office document { citation } designated { precision text } }
        viceChairDesignation { office document { citation } designated { precision text } } } }`)
    ).data!;
    expect(clusterYear).toEqual({
      chairDesignation: {
        office: 'CHAIR',
        document: { citation: 'Quyết định số 05/QĐ-VKS ngày 10/01/2023' },
        designated: { precision: 'DAY', text: '10/01/2023' },
      },
      viceChairDesignation: { office: 'VICE_CHAIR', document: null, designated: { precision: 'YEAR', text: 'năm 2023' } },
    });
  });

  it('refuses a meeting with bad input, writing nothing: unknown document, impossible date, wrong precision, wrong period', async () => {
    await refused(service, 'recordCeremony', { ...midYear, legalBasisDocumentIds: ['ct-02-2023', 'khong-co'] }, 'DOCUMENT_NOT_FOUND');
    await refused(service, 'recordCeremony', { ...midYear, heldIn: '2023-02-30' }, 'CEREMONY_DATE_INVALID');
    await refused(service, 'recordCeremony', { ...midYear, partOfDay: 'MORNING' }, 'PART_OF_DAY_WITHOUT_DAY');
    await refused(service, 'recordCeremony', { ...midYear, kind: 'YEAR_END_REVIEW' }, 'MEETING_PERIOD_MISMATCH');
    await refused(service, 'recordCeremony', { ...midYear, reviewsHalf: 3 }, 'BAD_USER_INPUT');
  });

  it('records a six-month review known by its month, citing its bases, and its results as the report gives them', async () => {
    await ok(service, 'recordCeremony', midYear);
    await refused(
      service,
      'recordCeremonyReview',
      {
        ceremonyId: midYear.ceremonyId,
        clusterId: CLUSTER,
        ranking: [
          { rank: 1, unitId: 'tan-chau' },
          { rank: 2, unitId: 'tan-chau' },
        ],
      },
      'REVIEW_RANKING_INVALID',
    );
    await ok(service, 'recordCeremonyReview', {
      ceremonyId: midYear.ceremonyId,
      clusterId: CLUSTER,
      leadingUnitId: 'tan-chau',
      basisDocumentIds: ['bc-so-ket-2023'],
      ranking: [
        { rank: 1, unitId: 'tan-chau' },
        { rank: 2, unitId: 'tri-ton' },
        { rank: 2, unitId: 'an-phu' },
      ],
      proposals: [{ words: 'Đề nghị tặng Giấy khen cho 02 tập thể có thành tích xuất sắc' }],
    });
    await ok(service, 'recordCeremony', { ceremonyId: 'phien-hop-hoi-dong', clusterId: CLUSTER, kind: 'COUNCIL_SESSION' });
    const { ceremonies } = (
      await service.gql(`{ ceremonies(clusterId: "${CLUSTER}") {
        ceremonyId kind heldOn held { precision text } reviewsYear reviewsHalf
        legalBasisDocuments { documentId } organisingDocuments { documentId title }
        review { year half leadingUnitId ranking { rank unitId } proposals { unitId words } basisDocuments { documentId } } } }`)
    ).data!;
    expect(ceremonies).toEqual([
      {
        ceremonyId: 'so-ket-6-thang-2023',
        kind: 'MID_YEAR_REVIEW',
        heldOn: null,
        held: { precision: 'MONTH', text: 'tháng 07/2023' },
        reviewsYear: 2023,
        reviewsHalf: 1,
        legalBasisDocuments: [{ documentId: 'ct-02-2023' }],
        organisingDocuments: [{ documentId: 'kh-so-ket-2023', title: 'Kế hoạch tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023' }],
        review: {
          year: 2023,
          half: 1,
          leadingUnitId: 'tan-chau',
          ranking: [
            { rank: 1, unitId: 'tan-chau' },
            { rank: 2, unitId: 'tri-ton' },
            { rank: 2, unitId: 'an-phu' },
          ],
          proposals: [{ unitId: null, words: 'Đề nghị tặng Giấy khen cho 02 tập thể có thành tích xuất sắc' }],
          basisDocuments: [{ documentId: 'bc-so-ket-2023' }],
        },
      },
      {
        ceremonyId: 'phien-hop-hoi-dong',
        kind: 'COUNCIL_SESSION',
        heldOn: null,
        held: null,
        reviewsYear: null,
        reviewsHalf: null,
        legalBasisDocuments: [],
        organisingDocuments: [],
        review: null,
      },
    ]);
    const year = (await service.gql(`{ clusterYear(clusterId: "${CLUSTER}", year: 2023) { ceremonies { ceremonyId } } }`)).data!;
    expect(year.clusterYear.ceremonies).toEqual([{ ceremonyId: 'so-ket-6-thang-2023' }]);
  });
});
