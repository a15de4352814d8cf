import { RecordsProjection } from '../../projections/records/records-projection';
import type { CeremonyEvent } from '../../src/records/domain/ceremony/events';
import { ceremonyDecider } from '../../src/records/domain/ceremony/decider';
import { MeetingKind } from '../../src/records/domain/ceremony/meeting-kind';
import { ParticipantRole } from '../../src/records/domain/ceremony/participant-role';
import { specification } from '../support/decider-specification';
import { ok, refused } from '../support/mutations';
import { specificationOf } from '../support/projection-specification';
import { startService, type TestService } from '../support/service';
import { CLUSTER, MEMBERS, registerCluster } from '../support/year-scenario';

/** "Tham dự có Chánh Văn phòng các đơn vị thành viên": an office, no names; a name may come from another report. */
const GROUP = 'Chánh Văn phòng các đơn vị thành viên';
const ref = { ceremonyId: 'le-2022', clusterId: 'ag-2' };
const recorded: CeremonyEvent = {
  type: 'CeremonyRecorded',
  data: {
    ...ref,
    kind: MeetingKind.YEAR_END_REVIEW,
    heldOn: '2022-02-22',
    partOfDay: null,
    place: null,
    hostUnitId: null,
    organisingDocumentIds: [],
    legalBasisDocumentIds: [],
    reviewsYear: 2021,
    reviewsHalf: null,
    launchesYear: 2022,
    launchesHalf: null,
  },
};
const attend = {
  type: 'RecordAttendance' as const,
  ...ref,
  attendanceId: 'chanh-van-phong',
  role: ParticipantRole.ATTENDEE,
  unitId: null,
  group: GROUP,
  count: null,
  unitRegistered: false,
};
const attended: CeremonyEvent = {
  type: 'CeremonyAttendanceRecorded',
  data: { ceremonyId: 'le-2022', attendanceId: 'chanh-van-phong', role: ParticipantRole.ATTENDEE, unitId: null, group: GROUP, count: null },
};
const link = {
  type: 'LinkAttendancePerson' as const,
  ...ref,
  attendanceId: 'chanh-van-phong',
  personId: 'nguyen-van-a',
  position: 'Chánh Văn phòng VKSND huyện Tri Tôn',
  personRegistered: true,
};
const linked: CeremonyEvent = {
  type: 'AttendancePersonLinked',
  data: { ceremonyId: 'le-2022', attendanceId: 'chanh-van-phong', personId: 'nguyen-van-a', position: link.position },
};

describe('ceremony: attendance without names', () => {
  const given = specification(ceremonyDecider);

  it('records a described group in a role, with no person', () => given([recorded]).when(attend).then([attended]));
  it('records a unit, and the count of a group when the report gives one', () =>
    given([recorded])
      .when({ ...attend, attendanceId: 'tri-ton', unitId: 'tri-ton', group: null, unitRegistered: true })
      .then([{ type: 'CeremonyAttendanceRecorded', data: { ...attended.data, attendanceId: 'tri-ton', unitId: 'tri-ton', group: null } }]));
  it('keeps the count of a group', () =>
    given([recorded])
      .when({ ...attend, count: 5 })
      .then([{ type: 'CeremonyAttendanceRecorded', data: { ...attended.data, count: 5 } }]));
  it('needs a unit or a group: ATTENDANCE_WITHOUT_ATTENDEE', () =>
    given([recorded])
      .when({ ...attend, group: null })
      .thenThrows('ATTENDANCE_WITHOUT_ATTENDEE'));
  it('counts only a group: ATTENDANCE_COUNT_WITHOUT_GROUP', () =>
    given([recorded])
      .when({ ...attend, group: null, unitId: 'tri-ton', unitRegistered: true, count: 3 })
      .thenThrows('ATTENDANCE_COUNT_WITHOUT_GROUP'));
  it('needs a registered unit: UNIT_NOT_FOUND', () =>
    given([recorded])
      .when({ ...attend, unitId: 'x' })
      .thenThrows('UNIT_NOT_FOUND'));
  it('needs the ceremony of that cluster: CEREMONY_NOT_FOUND', () =>
    given([recorded])
      .when({ ...attend, clusterId: 'other' })
      .thenThrows('CEREMONY_NOT_FOUND'));
  it('records an attendance once: ATTENDANCE_ALREADY_RECORDED', () =>
    given([recorded, attended]).when(attend).thenThrows('ATTENDANCE_ALREADY_RECORDED'));

  it('links a named person later', () => given([recorded, attended]).when(link).then([linked]));
  it('links to a recorded attendance: ATTENDANCE_NOT_FOUND', () => given([recorded]).when(link).thenThrows('ATTENDANCE_NOT_FOUND'));
  it('links a recorded person: PERSON_NOT_FOUND', () =>
    given([recorded, attended])
      .when({ ...link, personRegistered: false })
      .thenThrows('PERSON_NOT_FOUND'));
  it('links a person once: PERSON_ALREADY_LINKED', () =>
    given([recorded, attended, linked]).when(link).thenThrows('PERSON_ALREADY_LINKED'));
});

describe('records read model: attendance without names', () => {
  const given = specificationOf(() => new RecordsProjection());

  it('shows the group, then the person linked to it from its position on; a ceremony of an older store has none', () =>
    given(recorded, attended, linked).then((records) => {
      expect(records.ceremony('le-2022', 1)?.attendances).toEqual([]);
      expect(records.ceremony('le-2022', 2)?.attendances).toEqual([
        { attendanceId: 'chanh-van-phong', role: ParticipantRole.ATTENDEE, unitId: null, group: GROUP, count: null, persons: [] },
      ]);
      expect(records.ceremony('le-2022')?.attendances[0].persons).toEqual([{ personId: 'nguyen-van-a', position: link.position }]);
      expect(records.ceremoniesOfPerson('nguyen-van-a').map((c) => c.ceremonyId)).toEqual(['le-2022']);
      expect(records.ceremoniesOfPerson('nguyen-van-a', 2)).toEqual([]);
    }));
});

const CEREMONY = `{ ceremony(id: "ag-2-le-2022") { attendances { attendanceId role group count unitId unit { id: unitId }
  persons { personId position person { fullName } } } participants { personId } } }`;

describe('over HTTP: a ceremony attended by an office and by a unit', () => {
  let service: TestService;
  const ceremony = { ceremonyId: 'ag-2-le-2022', clusterId: CLUSTER };
  const read = async () => (await service.gql(CEREMONY)).data!.ceremony;

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await ok(service, 'openClusterYear', { clusterId: CLUSTER, year: 2021, memberUnitIds: MEMBERS });
    await ok(service, 'recordCeremony', { ...ceremony, heldOn: '2022-02-22', reviewsYear: 2021, launchesYear: 2022 });
  });
  afterAll(() => service.stop());

  it('records a described group and a unit with no person, then links a person', async () => {
    const group = { ...ceremony, attendanceId: 'chanh-van-phong', role: 'ATTENDEE', group: GROUP };
    await refused(service, 'recordCeremonyAttendance', { ...group, group: undefined }, 'ATTENDANCE_WITHOUT_ATTENDEE');
    expect((await ok(service, 'recordCeremonyAttendance', group)).eventTypes).toEqual(['CeremonyAttendanceRecorded']);
    await ok(service, 'recordCeremonyAttendance', { ...ceremony, attendanceId: 'tri-ton', role: 'SIGNATORY', unitId: 'tri-ton' });
    await refused(service, 'recordCeremonyAttendance', group, 'ATTENDANCE_ALREADY_RECORDED');
    expect(await read()).toEqual({
      participants: [],
      attendances: [
        { attendanceId: 'chanh-van-phong', role: 'ATTENDEE', group: GROUP, count: null, unitId: null, unit: null, persons: [] },
        { attendanceId: 'tri-ton', role: 'SIGNATORY', group: null, count: null, unitId: 'tri-ton', unit: { id: 'tri-ton' }, persons: [] },
      ],
    });

    const linking = {
      ...ceremony,
      attendanceId: 'chanh-van-phong',
      personId: 'nguyen-van-a',
      position: 'Chánh Văn phòng VKSND huyện Tri Tôn',
    };
    await refused(service, 'linkAttendancePerson', linking, 'PERSON_NOT_FOUND');
    await ok(service, 'registerPerson', { personId: 'nguyen-van-a', fullName: 'Nguyễn Văn A' });
    await refused(service, 'linkAttendancePerson', { ...linking, attendanceId: 'khong-co' }, 'ATTENDANCE_NOT_FOUND');
    expect((await ok(service, 'linkAttendancePerson', linking)).eventTypes).toEqual(['AttendancePersonLinked']);
    await refused(service, 'linkAttendancePerson', linking, 'PERSON_ALREADY_LINKED');
    expect((await read()).attendances[0].persons).toEqual([
      { personId: 'nguyen-van-a', position: 'Chánh Văn phòng VKSND huyện Tri Tôn', person: { fullName: 'Nguyễn Văn A' } },
    ]);
    const person = (await service.gql(`{ person(id: "nguyen-van-a") { ceremonies { role position ceremony { ceremonyId } } } }`)).data!
      .person;
    expect(person.ceremonies).toEqual([
      { role: 'ATTENDEE', position: 'Chánh Văn phòng VKSND huyện Tri Tôn', ceremony: { ceremonyId: 'ag-2-le-2022' } },
    ]);
  });
});
