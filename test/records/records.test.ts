import { ceremonyDecider } from '../../src/records/domain/ceremony/decider';
import type { CeremonyEvent } from '../../src/records/domain/ceremony/events';
import { ParticipantRole } from '../../src/records/domain/ceremony/participant-role';
import { MeetingKind } from '../../src/records/domain/ceremony/meeting-kind';
import { clusterYearDecider } from '../../src/cluster/domain/year/decider';
import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { documentDecider, type RegisterDocument } from '../../src/records/domain/document/document';
import { DocumentKind } from '../../src/records/domain/document/document-kind';
import { IssuerKind } from '../../src/records/domain/document/document-issuer';
import { personDecider } from '../../src/records/domain/person/person';
import { specification } from '../support/decider-specification';
import { opened, y } from '../support/domain-fixtures';

describe('document register: RegisterDocument', () => {
  const given = specification(documentDecider);
  const fields = {
    documentId: 'kh-12',
    kind: null,
    number: null,
    issuedOn: null,
    issuerUnitId: null,
    title: null,
    issuerRegistered: false,
  };
  const register: RegisterDocument = { type: 'RegisterDocument', ...fields, citation: 'Kế hoạch số 12/KH-VKS ngày 10/01/2022' };
  const registered = {
    documentId: 'kh-12',
    kind: DocumentKind.PLAN,
    number: '12/KH-VKS',
    issuedOn: '2022-01-10',
    issuerUnitId: null,
    issuer: null,
    title: null,
  };

  it('reads the parts from the citation', () =>
    given([])
      .when(register)
      .then([{ type: 'DocumentRegistered', data: registered }]));
  it('lets given parts win over the citation', () =>
    given([])
      .when({
        ...register,
        title: 'Tổ chức lễ ký kết giao ước thi đua',
        issuerUnitId: 'vks-an-giang',
        issuerRegistered: true,
        issuedOn: '2022-01-11',
      })
      .then([
        {
          type: 'DocumentRegistered',
          data: {
            ...registered,
            title: 'Tổ chức lễ ký kết giao ước thi đua',
            issuerUnitId: 'vks-an-giang',
            issuer: { kind: IssuerKind.UNIT, id: 'vks-an-giang' },
            issuedOn: '2022-01-11',
          },
        },
      ]));
  it('takes the parts alone', () =>
    given([])
      .when({ ...register, citation: null, kind: DocumentKind.DECISION, number: '424/QĐ-VKSTC' })
      .then([
        { type: 'DocumentRegistered', data: { ...registered, kind: DocumentKind.DECISION, number: '424/QĐ-VKSTC', issuedOn: null } },
      ]));
  it('registers once: DOCUMENT_ALREADY_REGISTERED', () =>
    given([{ type: 'DocumentRegistered', data: registered }])
      .when(register)
      .thenThrows('DOCUMENT_ALREADY_REGISTERED'));
  it('refuses a citation it cannot read: CITATION_UNREADABLE', () =>
    given([])
      .when({ ...register, citation: 'Kế hoạch năm 2022' })
      .thenThrows('CITATION_UNREADABLE'));
  it('needs a number, or a title when it has none: DOCUMENT_NUMBER_REQUIRED', () =>
    given([])
      .when({ ...register, citation: null, kind: DocumentKind.PLAN })
      .thenThrows('DOCUMENT_NUMBER_REQUIRED'));
  it('needs a kind: DOCUMENT_KIND_REQUIRED', () =>
    given([])
      .when({ ...register, citation: null, number: '7/XYZ' })
      .thenThrows('DOCUMENT_KIND_REQUIRED'));
  it('needs a registered issuer: ISSUER_NOT_FOUND', () =>
    given([])
      .when({ ...register, issuerUnitId: 'khong-co' })
      .thenThrows('ISSUER_NOT_FOUND'));
});

describe('people: RegisterPerson', () => {
  const given = specification(personDecider);
  const register = { type: 'RegisterPerson' as const, personId: 'nguyen-kien-thinh', fullName: 'Nguyễn Kiến Thịnh' };
  it('records a full name', () =>
    given([])
      .when(register)
      .then([{ type: 'PersonRegistered', data: { personId: 'nguyen-kien-thinh', fullName: 'Nguyễn Kiến Thịnh' } }]));
  it('needs a name: FULL_NAME_REQUIRED', () =>
    given([])
      .when({ ...register, fullName: ' ' })
      .thenThrows('FULL_NAME_REQUIRED'));
  it('records once: PERSON_ALREADY_REGISTERED', () =>
    given([{ type: 'PersonRegistered', data: register }])
      .when(register)
      .thenThrows('PERSON_ALREADY_REGISTERED'));
});

describe('ceremonies', () => {
  const given = specification(ceremonyDecider);
  const ids = { ceremonyId: 'le-2022', clusterId: 'ag-2' };
  const record = {
    type: 'RecordCeremony' as const,
    ...ids,
    kind: MeetingKind.YEAR_END_REVIEW,
    heldOn: '2022-02-22',
    partOfDay: null,
    place: null,
    hostUnitId: null,
    organisingDocumentIds: [],
    legalBasisDocumentIds: [],
    reviewsYear: 2021 as number | null,
    reviewsHalf: null,
    launchesYear: 2022 as number | null,
    launchesHalf: null,
    clusterFormed: true,
    hostRegistered: false,
    unregisteredDocumentIds: [] as string[],
  };
  const { type: _t, clusterFormed: _c, hostRegistered: _h, unregisteredDocumentIds: _d, ...data } = record;
  const recorded: CeremonyEvent = { type: 'CeremonyRecorded', data };
  const participant = {
    type: 'AddCeremonyParticipant' as const,
    ...ids,
    personId: 'p',
    role: ParticipantRole.DIRECTING,
    position: 'Phó Viện trưởng VKSND tối cao',
    unitId: null,
    personRegistered: true,
    unitRegistered: false,
  };
  const review = {
    type: 'RecordCeremonyReview' as const,
    ...ids,
    summary: 'Hoàn thành tốt nhiệm vụ',
    commendations: [{ unitId: 'tan-chau', note: 'Bằng khen' }],
    leadingUnitId: 'tan-chau',
    basisDocumentIds: [] as string[],
    ranking: [] as { rank: number; unitId: string }[],
    proposals: [] as { unitId: string | null; words: string }[],
    reviewedYearMembers: ['tan-chau', 'tri-ton'] as string[] | null,
    unregisteredDocumentIds: [] as string[],
  };
  const reviewed = { half: null, basisDocumentIds: [], ranking: [], proposals: [] };

  it('records one ceremony that reviews a year and launches the next', () => given([]).when(record).then([recorded]));
  it('records a ceremony with only a date and the year it launches', () =>
    given([])
      .when({ ...record, kind: MeetingKind.SIGNING_CEREMONY, reviewsYear: null })
      .then([{ type: 'CeremonyRecorded', data: { ...data, kind: MeetingKind.SIGNING_CEREMONY, reviewsYear: null } }]));
  it('needs a year: CEREMONY_WITHOUT_YEAR', () =>
    given([])
      .when({ ...record, reviewsYear: null, launchesYear: null })
      .thenThrows('CEREMONY_WITHOUT_YEAR'));
  it('launches the year after the one it reviews: CEREMONY_YEARS_NOT_CONSECUTIVE', () =>
    given([])
      .when({ ...record, launchesYear: 2023 })
      .thenThrows('CEREMONY_YEARS_NOT_CONSECUTIVE'));
  it('needs a formed cluster: CLUSTER_NOT_FOUND', () =>
    given([])
      .when({ ...record, clusterFormed: false })
      .thenThrows('CLUSTER_NOT_FOUND'));
  it('needs a registered organising document: DOCUMENT_NOT_FOUND', () =>
    given([])
      .when({ ...record, organisingDocumentIds: ['kh-12'], unregisteredDocumentIds: ['kh-12'] })
      .thenThrows('DOCUMENT_NOT_FOUND'));
  it('needs a registered host: UNIT_NOT_FOUND', () =>
    given([])
      .when({ ...record, hostUnitId: 'x' })
      .thenThrows('UNIT_NOT_FOUND'));
  it('is recorded once: CEREMONY_ALREADY_RECORDED', () => given([recorded]).when(record).thenThrows('CEREMONY_ALREADY_RECORDED'));

  it('adds a directing official with the position of that day', () =>
    given([recorded])
      .when(participant)
      .then([
        {
          type: 'CeremonyParticipantAdded',
          data: { ceremonyId: 'le-2022', personId: 'p', role: ParticipantRole.DIRECTING, position: participant.position, unitId: null },
        },
      ]));
  it('needs the ceremony of that cluster: CEREMONY_NOT_FOUND', () =>
    given([recorded])
      .when({ ...participant, clusterId: 'other' })
      .thenThrows('CEREMONY_NOT_FOUND'));
  it('needs a recorded person: PERSON_NOT_FOUND', () =>
    given([recorded])
      .when({ ...participant, personRegistered: false })
      .thenThrows('PERSON_NOT_FOUND'));
  it('records a person in a role once: PARTICIPANT_ALREADY_RECORDED', () =>
    given([
      recorded,
      {
        type: 'CeremonyParticipantAdded',
        data: { ceremonyId: 'le-2022', personId: 'p', role: ParticipantRole.DIRECTING, position: null, unitId: null },
      },
    ])
      .when(participant)
      .thenThrows('PARTICIPANT_ALREADY_RECORDED'));

  it('records the review as reported, for the year it reviews', () =>
    given([recorded])
      .when(review)
      .then([
        {
          type: 'CeremonyReviewRecorded',
          data: {
            ceremonyId: 'le-2022',
            year: 2021,
            summary: review.summary,
            commendations: review.commendations,
            leadingUnitId: 'tan-chau',
            ...reviewed,
          },
        },
      ]));
  it('reviews only a ceremony that reviews a year: CEREMONY_REVIEWS_NO_YEAR', () =>
    given([{ type: 'CeremonyRecorded', data: { ...data, reviewsYear: null } }])
      .when(review)
      .thenThrows('CEREMONY_REVIEWS_NO_YEAR'));
  it('names members of the reviewed year: REVIEWED_UNIT_NOT_MEMBER', () =>
    given([recorded])
      .when({ ...review, leadingUnitId: 'an-phu' })
      .thenThrows('REVIEWED_UNIT_NOT_MEMBER'));
  it('takes any unit when the reviewed year is not in the records', () =>
    given([recorded])
      .when({ ...review, leadingUnitId: 'an-phu', reviewedYearMembers: null })
      .then([
        {
          type: 'CeremonyReviewRecorded',
          data: {
            ceremonyId: 'le-2022',
            year: 2021,
            summary: review.summary,
            commendations: review.commendations,
            leadingUnitId: 'an-phu',
            ...reviewed,
          },
        },
      ]));
  it('records the review once: REVIEW_ALREADY_RECORDED', () =>
    given([
      recorded,
      {
        type: 'CeremonyReviewRecorded',
        data: { ceremonyId: 'le-2022', year: 2021, summary: null, commendations: [], leadingUnitId: null, ...reviewed },
      },
    ])
      .when(review)
      .thenThrows('REVIEW_ALREADY_RECORDED'));
});

describe('cluster year: NameOfficeRepresentative', () => {
  const given = specification(clusterYearDecider);
  const rotated: ClusterYearEvent = {
    type: 'ChairRotated',
    data: { ...y, chairUnitId: 'tan-chau', viceChairUnitId: null, previousChairUnitId: null },
  };
  const name = {
    type: 'NameOfficeRepresentative' as const,
    ...y,
    office: 'CHAIR' as const,
    personId: 'p',
    position: 'Viện trưởng',
    personRegistered: true,
  };
  it('names who represented the chair unit that year', () =>
    given([opened, rotated])
      .when(name)
      .then([{ type: 'OfficeRepresentativeNamed', data: { ...y, office: 'CHAIR', personId: 'p', position: 'Viện trưởng' } }]));
  it('needs the office held: OFFICE_NOT_HELD', () =>
    given([opened, rotated])
      .when({ ...name, office: 'VICE_CHAIR' })
      .thenThrows('OFFICE_NOT_HELD'));
  it('needs a recorded person: PERSON_NOT_FOUND', () =>
    given([opened, rotated])
      .when({ ...name, personRegistered: false })
      .thenThrows('PERSON_NOT_FOUND'));
});
