import { MeetingKind } from '../../src/records/domain/ceremony/meeting-kind';
import { ParticipantRole } from '../../src/records/domain/ceremony/participant-role';
import { DocumentKind } from '../../src/records/domain/document/document-kind';
import { IssuerKind } from '../../src/records/domain/document/document-issuer';
import type { AnyDomainEvent } from '../../src/domain/events';
import { RecordsProjection } from '../../projections/records/records-projection';
import { specificationOf } from '../support/projection-specification';

const given = specificationOf(() => new RecordsProjection());

const plan: AnyDomainEvent = {
  type: 'DocumentRegistered',
  data: {
    documentId: 'kh-12',
    kind: DocumentKind.PLAN,
    number: '12/KH-VKS',
    issuedOn: '2022-01-10',
    issuerUnitId: 'vks-an-giang',
    issuer: { kind: IssuerKind.UNIT, id: 'vks-an-giang' },
    title: 'Kế hoạch tổ chức lễ ký kết giao ước thi đua',
  },
};
const ceremony = (ceremonyId: string, heldOn: string | null, reviewsYear: number | null): AnyDomainEvent => ({
  type: 'CeremonyRecorded',
  data: {
    ceremonyId,
    clusterId: 'ag-2',
    kind: reviewsYear === null ? MeetingKind.SIGNING_CEREMONY : MeetingKind.YEAR_END_REVIEW,
    heldOn,
    partOfDay: null,
    place: 'Hội trường VKSND huyện Tân Châu',
    hostUnitId: 'tan-chau',
    organisingDocumentIds: ['kh-12'],
    legalBasisDocumentIds: [],
    reviewsYear,
    reviewsHalf: null,
    launchesYear: reviewsYear === null ? null : reviewsYear + 1,
    launchesHalf: null,
  },
});
const attends = (ceremonyId: string, personId: string, role: ParticipantRole): AnyDomainEvent => ({
  type: 'CeremonyParticipantAdded',
  data: { ceremonyId, personId, role, position: 'Viện trưởng', unitId: 'tan-chau' },
});
const person = (personId: string, fullName: string): AnyDomainEvent => ({ type: 'PersonRegistered', data: { personId, fullName } });
const named = (office: 'CHAIR' | 'VICE_CHAIR', personId: string, year = 2022): AnyDomainEvent => ({
  type: 'OfficeRepresentativeNamed',
  data: { clusterId: 'ag-2', year, office, personId, position: 'Viện trưởng' },
});

describe('RecordsProjection', () => {
  it('finds a registered document by its id and by its number however the number is typed', () =>
    given(plan).then((records) => {
      expect(records.document('kh-12')).toEqual({ ...plan.data, signer: null, pages: null });
      expect(records.documentsNumbered(' 12/kh-vks ').map((d) => d.documentId)).toEqual(['kh-12']);
      expect(records.documentsNumbered('13/KH-VKS')).toEqual([]);
      expect(records.allDocuments().map((d) => d.documentId)).toEqual(['kh-12']);
    }));

  it('a number registered twice finds both documents, never only the first', () =>
    given(plan, { type: 'DocumentRegistered', data: { ...(plan.data as object), documentId: 'kh-12-ban-sao' } } as AnyDomainEvent).then(
      (records) => {
        expect(records.documentsNumbered('12/KH-VKS').map((d) => d.documentId)).toEqual(['kh-12', 'kh-12-ban-sao']);
        expect(records.allDocuments()).toHaveLength(2);
      },
    ));

  it('a document or person asked for before its registration is not there', () =>
    given(plan, person('nguyen-van-an', 'Nguyễn Văn An')).then((records) => {
      expect(records.person('nguyen-van-an')).toEqual({ personId: 'nguyen-van-an', fullName: 'Nguyễn Văn An' });
      expect(records.person('nguyen-van-an', 1)).toBeUndefined();
      expect(records.document('kh-12', 0)).toBeUndefined();
      expect(records.allDocuments(0)).toEqual([]);
    }));

  it("a cluster's ceremonies come oldest first, with their participants and, once recorded, the review", () =>
    given(
      ceremony('le-2023', '2023-01-20', 2022),
      ceremony('le-2022', '2022-02-24', null),
      attends('le-2023', 'nguyen-van-an', ParticipantRole.PRESIDING),
      {
        type: 'CeremonyReviewRecorded',
        data: {
          ceremonyId: 'le-2023',
          year: 2022,
          summary: 'Hoàn thành xuất sắc',
          commendations: [{ unitId: 'tri-ton', note: 'Cờ thi đua' }],
          leadingUnitId: 'tri-ton',
          half: null,
          basisDocumentIds: [],
          ranking: [],
          proposals: [],
        },
      },
    ).then((records) => {
      expect(records.ceremoniesOf('ag-2').map((c) => c.ceremonyId)).toEqual(['le-2022', 'le-2023']);
      expect(records.ceremoniesOf('ag-1')).toEqual([]);
      expect(records.ceremony('le-2023')).toMatchObject({
        participants: [{ personId: 'nguyen-van-an', role: 'PRESIDING', position: 'Viện trưởng', unitId: 'tan-chau' }],
        review: { year: 2022, commendations: [{ unitId: 'tri-ton', note: 'Cờ thi đua' }], leadingUnitId: 'tri-ton' },
      });
      // As known before the review was recorded (position 3), the ceremony has its participant and no review.
      expect(records.ceremony('le-2023', 3)).toMatchObject({ participants: [{ personId: 'nguyen-van-an' }], review: null });
      expect(records.ceremony('le-2023', 2)?.participants).toEqual([]);
    }));

  it('a meeting known to the month or the year sorts at that month or year, before the days within it; one with no date last', () =>
    given(
      ceremony('khong-ngay', null, null),
      ceremony('ngay-20', '2023-01-20', null),
      ceremony('nam-2023', '2023', null),
      ceremony('thang-01', '2023-01', null),
      ceremony('thang-12-2022', '2022-12', null),
    ).then((records) => {
      expect(records.ceremoniesOf('ag-2').map((c) => c.ceremonyId)).toEqual([
        'thang-12-2022',
        'nam-2023',
        'thang-01',
        'ngay-20',
        'khong-ngay',
      ]);
      expect(records.ceremony('thang-01')?.heldOn).toBe('2023-01');
    }));

  it("a person's ceremonies are those they took part in, in any role, oldest first, as known at the position asked", () =>
    given(
      ceremony('le-2023', '2023-01-20', 2022),
      ceremony('le-2022', '2022-02-24', null),
      attends('le-2023', 'nguyen-van-an', ParticipantRole.SPEAKER),
      attends('le-2022', 'nguyen-van-an', ParticipantRole.SIGNATORY),
      attends('le-2022', 'tran-thi-binh', ParticipantRole.WITNESS),
    ).then((records) => {
      expect(records.ceremoniesOfPerson('nguyen-van-an').map((c) => c.ceremonyId)).toEqual(['le-2022', 'le-2023']);
      expect(records.ceremoniesOfPerson('nguyen-van-an', 3).map((c) => c.ceremonyId)).toEqual(['le-2023']);
      expect(records.ceremoniesOfPerson('tran-thi-binh').map((c) => c.ceremonyId)).toEqual(['le-2022']);
      expect(records.ceremoniesOfPerson('le-van-cuong')).toEqual([]);
    }));

  it('a participant or review of a ceremony never recorded invents no ceremony', () =>
    given(attends('khong-co', 'nguyen-van-an', ParticipantRole.ATTENDEE)).then((records) => {
      expect(records.ceremony('khong-co')).toBeUndefined();
      expect(records.ceremoniesOfPerson('nguyen-van-an')).toEqual([]);
    }));

  it("naming an office's representative again replaces only that office's, and only in that year", () =>
    given(
      named('CHAIR', 'nguyen-van-an'),
      named('VICE_CHAIR', 'tran-thi-binh'),
      named('CHAIR', 'le-van-cuong'),
      named('CHAIR', 'pham-van-dung', 2023),
    ).then((records) => {
      expect(records.representativesOf('ag-2', 2022)).toEqual([
        { office: 'VICE_CHAIR', personId: 'tran-thi-binh', position: 'Viện trưởng' },
        { office: 'CHAIR', personId: 'le-van-cuong', position: 'Viện trưởng' },
      ]);
      expect(records.representativesOf('ag-2', 2022, 2).map((r) => r.personId)).toEqual(['nguyen-van-an', 'tran-thi-binh']);
      expect(records.representativesOf('ag-2', 2023).map((r) => r.personId)).toEqual(['pham-van-dung']);
      expect(records.representativesOf('ag-1', 2022)).toEqual([]);
    }));
});
