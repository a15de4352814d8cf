import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, registerCluster } from '../support/year-scenario';

const SECTOR = { councilId: 'hdtdkt-nganh', name: 'Hội đồng Thi đua – Khen thưởng ngành Kiểm sát nhân dân', level: 'SECTOR' };
const PROVINCE = {
  councilId: 'hdtdkt-ag',
  name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang',
  level: 'PROVINCIAL',
  unitId: 'vks-an-giang',
};
const CHAIR = { councilId: 'hdtdkt-ag', membershipId: 'chu-tich-2021', personId: 'nguyen-van-a', capacity: 'CHAIR', from: '2021-03' };

const COUNCIL = `query($asOf: AsOf) { council(id: "hdtdkt-ag", asOf: $asOf) { councilId name level unit { unitId }
  members { membershipId capacity capacityLabel from { iso text precision } to { iso } endReason person { fullName }
    appointingDocument { documentId citation } } } }`;
const PERSON = `query($on: String) { person(id: "nguyen-van-a") { councilMemberships(on: $on) { membershipId capacityLabel council { name } } } }`;

describe('over HTTP: a council as a body, its members by period, its documents and its members at a ceremony', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'registerPerson', { personId: 'nguyen-van-a', fullName: 'Nguyễn Văn A' });
  });
  afterAll(() => service.stop());

  it('registers the sector council once and a provincial council at its procuracy; bad input writes nothing', async () => {
    const officer = await service.token('can-bo-tri-ton', { role: 'UNIT_OFFICER' as never, unit: 'tri-ton', name: 'Cán bộ Tri Tôn' });
    await refused(service, 'registerCouncil', SECTOR, 'FORBIDDEN', officer);
    expect((await ok(service, 'registerCouncil', SECTOR)).eventTypes).toEqual(['CouncilSeatClaimed', 'CouncilRegistered']);
    const second = await refused(service, 'registerCouncil', { ...SECTOR, councilId: 'hd-nganh-2' }, 'SECTOR_COUNCIL_EXISTS');
    expect(second.message).toContain('hdtdkt-nganh');
    await refused(service, 'registerCouncil', { ...PROVINCE, unitId: 'khong-co' }, 'UNIT_NOT_FOUND');
    await refused(service, 'registerCouncil', { ...PROVINCE, unitId: undefined }, 'COUNCIL_UNIT_REQUIRED');
    await refused(service, 'registerCouncil', { ...PROVINCE, unitId: 'tri-ton' }, 'COUNCIL_LEVEL_MISMATCH');
    const first = await ok(service, 'registerCouncil', { ...PROVINCE, commandId: 'hd-ag-1' });
    expect(await ok(service, 'registerCouncil', { ...PROVINCE, commandId: 'hd-ag-1' })).toEqual({ ...first, duplicate: true });
    await refused(service, 'registerCouncil', { ...PROVINCE, councilId: 'hd-ag-2' }, 'UNIT_COUNCIL_EXISTS');
    const councils = await service.gql(`{ councils { councilId } byUnit: councils(unitId: "vks-an-giang") { councilId } }`);
    expect(councils.data).toEqual({
      councils: [{ councilId: 'hdtdkt-ag' }, { councilId: 'hdtdkt-nganh' }],
      byUnit: [{ councilId: 'hdtdkt-ag' }],
    });
  });

  it('takes a document issued by the council named by its id', async () => {
    const decision = { documentId: 'qd-kien-toan', citation: 'Quyết định số 45/QĐ-HĐTĐKT ngày 02/03/2021', issuerCouncilId: 'hdtdkt-ag' };
    await refused(service, 'registerDocument', { ...decision, issuerCouncilId: 'khong-co' }, 'ISSUER_NOT_FOUND');
    const inWords = { councilId: 'hdtdkt-ag', name: 'Hội đồng TĐKT ngành', level: 'SECTOR' };
    await refused(
      service,
      'registerDocument',
      { ...decision, issuerCouncilId: undefined, issuerCouncil: inWords },
      'COUNCIL_ISSUER_MISMATCH',
    );
    await ok(service, 'registerDocument', decision);
    const document = await service.gql(
      `{ document(id: "qd-kien-toan") { issuer { kind id name level unitId council { councilId documents { documentId } } } } }`,
    );
    expect(document.data!.document.issuer).toEqual({
      kind: 'COUNCIL',
      id: 'hdtdkt-ag',
      name: PROVINCE.name,
      level: 'PROVINCIAL',
      unitId: 'vks-an-giang',
      council: { councilId: 'hdtdkt-ag', documents: [{ documentId: 'qd-kien-toan' }] },
    });
  });

  it('appoints, refuses what cannot be so, ends a membership; asOf shows the council before the end', async () => {
    await refused(service, 'appointCouncilMember', { ...CHAIR, personId: 'khong-co' }, 'PERSON_NOT_FOUND');
    await refused(service, 'appointCouncilMember', { ...CHAIR, appointingDocumentId: 'khong-co' }, 'DOCUMENT_NOT_FOUND');
    await refused(service, 'appointCouncilMember', { ...CHAIR, councilId: 'khong-co' }, 'COUNCIL_NOT_FOUND');
    await refused(service, 'appointCouncilMember', { ...CHAIR, to: '2020' }, 'COUNCIL_MEMBERSHIP_ENDS_BEFORE_START');
    const appointed = await ok(service, 'appointCouncilMember', { ...CHAIR, appointingDocumentId: 'qd-kien-toan' });
    await refused(
      service,
      'appointCouncilMember',
      { ...CHAIR, membershipId: 'chu-tich-lan-2', from: '2022' },
      'COUNCIL_MEMBERSHIP_OVERLAPS',
    );
    await ok(service, 'appointCouncilMember', {
      ...CHAIR,
      councilId: 'hdtdkt-nganh',
      membershipId: 'uy-vien',
      capacity: 'MEMBER',
      from: '2019',
    });
    const end = { councilId: 'hdtdkt-ag', membershipId: 'chu-tich-2021', endedOn: '2024-01', reason: 'Nghỉ hưu' };
    await refused(service, 'endCouncilMembership', { ...end, endedOn: '2021-02' }, 'COUNCIL_MEMBERSHIP_ENDS_BEFORE_START');
    await ok(service, 'endCouncilMembership', end);
    await refused(service, 'endCouncilMembership', end, 'COUNCIL_MEMBERSHIP_ENDED');

    const now = (await service.gql(COUNCIL)).data!.council;
    expect(now).toEqual({
      councilId: 'hdtdkt-ag',
      name: PROVINCE.name,
      level: 'PROVINCIAL',
      unit: { unitId: 'vks-an-giang' },
      members: [
        {
          membershipId: 'chu-tich-2021',
          capacity: 'CHAIR',
          capacityLabel: 'Chủ tịch',
          from: { iso: '2021-03', text: 'tháng 03/2021', precision: 'MONTH' },
          to: { iso: '2024-01' },
          endReason: 'Nghỉ hưu',
          person: { fullName: 'Nguyễn Văn A' },
          appointingDocument: { documentId: 'qd-kien-toan', citation: 'Quyết định số 45/QĐ-HĐTĐKT ngày 02/03/2021' },
        },
      ],
    });
    const correction = { councilId: 'hdtdkt-ag', membershipId: 'chu-tich-2021', from: '2021-03-02', reason: 'Theo quyết định kiện toàn' };
    await refused(service, 'correctCouncilMember', { ...correction, from: '2021-03' }, 'COUNCIL_MEMBER_CHANGE_EMPTY');
    await refused(service, 'correctCouncilMember', { ...correction, reason: ' ' }, 'BAD_USER_INPUT');
    expect((await ok(service, 'correctCouncilMember', correction)).eventTypes).toEqual(['CouncilMemberCorrected']);
    const corrected = (await service.gql(COUNCIL)).data!.council.members[0];
    expect(corrected.from).toEqual({ iso: '2021-03-02', text: '02/03/2021', precision: 'DAY' });
    const before = (await service.gql(COUNCIL, { asOf: appointed.position })).data!.council;
    expect(before.members[0]).toMatchObject({
      to: null,
      endReason: null,
      from: { iso: '2021-03', text: 'tháng 03/2021', precision: 'MONTH' },
    });

    const on = async (date: string) =>
      ((await service.gql(PERSON, { on: date })).data!.person.councilMemberships as { membershipId: string }[]).map((m) => m.membershipId);
    expect(await on('2022-06-01')).toEqual(['uy-vien', 'chu-tich-2021']);
    expect(await on('2024-02')).toEqual(['uy-vien']);
    expect(await on('2021-03-01')).toEqual(['uy-vien']);
    expect(await on('2021-03-02')).toEqual(['uy-vien', 'chu-tich-2021']);
    const bad = await service.gql(PERSON, { on: '2022-13' });
    expect(bad.errors![0].extensions!.code).toBe('COUNCIL_DATE_INVALID');
  });

  it("shows a ceremony participant's capacity on the ceremony's date, through a read", async () => {
    await ok(service, 'openClusterYear', { clusterId: CLUSTER, year: 2022, memberUnitIds: MEMBERS });
    const ceremony = { ceremonyId: 'le-2023', clusterId: CLUSTER };
    await ok(service, 'recordCeremony', { ...ceremony, heldOn: '2023-02-20', reviewsYear: 2022, launchesYear: 2023 });
    await ok(service, 'addCeremonyParticipant', { ...ceremony, personId: 'nguyen-van-a', role: 'DIRECTING', unitId: 'vks-an-giang' });
    const read = await service.gql(
      `{ ceremony(id: "le-2023") { participants { personId councilMemberships { capacityLabel council { name } } } } }`,
    );
    expect(read.data!.ceremony.participants).toEqual([
      {
        personId: 'nguyen-van-a',
        councilMemberships: [
          { capacityLabel: 'Ủy viên', council: { name: SECTOR.name } },
          { capacityLabel: 'Chủ tịch', council: { name: PROVINCE.name } },
        ],
      },
    ]);
  });
});
