import { councilDecider } from '../../src/records/domain/council/decider';
import type { AppointCouncilMember, RegisterCouncil } from '../../src/records/domain/council/commands';
import { CouncilCapacity } from '../../src/records/domain/council/council-capacity';
import type { CouncilEvent } from '../../src/records/domain/council/events';
import { certainlyOverlap, holdsOn } from '../../src/records/domain/council/membership-period';
import { CouncilLevel } from '../../src/records/domain/document/document-issuer';
import { documentDecider, type DocumentEvent, type RegisterDocument } from '../../src/records/domain/document/document';
import { DocumentKind } from '../../src/records/domain/document/document-kind';
import { IssuerKind, type CouncilIssuer } from '../../src/records/domain/document/document-issuer';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { specification } from '../support/decider-specification';

const given = specification(councilDecider);

const registerProvincial: RegisterCouncil = {
  type: 'RegisterCouncil',
  councilId: 'hdtdkt-ag',
  name: 'Hội đồng Thi đua – Khen thưởng VKSND tỉnh An Giang',
  level: CouncilLevel.PROVINCIAL,
  unitId: 'vks-an-giang',
  unitLevel: UnitLevel.PROVINCIAL,
  seatTakenBy: null,
};
const registered: CouncilEvent = {
  type: 'CouncilRegistered',
  data: { councilId: 'hdtdkt-ag', name: registerProvincial.name, level: CouncilLevel.PROVINCIAL, unitId: 'vks-an-giang' },
};

describe('councils: RegisterCouncil', () => {
  it('registers a provincial council at its provincial procuracy', () => given([]).when(registerProvincial).then([registered]));
  it('registers the sector council with no unit', () =>
    given([])
      .when({
        ...registerProvincial,
        councilId: 'hdtdkt-nganh',
        name: ' Hội đồng Thi đua – Khen thưởng ngành ',
        level: CouncilLevel.SECTOR,
        unitId: null,
        unitLevel: null,
      })
      .then([
        {
          type: 'CouncilRegistered',
          data: { councilId: 'hdtdkt-nganh', name: 'Hội đồng Thi đua – Khen thưởng ngành', level: CouncilLevel.SECTOR, unitId: null },
        },
      ]));
  it('registers once: COUNCIL_ALREADY_REGISTERED', () =>
    given([registered]).when(registerProvincial).thenThrows('COUNCIL_ALREADY_REGISTERED'));
  it('refuses a second sector council: SECTOR_COUNCIL_EXISTS', () =>
    given([])
      .when({ ...registerProvincial, councilId: 'hd-nganh-2', level: CouncilLevel.SECTOR, unitId: null, seatTakenBy: 'hdtdkt-nganh' })
      .thenThrows('SECTOR_COUNCIL_EXISTS', /hdtdkt-nganh/));
  it("refuses a unit's second council: UNIT_COUNCIL_EXISTS", () =>
    given([])
      .when({ ...registerProvincial, councilId: 'hd-ag-2', seatTakenBy: 'hdtdkt-ag' })
      .thenThrows('UNIT_COUNCIL_EXISTS', /vks-an-giang/));
  it('needs the unit of a provincial council: COUNCIL_UNIT_REQUIRED', () =>
    given([])
      .when({ ...registerProvincial, unitId: null, unitLevel: null })
      .thenThrows('COUNCIL_UNIT_REQUIRED'));
  it('refuses an unknown unit: UNIT_NOT_FOUND', () =>
    given([])
      .when({ ...registerProvincial, unitLevel: null })
      .thenThrows('UNIT_NOT_FOUND', /vks-an-giang/));
  it('refuses a provincial council at a district procuracy, naming both levels: COUNCIL_LEVEL_MISMATCH', () =>
    given([])
      .when({ ...registerProvincial, unitLevel: UnitLevel.DISTRICT })
      .thenThrows('COUNCIL_LEVEL_MISMATCH', /VKSND cấp tỉnh.*DISTRICT/));
  it('refuses a blank name: COUNCIL_NAME_REQUIRED', () =>
    given([])
      .when({ ...registerProvincial, name: '  ' })
      .thenThrows('COUNCIL_NAME_REQUIRED'));
});

const appoint: AppointCouncilMember = {
  type: 'AppointCouncilMember',
  councilId: 'hdtdkt-ag',
  membershipId: 'tv-1',
  personId: 'nguyen-van-a',
  capacity: CouncilCapacity.CHAIR,
  from: '2021-03',
  to: null,
  appointingDocumentId: 'qd-45',
  personRegistered: true,
  documentRegistered: true,
};
const appointed: CouncilEvent = {
  type: 'CouncilMemberAppointed',
  data: {
    councilId: 'hdtdkt-ag',
    membershipId: 'tv-1',
    personId: 'nguyen-van-a',
    capacity: CouncilCapacity.CHAIR,
    from: '2021-03',
    to: null,
    appointingDocumentId: 'qd-45',
  },
};

describe('councils: AppointCouncilMember', () => {
  it('appoints a member in a capacity from a month, by a registered document', () => given([registered]).when(appoint).then([appointed]));
  it('needs a registered council: COUNCIL_NOT_FOUND', () => given([]).when(appoint).thenThrows('COUNCIL_NOT_FOUND'));
  it('needs a registered person: PERSON_NOT_FOUND', () =>
    given([registered])
      .when({ ...appoint, personRegistered: false })
      .thenThrows('PERSON_NOT_FOUND', /nguyen-van-a/));
  it('needs the appointing document in the register: DOCUMENT_NOT_FOUND', () =>
    given([registered])
      .when({ ...appoint, documentRegistered: false })
      .thenThrows('DOCUMENT_NOT_FOUND', /qd-45/));
  it('takes no document when none is named', () =>
    given([registered])
      .when({ ...appoint, appointingDocumentId: null, documentRegistered: false })
      .then([{ ...appointed, data: { ...appointed.data, appointingDocumentId: null } }]));
  it('refuses a reused membership id: COUNCIL_MEMBERSHIP_EXISTS', () =>
    given([registered, appointed])
      .when({ ...appoint, capacity: CouncilCapacity.MEMBER })
      .thenThrows('COUNCIL_MEMBERSHIP_EXISTS'));
  it('refuses the same person in the same capacity for an overlapping period: COUNCIL_MEMBERSHIP_OVERLAPS', () =>
    given([registered, appointed])
      .when({ ...appoint, membershipId: 'tv-2', from: '2023' })
      .thenThrows('COUNCIL_MEMBERSHIP_OVERLAPS', /Chủ tịch.*tv-1/));
  it('lets the same person hold another capacity at the same time', () =>
    given([registered, appointed])
      .when({ ...appoint, membershipId: 'tv-2', capacity: CouncilCapacity.STANDING })
      .then([{ ...appointed, data: { ...appointed.data, membershipId: 'tv-2', capacity: CouncilCapacity.STANDING } }]));
  it('refuses an end on or before the start: COUNCIL_MEMBERSHIP_ENDS_BEFORE_START', () =>
    given([registered])
      .when({ ...appoint, from: '2022-05-10', to: '2022-04' })
      .thenThrows('COUNCIL_MEMBERSHIP_ENDS_BEFORE_START'));
  it('refuses a date that does not exist: COUNCIL_DATE_INVALID', () =>
    given([registered])
      .when({ ...appoint, from: '2022-02-30' })
      .thenThrows('COUNCIL_DATE_INVALID', /2022-02-30/));
});

describe('councils: EndCouncilMembership and CorrectCouncilMember', () => {
  const end = {
    type: 'EndCouncilMembership' as const,
    councilId: 'hdtdkt-ag',
    membershipId: 'tv-1',
    endedOn: '2024-01',
    reason: 'Nghỉ hưu',
  };
  const ended: CouncilEvent = {
    type: 'CouncilMembershipEnded',
    data: { councilId: 'hdtdkt-ag', membershipId: 'tv-1', endedOn: '2024-01', reason: 'Nghỉ hưu' },
  };

  it('ends a membership on a date, with the reason', () => given([registered, appointed]).when(end).then([ended]));
  it('needs a reason: REASON_REQUIRED', () =>
    given([registered, appointed])
      .when({ ...end, reason: ' ' })
      .thenThrows('REASON_REQUIRED'));
  it('refuses an end before the start: COUNCIL_MEMBERSHIP_ENDS_BEFORE_START', () =>
    given([registered, appointed])
      .when({ ...end, endedOn: '2020-12-31' })
      .thenThrows('COUNCIL_MEMBERSHIP_ENDS_BEFORE_START'));
  it('ends once: COUNCIL_MEMBERSHIP_ENDED', () =>
    given([registered, appointed, ended])
      .when(end)
      .thenThrows('COUNCIL_MEMBERSHIP_ENDED', /correctCouncilMember/));
  it('refuses an unknown membership: COUNCIL_MEMBERSHIP_NOT_FOUND', () =>
    given([registered]).when(end).thenThrows('COUNCIL_MEMBERSHIP_NOT_FOUND'));
  it('lets the same capacity be held again after the end', () =>
    given([registered, appointed, ended])
      .when({ ...appoint, membershipId: 'tv-2', from: '2024-01' })
      .then([{ ...appointed, data: { ...appointed.data, membershipId: 'tv-2', from: '2024-01' } }]));

  const correct = {
    type: 'CorrectCouncilMember' as const,
    councilId: 'hdtdkt-ag',
    membershipId: 'tv-1',
    changes: { capacity: CouncilCapacity.VICE_CHAIR, appointingDocumentId: null },
    reason: 'Báo cáo ghi nhầm cương vị',
    documentRegistered: false,
  };
  it('corrects the terms that change, with the reason', () =>
    given([registered, appointed])
      .when(correct)
      .then([
        {
          type: 'CouncilMemberCorrected',
          data: { councilId: 'hdtdkt-ag', membershipId: 'tv-1', changes: correct.changes, reason: correct.reason },
        },
      ]));
  it('refuses a correction that changes nothing: COUNCIL_MEMBER_CHANGE_EMPTY', () =>
    given([registered, appointed])
      .when({ ...correct, changes: { capacity: CouncilCapacity.CHAIR } })
      .thenThrows('COUNCIL_MEMBER_CHANGE_EMPTY'));
  it('refuses a correction into an overlap: COUNCIL_MEMBERSHIP_OVERLAPS', () =>
    given([registered, appointed, { ...appointed, data: { ...appointed.data, membershipId: 'tv-2', capacity: CouncilCapacity.MEMBER } }])
      .when({ ...correct, membershipId: 'tv-2', changes: { capacity: CouncilCapacity.CHAIR } })
      .thenThrows('COUNCIL_MEMBERSHIP_OVERLAPS'));
});

describe('membership periods as partial dates', () => {
  it('holds on a date only when certainly started and not ended', () => {
    expect(holdsOn({ from: '2021-03', to: null }, '2021-04-02')).toBe(true);
    expect(holdsOn({ from: '2021-03', to: null }, '2021-03-15')).toBe(false);
    expect(holdsOn({ from: '2021-03', to: null }, '2021')).toBe(false);
    expect(holdsOn({ from: '2021-03', to: '2024-01' }, '2023-12-31')).toBe(true);
    expect(holdsOn({ from: '2021-03', to: '2024-01' }, '2024-01-20')).toBe(false);
  });
  it('overlaps only when some day is certainly in both', () => {
    expect(certainlyOverlap({ from: '2020', to: '2021' }, { from: '2021', to: null })).toBe(false);
    expect(certainlyOverlap({ from: '2020', to: '2022' }, { from: '2021', to: null })).toBe(true);
    expect(certainlyOverlap({ from: '2020-01-01', to: '2020-06-01' }, { from: '2020-06-01', to: null })).toBe(false);
  });
});

describe('document register: a council body as issuer', () => {
  const given = specification(documentDecider);
  const register: RegisterDocument = {
    type: 'RegisterDocument',
    documentId: 'qd-45',
    citation: null,
    kind: DocumentKind.DECISION,
    number: '45/QĐ-HĐTĐKT',
    issuedOn: '2021-03-02',
    issuerUnitId: null,
    title: null,
    issuerCouncilId: 'hdtdkt-ag',
    issuerRegistered: true,
    councilBody: { id: 'hdtdkt-ag', name: registerProvincial.name, level: CouncilLevel.PROVINCIAL, unitId: 'vks-an-giang' },
  };
  /** Decision 45 as registered, its issuer the council given. */
  const registeredBy = (council: CouncilIssuer): DocumentEvent => ({
    type: 'DocumentRegistered',
    data: {
      documentId: 'qd-45',
      kind: DocumentKind.DECISION,
      number: '45/QĐ-HĐTĐKT',
      issuedOn: '2021-03-02',
      issuerUnitId: null,
      issuer: { kind: IssuerKind.COUNCIL, ...council },
      title: null,
    },
  });
  it('stores the council as a council named in words is stored, from its body', () =>
    given([])
      .when(register)
      .then([registeredBy(register.councilBody!)]));
  it('refuses a council id with no body: ISSUER_NOT_FOUND', () =>
    given([])
      .when({ ...register, issuerRegistered: false, councilBody: null })
      .thenThrows('ISSUER_NOT_FOUND', /hdtdkt-ag/));
  const inWords = { id: 'hdtdkt-ag', name: 'Hội đồng TĐKT tỉnh An Giang', level: CouncilLevel.PROVINCIAL, unitId: 'vks-an-giang' };
  it('takes a council named in words under the id of its body, whatever name the report writes', () =>
    given([])
      .when({ ...register, issuerCouncilId: null, issuerCouncil: inWords })
      .then([registeredBy(inWords)]));
  it('refuses a council in words under the id of a body of another level: COUNCIL_ISSUER_MISMATCH', () =>
    given([])
      .when({ ...register, issuerCouncilId: null, issuerCouncil: { ...inWords, level: CouncilLevel.UNIT } })
      .thenThrows('COUNCIL_ISSUER_MISMATCH', /issuerCouncilId/));
  it('refuses a council id beside another issuer: DOCUMENT_ISSUER_CONFLICT', () =>
    given([])
      .when({ ...register, issuerUnitId: 'vks-an-giang' })
      .thenThrows('DOCUMENT_ISSUER_CONFLICT'));
});
