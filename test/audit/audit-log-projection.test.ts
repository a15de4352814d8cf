import { AuditLogProjection } from '../../projections/audit/audit-log-projection';
import { MeetingKind } from '../../src/records/domain/ceremony/meeting-kind';
import { ParticipantRole } from '../../src/records/domain/ceremony/participant-role';
import { IssuerKind, type DocumentIssuer } from '../../src/records/domain/document/document-issuer';
import { DocumentKind } from '../../src/records/domain/document/document-kind';
import { DocumentRelationKind } from '../../src/records/domain/document/document-relation';
import { recorded, specificationOf, type Given } from '../support/projection-specification';

const given = specificationOf(() => new AuditLogProjection());
const y = { clusterId: 'ag-2', year: 2022 };
const by = (id: string) => ({ actor: { id, name: null, role: 'CLUSTER_OFFICER', unitId: null } });

const year: Given[] = [
  { type: 'ClusterYearOpened', data: { ...y, memberUnitIds: ['tan-chau', 'tri-ton'] }, metadata: by('to-truong') },
  {
    type: 'ChairRotated',
    data: { ...y, chairUnitId: 'tri-ton', viceChairUnitId: null, previousChairUnitId: null },
    metadata: by('to-truong'),
  },
  { type: 'AwardProposed', data: { ...y, awardId: 'a1', unitId: 'tan-chau', titleId: 'tap-the-xuat-sac' }, metadata: by('cum-truong') },
  { type: 'ClusterYearOpened', data: { clusterId: 'ag-2', year: 2023, memberUnitIds: ['tri-ton'] }, metadata: by('to-truong') },
  {
    type: 'AwardDecided',
    data: { ...y, awardId: 'a1', decisionNumber: '12/QĐ', decisionDate: '2023-01-10', signer: 'Viện trưởng' },
    metadata: by('vien-truong'),
  },
];

describe('AuditLogProjection', () => {
  it("finds an award's later events under the unit it was proposed for, though they name only the award", () =>
    given(...year).then((audit) => expect(audit.page({ unitId: 'tan-chau' }, 10, false, null).positions).toEqual([1, 3, 5])));

  it('combines filters: actor, year and event type must all hold', () =>
    given(...year).then((audit) => {
      expect(audit.page({ actorId: 'to-truong', year: 2022 }, 10, false, null).positions).toEqual([1, 2]);
      expect(audit.page({ eventType: 'ClusterYearOpened', year: 2023 }, 10, false, null).positions).toEqual([4]);
      expect(audit.page({ unitId: 'tri-ton', actorId: 'vien-truong' }, 10, false, null).positions).toEqual([]);
    }));

  it("knows each actor's latest name at any position; a token without a name does not erase it", () => {
    const named = (name: string | null) => ({ actor: { id: 'nguyen-van-a', name, role: 'ADMIN', unitId: null } });
    const opened = (year: number) => ({ clusterId: 'ag-2', year, memberUnitIds: ['tan-chau'] });
    return given(
      { type: 'ClusterYearOpened', data: opened(2022), metadata: by('to-truong') },
      { type: 'ClusterYearOpened', data: opened(2023), metadata: named('Nguyễn Văn A') },
      { type: 'ClusterYearOpened', data: opened(2024), metadata: named(null) },
      { type: 'ClusterYearOpened', data: opened(2025), metadata: named('Nguyễn Văn A (Phó Viện trưởng)') },
    ).then((audit) => {
      expect([1, 2, 3, 4].map((at) => audit.nameOf('nguyen-van-a', at))).toEqual([
        null,
        'Nguyễn Văn A',
        'Nguyễn Văn A',
        'Nguyễn Văn A (Phó Viện trưởng)',
      ]);
      expect(audit.nameOf('nguyen-van-a', 'current')).toBe('Nguyễn Văn A (Phó Viện trưởng)');
      expect(audit.nameOf('to-truong', 'current')).toBeNull();
    });
  });

  it('pages newest first from a cursor, says whether more remain, and keeps to the position bounds', () =>
    given(...year).then((audit) => {
      expect(audit.page({ clusterId: 'ag-2' }, 2, true, null)).toEqual({ positions: [5, 4], hasMore: true });
      expect(audit.page({ clusterId: 'ag-2' }, 2, true, 4)).toEqual({ positions: [3, 2], hasMore: true });
      expect(audit.page({ clusterId: 'ag-2' }, 2, true, 2)).toEqual({ positions: [1], hasMore: false });
      expect(audit.page({ fromPosition: 2, toPosition: 3 }, 10, false, null)).toEqual({ positions: [2, 3], hasMore: false });
    }));

  it('finds the awards of the units of a cluster in its years under the cluster', () =>
    given(...year).then((audit) =>
      expect(audit.page({ clusterId: 'ag-2', eventType: 'AwardDecided' }, 10, false, null).positions).toEqual([5]),
    ));
});

const person = (personId: string, fullName: string): Given => ({ type: 'PersonRegistered', data: { personId, fullName } });
const documentRegistered = (documentId: string, kind: DocumentKind, issuer: DocumentIssuer | null = null): Given => ({
  type: 'DocumentRegistered',
  data: { documentId, kind, number: null, issuedOn: '2022', issuerUnitId: null, issuer, title: documentId },
});
const ceremony = (ceremonyId: string, clusterId: string, legalBasisDocumentId: string): Given => ({
  type: 'CeremonyRecorded',
  data: {
    ceremonyId,
    clusterId,
    kind: MeetingKind.SIGNING_CEREMONY,
    heldOn: '2022-02',
    partOfDay: null,
    place: null,
    hostUnitId: null,
    organisingDocumentIds: [],
    legalBasisDocumentIds: [legalBasisDocumentId],
    reviewsYear: 2021,
    reviewsHalf: null,
    launchesYear: 2022,
    launchesHalf: null,
  },
});

/** Two clusters, their ceremonies, the persons and documents those name, in the order reports come in. */
const records: Given[] = [
  person('nguyen-van-a', 'Nguyễn Văn A'), // 1
  person('tran-thi-b', 'Trần Thị B'), // 2
  documentRegistered('ct-02-2022', DocumentKind.DIRECTIVE), // 3
  documentRegistered('kh-12-2022', DocumentKind.PLAN), // 4
  { type: 'ClusterYearOpened', data: { clusterId: 'ag-2', year: 2022, memberUnitIds: ['tan-chau', 'tri-ton'] } }, // 5
  ceremony('le-ag-2', 'ag-2', 'ct-02-2022'), // 6
  ceremony('le-ag-3', 'ag-3', 'ct-02-2022'), // 7
  {
    type: 'CeremonyParticipantAdded',
    data: { ceremonyId: 'le-ag-2', personId: 'nguyen-van-a', role: ParticipantRole.DIRECTING, position: null, unitId: null },
  }, // 8
  {
    type: 'CeremonyAttendanceRecorded',
    data: {
      ceremonyId: 'le-ag-2',
      attendanceId: 'cvp',
      role: ParticipantRole.ATTENDEE,
      unitId: null,
      group: 'Chánh Văn phòng',
      count: null,
    },
  }, // 9
  { type: 'AttendancePersonLinked', data: { ceremonyId: 'le-ag-2', attendanceId: 'cvp', personId: 'tran-thi-b', position: null } }, // 10
  {
    type: 'CeremonyReviewRecorded',
    data: {
      ceremonyId: 'le-ag-2',
      year: 2021,
      half: null,
      summary: null,
      commendations: [],
      leadingUnitId: 'tri-ton',
      basisDocumentIds: [],
      ranking: [],
      proposals: [],
    },
  }, // 11
  { type: 'DocumentCorrected', data: { documentId: 'ct-02-2022', changes: { issuedOn: '2022-12-27' }, reason: 'Ngày ban hành' } }, // 12
  {
    type: 'OfficeRepresentativeNamed',
    data: { clusterId: 'ag-3', year: 2022, office: 'CHAIR', personId: 'nguyen-van-a', position: 'Viện trưởng' },
  }, // 13
  {
    type: 'DocumentsRelated',
    data: { documentId: 'ct-02-2022', relation: DocumentRelationKind.AMENDS, relatedDocumentId: 'kh-12-2022', relatedOn: null },
  }, // 14
];

describe('AuditLogProjection: what concerns a cluster, and a person', () => {
  const trail = (audit: AuditLogProjection, filter: Parameters<AuditLogProjection['page']>[0]) =>
    audit.page(filter, 100, false, null).positions;

  it("holds a cluster's ceremonies with their later events, which name only the ceremony, and the persons and documents they name", () =>
    given(...records).then((audit) => expect(trail(audit, { clusterId: 'ag-2' })).toEqual([1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 14])));

  it('finds a document cited by two clusters, and its later events, in both trails', () =>
    given(...records).then((audit) => {
      expect(trail(audit, { clusterId: 'ag-3' })).toEqual([1, 3, 7, 12, 13, 14]);
      expect(trail(audit, { clusterId: 'ag-3', eventType: 'DocumentCorrected' })).toEqual([12]);
    }));

  it("leaves out what a cited document's own events name: the plan the directive amends is not the cluster's", () =>
    given(...records).then((audit) => {
      expect(trail(audit, { clusterId: 'ag-2', eventType: 'DocumentRegistered' })).toEqual([3]);
      expect(trail(audit, { clusterId: 'ag-2', personId: 'nguyen-van-a' })).toEqual([1, 8]);
    }));

  it('finds every event naming a person: the registration, participations, attendance links and the offices they represent', () =>
    given(...records).then((audit) => {
      expect(trail(audit, { personId: 'nguyen-van-a' })).toEqual([1, 8, 13]);
      expect(trail(audit, { personId: 'tran-thi-b' })).toEqual([2, 10]);
    }));

  it('answers an empty trail for a cluster or person no event names, as for an unknown unit', () =>
    given(...records).then((audit) => {
      expect(trail(audit, { clusterId: 'khong-co' })).toEqual([]);
      expect(trail(audit, { personId: 'khong-co' })).toEqual([]);
      expect(trail(audit, { unitId: 'khong-co' })).toEqual([]);
    }));

  it('builds the index a replay builds: newest first reads it backwards, and matching each event alone (live) agrees with it', () =>
    given(...records).then((audit) => {
      for (const filter of [{ clusterId: 'ag-2' }, { clusterId: 'ag-3' }, { personId: 'nguyen-van-a' }]) {
        const live = recorded(records)
          .filter((event) => audit.matches(event, filter))
          .map((event) => event.position);
        expect(trail(audit, filter)).toEqual(live);
        expect(audit.page(filter, 100, true, null).positions).toEqual([...live].reverse());
      }
    }));

  it('holds a document the cluster issued (its plan) under the cluster', () =>
    given(documentRegistered('kh-cum-2022', DocumentKind.PLAN, { kind: IssuerKind.CLUSTER, id: 'ag-2' }), {
      type: 'DocumentCompleted',
      data: { documentId: 'kh-cum-2022', details: { signer: 'Cụm trưởng' } },
    }).then((audit) => expect(trail(audit, { clusterId: 'ag-2' })).toEqual([1, 2])));

  it('picks up an event type it has never seen that names a ceremony, a document or a person by a field spelled like the others', () => {
    const citedLater = {
      type: 'CeremonyLegalBasesCited',
      data: { ceremonyId: 'le-ag-2', changes: { legalBasisDocumentIds: ['kh-12-2022'], signerPersonId: 'tran-thi-b' } },
    } as unknown as Given;
    return given(...records, citedLater).then((audit) => {
      expect(trail(audit, { clusterId: 'ag-2', eventType: 'DocumentRegistered' })).toEqual([3, 4]);
      expect(trail(audit, { personId: 'tran-thi-b' })).toEqual([2, 10, 15]);
    });
  });
});
