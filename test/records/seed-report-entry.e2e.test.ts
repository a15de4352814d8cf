import { Role } from '../../src/kernel/actor';
import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';

/**
 * A real report entered through the public API as officers would, from an empty store: "Cụm thi đua
 * số 2 thuộc Viện kiểm sát nhân dân tỉnh An Giang ký kết giao ước thi đua" (the first seed report,
 * the demo's An Giang file). Every fact it states goes in; what it leaves out is answered as unknown:
 * no signatory's name, no host, no one presiding, no units registered by name, and a membership that
 * names the units present without saying they are the whole cluster.
 */
const REPORT =
  'Bài “Cụm thi đua số 2 thuộc Viện kiểm sát nhân dân tỉnh An Giang ký kết giao ước thi đua”, tác giả Bảo Tuyền, nguồn tin Viện KSND thị xã Tân Châu';
const C = 'ag-cum-2';
const y = { clusterId: C, year: 2022 };
const MEMBERS = ['vks-tx-tan-chau', 'vks-h-tri-ton', 'vks-h-an-phu', 'vks-h-tinh-bien', 'vks-tp-chau-doc'];
const DISTRICTS: [string, string][] = [
  ['vks-tx-tan-chau', 'thị xã Tân Châu'],
  ['vks-h-tri-ton', 'huyện Tri Tôn'],
  ['vks-h-an-phu', 'huyện An Phú'],
  ['vks-h-tinh-bien', 'huyện Tịnh Biên'],
  ['vks-tp-chau-doc', 'thành phố Châu Đốc'],
];
const THEME = 'Đoàn kết, trách nhiệm, khát vọng cống hiến, hoàn thành xuất sắc nhiệm vụ năm 2022';
const LEGAL_BASES = [
  'Hướng dẫn số 15/HD-VKSTC ngày 12/01/2022',
  'Nghị quyết số 96/2019/QH14 ngày 27/11/2019',
  'Quyết định số 139/QĐ-VKSTC ngày 29/4/2020',
  'Chỉ thị số 01/CT-VKSTC ngày 27/12/2021',
];
const COMMITMENTS = [
  'Triển khai thực hiện nghiêm túc, có hiệu quả chủ trương của Đảng, chính sách pháp luật của Nhà nước, nỗ lực phấn đấu cao nhất để thực hiện thắng lợi nhiệm vụ chính trị của Ngành',
  'Hoàn thành đạt và vượt các chỉ tiêu theo Nghị quyết số 96/2019/QH14 ngày 27/11/2019 của Quốc hội và Hệ thống chỉ tiêu cơ bản ban hành kèm theo Quyết định số 139/QĐ-VKSTC ngày 29/4/2020',
  'Thực hiện Chỉ thị số 01/CT-VKSTC ngày 27/12/2021 về công tác của ngành Kiểm sát nhân dân năm 2022 và Kế hoạch công tác kiểm sát năm 2022 của từng đơn vị thành viên',
  'Phấn đấu đạt các danh hiệu thi đua đã đăng ký với Hội đồng thi đua khen thưởng Viện kiểm sát nhân dân tỉnh An Giang',
];
const ATTENDING = 'Tập thể Lãnh đạo, kiểm sát viên phụ trách công tác thi đua, khen thưởng';
const SPEAKERS: [string, string, string][] = [
  ['nguyen-kien-thinh', 'Nguyễn Kiến Thịnh', 'vks-tx-tan-chau'],
  ['truong-thi-thanh-thuy', 'Trương Thị Thanh Thúy', 'vks-h-tri-ton'],
  ['tran-huu-tai', 'Trần Hữu Tài', 'vks-tp-chau-doc'],
  ['huynh-van-vi', 'Huỳnh Văn Vĩ', 'vks-h-tinh-bien'],
];

describe('over HTTP: the An Giang cluster 2 report of 2022, entered as told', () => {
  let service: TestService;
  const tokens: Record<string, string> = {};
  const read = async (query: string) => {
    const answer = await service.gql(query, {}, tokens.auditor);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data!;
  };

  beforeAll(async () => {
    service = await startService();
    tokens.admin = await service.token('quan-tri', { role: Role.ADMIN });
    tokens.auditor = await service.token('thanh-tra', { role: Role.AUDITOR });
    // The catalogue first: the units and the cluster exist before any report mentions them.
    await ok(service, 'registerUnit', { unitId: 'vks-toi-cao', name: 'Viện kiểm sát nhân dân tối cao', level: 'SUPREME' }, tokens.admin);
    await ok(
      service,
      'registerUnit',
      { unitId: 'vks-an-giang', name: 'Viện kiểm sát nhân dân tỉnh An Giang', level: 'PROVINCIAL', parentUnitId: 'vks-toi-cao' },
      tokens.admin,
    );
    for (const [unitId, place] of DISTRICTS)
      await ok(
        service,
        'registerUnit',
        { unitId, name: `Viện kiểm sát nhân dân ${place}`, level: 'DISTRICT', parentUnitId: 'vks-an-giang' },
        tokens.admin,
      );
    await ok(
      service,
      'formCluster',
      { clusterId: C, name: 'Cụm thi đua số 2', kind: 'CLUSTER', organizerUnitId: 'vks-an-giang' },
      tokens.admin,
    );
    tokens.council = await service.token('hoi-dong-an-giang', { role: Role.COUNCIL, unit: 'vks-an-giang' });
    tokens.office = await service.token('van-phong-tan-chau', { role: Role.CLUSTER_OFFICER, unit: 'vks-tx-tan-chau', cluster: C });
    for (const unit of MEMBERS) tokens[unit] = await service.token(`can-bo-${unit}`, { role: Role.UNIT_OFFICER, unit });
  }, 60_000);
  afterAll(() => service.stop());

  it('enters the documents the report cites, as it writes them', async () => {
    const documents = [
      ['15-hd-vkstc-2022', LEGAL_BASES[0], 'vks-toi-cao', 'Về công tác thi đua khen thưởng năm 2022'],
      ['96-2019-qh14', LEGAL_BASES[1], null, null],
      ['139-qd-vkstc-2020', LEGAL_BASES[2], 'vks-toi-cao', null],
      ['01-ct-vkstc-2021', LEGAL_BASES[3], 'vks-toi-cao', 'Về công tác của ngành Kiểm sát nhân dân năm 2022'],
      [
        '424-qd-vkstc-2020',
        'Quyết định số 424/QĐ-VKSTC ngày 25/11/2020',
        'vks-toi-cao',
        'Về việc ban hành tiêu chí chấm điểm, xếp loại thi đua trong ngành Kiểm sát nhân dân',
      ],
    ];
    for (const [documentId, citation, issuerUnitId, title] of documents)
      await ok(service, 'registerDocument', { documentId, citation, issuerUnitId, title }, tokens.council);
  });

  it('opens the year with the units the report names, as a membership known in part, and the chair and vice-chair its captions give', async () => {
    await ok(service, 'openClusterYear', { ...y, memberUnitIds: MEMBERS, membershipComplete: false }, tokens.council);
    await ok(service, 'rotateChair', { ...y, chairUnitId: 'vks-tx-tan-chau', viceChairUnitId: 'vks-h-tri-ton' }, tokens.council);
    for (const [personId, fullName] of SPEAKERS) await ok(service, 'registerPerson', { personId, fullName }, tokens.council);
    await ok(
      service,
      'nameOfficeRepresentative',
      { ...y, office: 'CHAIR', personId: 'nguyen-kien-thinh', position: 'Viện trưởng' },
      tokens.council,
    );
    await ok(
      service,
      'nameOfficeRepresentative',
      { ...y, office: 'VICE_CHAIR', personId: 'truong-thi-thanh-thuy', position: 'Viện trưởng' },
      tokens.council,
    );
  });

  it('records the morning ceremony at Tân Châu, its legal basis, its four speakers and the five units attending by group', async () => {
    const ceremonyId = 'ag-cum-2-ky-ket-2022';
    // "Sáng" belongs to a day: with only the month it is refused, never dated to an invented day.
    await refused(
      service,
      'recordCeremony',
      { clusterId: C, ceremonyId, kind: 'SIGNING_CEREMONY', heldIn: '2022-02', partOfDay: 'MORNING', launchesYear: 2022 },
      'PART_OF_DAY_WITHOUT_DAY',
      tokens.council,
    );
    await ok(
      service,
      'recordCeremony',
      {
        clusterId: C,
        ceremonyId,
        kind: 'SIGNING_CEREMONY',
        heldOn: '2022-02-22',
        partOfDay: 'MORNING',
        place: 'Viện kiểm sát nhân dân thị xã Tân Châu',
        legalBasisDocumentIds: ['15-hd-vkstc-2022'],
        launchesYear: 2022,
      },
      tokens.council,
    );
    for (const [personId, , unitId] of SPEAKERS)
      await ok(
        service,
        'addCeremonyParticipant',
        { clusterId: C, ceremonyId, personId, role: 'SPEAKER', position: 'Viện trưởng', unitId },
        tokens.council,
      );
    for (const unitId of MEMBERS)
      await ok(
        service,
        'recordCeremonyAttendance',
        { clusterId: C, ceremonyId, attendanceId: `lanh-dao-${unitId}`, role: 'ATTENDEE', unitId, group: ATTENDING },
        tokens.council,
      );
  });

  it('records the agreement and the amended regulation from the chair office, the signatures from each unit, in force as the report says', async () => {
    await ok(
      service,
      'draftAgreement',
      {
        ...y,
        theme: THEME,
        commitments: COMMITMENTS,
        legalBases: LEGAL_BASES,
        ceremonyDate: '2022-02-22',
        venue: 'Viện kiểm sát nhân dân thị xã Tân Châu',
      },
      tokens.office,
    );
    await ok(
      service,
      'amendRegulation',
      {
        ...y,
        summary:
          'Sửa đổi, bổ sung một số nội dung Quy chế thi đua của Cụm số 02 cho phù hợp với tiêu chí chấm điểm, xếp loại thi đua theo Quyết định số 424/QĐ-VKSTC ngày 25/11/2020',
        articles: [],
      },
      tokens.office,
    );
    // An officer signs for their own unit only.
    await refused(service, 'signAgreement', { ...y, unitId: 'vks-h-an-phu', signedOn: '2022-02-22' }, 'FORBIDDEN', tokens['vks-h-tri-ton']);
    for (const unitId of MEMBERS) await ok(service, 'signAgreement', { ...y, unitId, signedOn: '2022-02-22' }, tokens[unitId]);
    // Five signatures of a membership known in part do not say the agreement is in force: the report does.
    expect((await read(`{ clusterYear(clusterId: "${C}", year: 2022) { agreement { inForce } } }`)).clusterYear.agreement.inForce).toBe(
      false,
    );
    await refused(
      service,
      'recordAgreementInForce',
      { ...y, inForceOn: '2022-02-22', source: ' ' },
      'IN_FORCE_SOURCE_REQUIRED',
      tokens.council,
    );
    await ok(
      service,
      'recordAgreementInForce',
      { ...y, inForceOn: '2022-02-22', source: `${REPORT}: “Các đơn vị đã thống nhất và ký kết giao ước”` },
      tokens.council,
    );
    // Registrations the report gives only in numbers: entered as numbers, no unit named.
    await ok(
      service,
      'stateRegistrationCounts',
      {
        ...y,
        counts: [
          { titleId: 'co-thi-dua-nganh', units: 3 },
          { titleId: 'lao-dong-xuat-sac', units: 2 },
        ],
        source: `${REPORT}: “03 đơn vị đăng ký … Cờ thi đua của ngành Kiểm sát nhân dân, 02 đơn vị đăng ký … “Tập thể Lao động xuất sắc””`,
      },
      tokens.council,
    );
  });

  it("answers who was in the cluster (those named, others unknown), who chaired, and whether the chair's eligibility is on record", async () => {
    const { clusterYear, previous } = await read(`{
      clusterYear(clusterId: "${C}", year: 2022) { cluster { name organizer { name } } members { unitId name level parent { unitId } }
        membershipComplete chair { name } viceChair { name } ineligibleUnits { unitId }
        chairRepresentative { person { fullName } position } viceChairRepresentative { person { fullName } position }
        chairDesignation { documentId } registrations { unitId } registrationCounts { titleId units namedUnits } criteriaSet { criteriaSetId } votes { titleId } awards { titleId } }
      previous: clusterYear(clusterId: "${C}", year: 2021) { year } }`);
    expect(clusterYear.cluster).toEqual({ name: 'Cụm thi đua số 2', organizer: { name: 'Viện kiểm sát nhân dân tỉnh An Giang' } });
    expect(clusterYear.members.map((m: any) => m.unitId)).toEqual(MEMBERS);
    expect(clusterYear.members.every((m: any) => m.level === 'DISTRICT' && m.parent.unitId === 'vks-an-giang')).toBe(true);
    expect(clusterYear.membershipComplete).toBe(false);
    expect(clusterYear.chair.name).toBe('Viện kiểm sát nhân dân thị xã Tân Châu');
    expect(clusterYear.viceChair.name).toBe('Viện kiểm sát nhân dân huyện Tri Tôn');
    expect(clusterYear.chairRepresentative).toEqual({ person: { fullName: 'Nguyễn Kiến Thịnh' }, position: 'Viện trưởng' });
    expect(clusterYear.viceChairRepresentative).toEqual({ person: { fullName: 'Trương Thị Thanh Thúy' }, position: 'Viện trưởng' });
    // Unknown, not invented: no designating document, no 2021 on record to judge eligibility by, no
    // registrations by name (the report gives only counts, kept as counts), no criteria set, votes or awards.
    expect(clusterYear.chairDesignation).toBeNull();
    expect(clusterYear.registrationCounts).toEqual([
      { titleId: 'co-thi-dua-nganh', units: 3, namedUnits: 0 },
      { titleId: 'lao-dong-xuat-sac', units: 2, namedUnits: 0 },
    ]);
    expect(previous).toBeNull();
    expect(clusterYear.ineligibleUnits).toEqual([]);
    expect(clusterYear).toMatchObject({ registrations: [], criteriaSet: null, votes: [], awards: [] });
  });

  it('answers when and where the ceremony was, who spoke, who attended, and that no one presiding is on record', async () => {
    const { ceremonies } = await read(`{ ceremonies(clusterId: "${C}") { kind held { precision text } heldOn partOfDay place host { name }
      launchesYear reviewsYear organisingDocuments { documentId } legalBasisDocuments { documentId number issuedOn issuer { id } }
      participants { role position person { fullName } unit { unitId } } attendances { role unitId group count persons { personId } } } }`);
    expect(ceremonies).toHaveLength(1);
    const [ceremony] = ceremonies;
    expect(ceremony).toMatchObject({
      kind: 'SIGNING_CEREMONY',
      held: { precision: 'DAY', text: '22/02/2022' },
      heldOn: '2022-02-22',
      partOfDay: 'MORNING',
      place: 'Viện kiểm sát nhân dân thị xã Tân Châu',
      host: null,
      launchesYear: 2022,
      reviewsYear: null,
      organisingDocuments: [],
      legalBasisDocuments: [
        { documentId: '15-hd-vkstc-2022', number: '15/HD-VKSTC', issuedOn: '2022-01-12', issuer: { id: 'vks-toi-cao' } },
      ],
    });
    expect(ceremony.participants).toEqual(
      SPEAKERS.map(([, fullName, unitId]) => ({ role: 'SPEAKER', position: 'Viện trưởng', person: { fullName }, unit: { unitId } })),
    );
    expect(ceremony.participants.some((p: any) => p.role === 'PRESIDING' || p.role === 'DIRECTING')).toBe(false);
    expect(ceremony.attendances).toEqual(
      MEMBERS.map((unitId) => ({ role: 'ATTENDEE', unitId, group: ATTENDING, count: null, persons: [] })),
    );
    const { person } = await read(
      '{ person(id: "truong-thi-thanh-thuy") { fullName ceremonies { role position unitId ceremony { ceremonyId } } } }',
    );
    expect(person.ceremonies).toEqual([
      { role: 'SPEAKER', position: 'Viện trưởng', unitId: 'vks-h-tri-ton', ceremony: { ceremonyId: 'ag-cum-2-ky-ket-2022' } },
    ]);
  });

  it('answers what the agreement says, which documents it rests on, who signed and when: units known, signatories unknown', async () => {
    const { clusterYear } = await read(`{ clusterYear(clusterId: "${C}", year: 2022) {
      agreement { theme motto commitments legalBases legalBasisDocuments { documentId resolution citedAs issued { text } }
        ceremonyDate signingDate { precision text } hostUnitId venue inForce inForceFrom { text } inForceSource unsignedUnitIds
        signatures { unitId signatoryName signatoryPosition signed { precision text } } }
      regulationAmendments { summary } } }`);
    const { agreement } = clusterYear;
    expect(agreement).toMatchObject({
      theme: THEME,
      motto: null,
      legalBases: LEGAL_BASES,
      ceremonyDate: '2022-02-22',
      signingDate: { precision: 'DAY', text: '22/02/2022' },
      hostUnitId: null,
      venue: 'Viện kiểm sát nhân dân thị xã Tân Châu',
      inForce: true,
      inForceFrom: { text: '22/02/2022' },
      unsignedUnitIds: [],
    });
    expect(agreement.inForceSource).toContain('Các đơn vị đã thống nhất và ký kết giao ước');
    expect(agreement.commitments).toEqual(COMMITMENTS);
    expect(agreement.legalBasisDocuments).toEqual(
      ['15-hd-vkstc-2022', '96-2019-qh14', '139-qd-vkstc-2020', '01-ct-vkstc-2021'].map((documentId, i) => ({
        documentId,
        resolution: 'REGISTERED',
        citedAs: LEGAL_BASES[i],
        issued: { text: ['12/01/2022', '27/11/2019', '29/04/2020', '27/12/2021'][i] },
      })),
    );
    expect(agreement.signatures).toEqual(
      MEMBERS.map((unitId) => ({ unitId, signatoryName: null, signatoryPosition: null, signed: { precision: 'DAY', text: '22/02/2022' } })),
    );
    expect(clusterYear.regulationAmendments).toEqual([{ summary: expect.stringContaining('424/QĐ-VKSTC ngày 25/11/2020') }]);
  });

  it('answers which document a citation of the report is, and who entered each fact', async () => {
    const { readCitation } = await read('{ readCitation(text: "Chỉ thị số 01/CT-VKSTC ngày 27/12/2021") { documentId resolution title } }');
    expect(readCitation).toEqual({
      documentId: '01-ct-vkstc-2021',
      resolution: 'REGISTERED',
      title: 'Về công tác của ngành Kiểm sát nhân dân năm 2022',
    });
    const { auditTrail } = await read(
      `{ auditTrail(filter: { clusterId: "${C}" }, first: 100, order: OLDEST_FIRST) { edges { node { type actor { personId role } } } } }`,
    );
    const trail = auditTrail.edges.map((edge: any) => edge.node);
    const signed = trail.filter((event: any) => event.type === 'AgreementSigned');
    expect(signed.map((event: any) => event.actor)).toEqual(MEMBERS.map((unit) => ({ personId: `can-bo-${unit}`, role: 'UNIT_OFFICER' })));
    expect(trail.find((event: any) => event.type === 'AgreementDrafted').actor).toEqual({
      personId: 'van-phong-tan-chau',
      role: 'CLUSTER_OFFICER',
    });
    expect(trail.map((event: any) => event.type)).toEqual(expect.arrayContaining(['CeremonyRecorded', 'CeremonyParticipantAdded']));
  });
});
