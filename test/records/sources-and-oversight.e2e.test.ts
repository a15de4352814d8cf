import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, openYear, registerCluster } from '../support/year-scenario';

const y = { clusterId: CLUSTER, year: 2022 };
const NEWS = {
  publisher: 'Báo điện tử Kiểm sát',
  title: 'Cụm thi đua số 2 ký kết giao ước thi đua năm 2022',
  url: 'https://kiemsat.vn/cum-2-ky-ket',
  seenOn: '2024-03',
};
const SOURCES = `sources { citationId record { kind id year partId } documentId note
  outside { publisher title url seen { iso precision text } } }`;
const YEAR = `query($asOf: AsOf) { clusterYear(clusterId: "${CLUSTER}", year: 2022, asOf: $asOf) {
  ${SOURCES} members: sources(kinds: [MEMBERSHIP]) { citationId }
  oversight { personId capacity documentId endReason person { fullName } document { documentId } } } }`;

describe('over HTTP: a record cites its source; a cluster-year names who oversees it (phụ trách)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2022, 'tan-chau', 'tri-ton');
    await ok(service, 'registerPerson', { personId: 'tran-van-b', fullName: 'Trần Văn B' });
    await ok(service, 'registerDocument', { documentId: 'kh-12', citation: 'Kế hoạch số 12/KH-VKS ngày 10/01/2022' });
  });
  afterAll(() => service.stop());

  it('cites an outside source for the year and a registered one for a member; reads show them on the year', async () => {
    await ok(service, 'citeSource', { citationId: 'n1', record: { kind: 'CLUSTER_YEAR', id: CLUSTER, year: 2022 }, outside: NEWS });
    await ok(service, 'citeSource', {
      citationId: 'n2',
      record: { kind: 'MEMBERSHIP', id: CLUSTER, year: 2022, partId: 'an-phu' },
      documentId: 'kh-12',
      note: 'Mục I',
    });
    await ok(service, 'citeSource', { citationId: 'n3', record: { kind: 'PERSON', id: 'tran-van-b' }, documentId: 'kh-12' });
    const year = await service.gql(YEAR);
    expect(year.errors).toBeUndefined();
    expect(year.data!.clusterYear.sources).toEqual([
      {
        citationId: 'n1',
        record: { kind: 'CLUSTER_YEAR', id: CLUSTER, year: 2022, partId: null },
        documentId: null,
        note: null,
        outside: { ...NEWS, seenOn: undefined, seen: { iso: '2024-03', precision: 'MONTH', text: 'tháng 03/2024' } },
      },
      {
        citationId: 'n2',
        record: { kind: 'MEMBERSHIP', id: CLUSTER, year: 2022, partId: 'an-phu' },
        documentId: 'kh-12',
        note: 'Mục I',
        outside: null,
      },
    ]);
    expect(year.data!.clusterYear.members).toEqual([{ citationId: 'n2' }]);
    const person = await service.gql(`{ person(id: "tran-van-b") { sources { citationId } } }`);
    expect(person.data!.person.sources).toEqual([{ citationId: 'n3' }]);
  });

  it('refuses what cannot be cited, with a code and a Vietnamese message, writing nothing', async () => {
    const outside = { outside: NEWS };
    const unknown = await refused(
      service,
      'citeSource',
      { citationId: 'x1', record: { kind: 'UNIT', id: 'khong-co' }, ...outside },
      'SOURCE_RECORD_NOT_FOUND',
    );
    expect(unknown.message).toContain('khong-co');
    await refused(
      service,
      'citeSource',
      { citationId: 'x2', record: { kind: 'CLUSTER_YEAR', id: CLUSTER, year: 2030 }, ...outside },
      'SOURCE_RECORD_NOT_FOUND',
    );
    await refused(
      service,
      'citeSource',
      { citationId: 'x3', record: { kind: 'MEMBERSHIP', id: CLUSTER, year: 2022 }, ...outside },
      'SOURCE_RECORD_INCOMPLETE',
    );
    await refused(
      service,
      'citeSource',
      { citationId: 'x4', record: { kind: 'UNIT', id: 'an-phu' }, documentId: 'khong-co' },
      'DOCUMENT_NOT_FOUND',
    );
    await refused(service, 'citeSource', { citationId: 'x5', record: { kind: 'UNIT', id: 'an-phu' } }, 'SOURCE_REQUIRED');
    await refused(
      service,
      'citeSource',
      { citationId: 'n1', record: { kind: 'UNIT', id: 'an-phu' }, ...outside },
      'SOURCE_CITATION_EXISTS',
    );
    await refused(service, 'withdrawSource', { citationId: 'khong-co', reason: 'Ghi nhầm' }, 'SOURCE_CITATION_NOT_FOUND');
  });

  it('lets an auditor find the records citing a document, and the citations in the cluster’s audit trail', async () => {
    const auditor = await service.token('kiem-toan', { role: 'AUDITOR' as never, name: 'Kiểm toán viên' });
    const citing = await service.gql(`{ recordsCitingSource(documentId: "kh-12") { citationId record { kind id partId } } }`, {}, auditor);
    expect(citing.data!.recordsCitingSource).toEqual([
      { citationId: 'n2', record: { kind: 'MEMBERSHIP', id: CLUSTER, partId: 'an-phu' } },
      { citationId: 'n3', record: { kind: 'PERSON', id: 'tran-van-b', partId: null } },
    ]);
    const trail = await service.gql(
      `{ auditTrail(first: 50, filter: { clusterId: "${CLUSTER}", eventType: "SourceCited" }) { edges { node { data } } } }`,
      {},
      auditor,
    );
    // n3 cites for a person the document the year's records cite (kh-12), and the trail keeps every event of such a document.
    const cited = trail.data!.auditTrail.edges.map((e: { node: { data: { citationId: string } } }) => e.node.data.citationId);
    expect(cited.sort()).toEqual(['n1', 'n2', 'n3']);
  });

  it('withdraws a citation with its reason; asOf still shows it', async () => {
    const before = (await ok(service, 'citeSource', { citationId: 'n4', record: { kind: 'UNIT', id: 'an-phu' }, documentId: 'kh-12' }))
      .position;
    await ok(service, 'withdrawSource', { citationId: 'n4', reason: 'Kế hoạch không nêu đơn vị này' });
    await refused(service, 'withdrawSource', { citationId: 'n4', reason: 'Lần nữa' }, 'SOURCE_ALREADY_WITHDRAWN');
    const query = `query($asOf: AsOf) { unit(id: "an-phu", asOf: $asOf) { sources { citationId } } }`;
    expect((await service.gql(query)).data!.unit.sources).toEqual([]);
    expect((await service.gql(query, { asOf: before })).data!.unit.sources).toEqual([{ citationId: 'n4' }]);
  });

  it('reads on an agreement only its own sources, on the year those of all its parts', async () => {
    await ok(service, 'draftAgreement', { ...y, legalBases: [], ceremonyIn: '2022-02' });
    await ok(service, 'citeSource', { citationId: 'n5', record: { kind: 'AGREEMENT', id: CLUSTER, year: 2022 }, documentId: 'kh-12' });
    const year = await service.gql(`{ clusterYear(clusterId: "${CLUSTER}", year: 2022) {
      sources { citationId } agreement { sources { citationId } } } }`);
    expect(year.data!.clusterYear.agreement.sources).toEqual([{ citationId: 'n5' }]);
    expect(year.data!.clusterYear.sources).toEqual([{ citationId: 'n1' }, { citationId: 'n2' }, { citationId: 'n5' }]);
  });

  it('names the official overseeing the year, refuses bad input, ends the oversight with a reason', async () => {
    const oversee = { ...y, personId: 'tran-van-b', capacity: 'Phó Viện trưởng VKSND tỉnh An Giang phụ trách', documentId: 'kh-12' };
    await refused(service, 'assignOversight', { ...oversee, personId: 'khong-co' }, 'PERSON_NOT_FOUND');
    await refused(service, 'assignOversight', { ...oversee, documentId: 'khong-co' }, 'DOCUMENT_NOT_FOUND');
    await refused(service, 'assignOversight', { ...oversee, year: 2030 }, 'YEAR_NOT_OPEN');
    const assigned = await ok(service, 'assignOversight', oversee);
    await refused(service, 'assignOversight', oversee, 'OVERSIGHT_ALREADY_ASSIGNED');
    await ok(service, 'endOversight', { ...y, personId: 'tran-van-b', reason: 'Phân công lại' });
    const now = (await service.gql(YEAR)).data!.clusterYear.oversight;
    const then = (await service.gql(YEAR, { asOf: assigned.position })).data!.clusterYear.oversight;
    const official = {
      personId: 'tran-van-b',
      capacity: oversee.capacity,
      documentId: 'kh-12',
      person: { fullName: 'Trần Văn B' },
      document: { documentId: 'kh-12' },
    };
    expect(now).toEqual([{ ...official, endReason: 'Phân công lại' }]);
    expect(then).toEqual([{ ...official, endReason: null }]);
  });
});
