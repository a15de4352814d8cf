import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordsProjection } from '../../projections/records/records-projection';
import { ProjectionRunner } from '../../projections/runner';
import { domainUpcasters } from '../../src/domain/upcasters';
import { openStore } from '../../src/eventstore/open-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { Upcasters } from '../../src/eventstore/upcasters';
import type { RecordCeremony, RecordCeremonyReview } from '../../src/records/domain/ceremony/commands';
import { ceremonyDecider } from '../../src/records/domain/ceremony/decider';
import type { CeremonyEvent } from '../../src/records/domain/ceremony/events';
import { MeetingKind, PartOfDay } from '../../src/records/domain/ceremony/meeting-kind';
import { specification } from '../support/decider-specification';

const given = specification(ceremonyDecider);
const ids = { ceremonyId: 'so-ket-2023', clusterId: 'cum-9' };

/** A six-month review known only by its month: "tháng 7 năm 2023". */
const midYear: RecordCeremony = {
  type: 'RecordCeremony',
  ...ids,
  kind: MeetingKind.MID_YEAR_REVIEW,
  heldOn: '2023-07',
  partOfDay: null,
  place: null,
  hostUnitId: null,
  organisingDocumentIds: ['kh-so-ket'],
  legalBasisDocumentIds: ['ct-02-2023', 'hd-15'],
  reviewsYear: 2023,
  reviewsHalf: 1,
  launchesYear: null,
  launchesHalf: null,
  clusterFormed: true,
  hostRegistered: false,
  unregisteredDocumentIds: [],
};
const { type: _t, clusterFormed: _c, hostRegistered: _h, unregisteredDocumentIds: _u, ...recordedData } = midYear;
const recorded: CeremonyEvent = { type: 'CeremonyRecorded', data: recordedData };

const review: RecordCeremonyReview = {
  type: 'RecordCeremonyReview',
  ...ids,
  summary: null,
  commendations: [],
  leadingUnitId: 'vks-hai-phong',
  basisDocumentIds: ['bc-so-ket'],
  ranking: [
    { rank: 1, unitId: 'vks-hai-phong' },
    { rank: 2, unitId: 'vks-quang-ninh' },
    { rank: 2, unitId: 'vks-thai-binh' },
  ],
  proposals: [
    { unitId: null, words: 'Đề nghị tặng Bằng khen của Viện trưởng VKSND tối cao cho 02 tập thể' },
    { unitId: 'vks-hai-phong', words: 'Cờ thi đua' },
  ],
  reviewedYearMembers: null,
  unregisteredDocumentIds: [],
};

describe('meetings: a kind, a date as the report gives it, the period reviewed or launched, the documents cited', () => {
  it('records a six-month review known only by its month, with its legal bases and organising plan', () =>
    given([]).when(midYear).then([recorded]));
  it('records a council session with no date and no period', () =>
    given([])
      .when({ ...midYear, kind: MeetingKind.COUNCIL_SESSION, heldOn: null, reviewsYear: null, reviewsHalf: null })
      .then([
        {
          type: 'CeremonyRecorded',
          data: { ...recordedData, kind: MeetingKind.COUNCIL_SESSION, heldOn: null, reviewsYear: null, reviewsHalf: null },
        },
      ]));
  it('keeps the part of the day when the date is known to the day', () =>
    given([])
      .when({ ...midYear, heldOn: '2023-07-14', partOfDay: PartOfDay.MORNING })
      .then([{ type: 'CeremonyRecorded', data: { ...recordedData, heldOn: '2023-07-14', partOfDay: PartOfDay.MORNING } }]));
  it('refuses an impossible date: CEREMONY_DATE_INVALID', () =>
    given([])
      .when({ ...midYear, heldOn: '2023-02-30' })
      .thenThrows('CEREMONY_DATE_INVALID', /2023-02-30/));
  it('refuses a part of the day without the day: PART_OF_DAY_WITHOUT_DAY', () =>
    given([])
      .when({ ...midYear, partOfDay: PartOfDay.AFTERNOON })
      .thenThrows('PART_OF_DAY_WITHOUT_DAY', /sáng\/chiều/));
  it('a six-month review reviews a half-year: MEETING_PERIOD_MISMATCH', () =>
    given([])
      .when({ ...midYear, reviewsHalf: null })
      .thenThrows('MEETING_PERIOD_MISMATCH', /sơ kết 6 tháng/));
  it('a year-end review reviews a whole year: MEETING_PERIOD_MISMATCH', () =>
    given([])
      .when({ ...midYear, kind: MeetingKind.YEAR_END_REVIEW })
      .thenThrows('MEETING_PERIOD_MISMATCH', /tổng kết cả năm/));
  it('is held within the years its period allows: MEETING_DATE_OUTSIDE_PERIOD', () =>
    given([])
      .when({ ...midYear, heldOn: '2021-07' })
      .thenThrows('MEETING_DATE_OUTSIDE_PERIOD', /năm 2021/));
  it('a year-end review may be held early in the next year, known only by that year', () =>
    given([])
      .when({ ...midYear, kind: MeetingKind.YEAR_END_REVIEW, reviewsHalf: null, heldOn: '2024' })
      .then([
        { type: 'CeremonyRecorded', data: { ...recordedData, kind: MeetingKind.YEAR_END_REVIEW, reviewsHalf: null, heldOn: '2024' } },
      ]));
  it('a half needs its year: HALF_WITHOUT_YEAR', () =>
    given([])
      .when({ ...midYear, kind: MeetingKind.RATING_MEETING, reviewsYear: null })
      .thenThrows('HALF_WITHOUT_YEAR'));
  it('cites only registered documents, naming every one missing: DOCUMENT_NOT_FOUND', () =>
    given([])
      .when({ ...midYear, unregisteredDocumentIds: ['ct-02-2023', 'hd-15'] })
      .thenThrows('DOCUMENT_NOT_FOUND', /"ct-02-2023", "hd-15"/));
});

describe('the review of a meeting: what it rests on and its results as the report gives them', () => {
  it('records the half reviewed, its basis, the leading unit, the ranking with ties and proposals in words', () =>
    given([recorded])
      .when(review)
      .then([
        {
          type: 'CeremonyReviewRecorded',
          data: {
            ceremonyId: ids.ceremonyId,
            year: 2023,
            half: 1,
            summary: null,
            commendations: [],
            leadingUnitId: 'vks-hai-phong',
            basisDocumentIds: ['bc-so-ket'],
            ranking: review.ranking,
            proposals: review.proposals,
          },
        },
      ]));
  it('refuses a unit ranked twice: REVIEW_RANKING_INVALID', () =>
    given([recorded])
      .when({ ...review, ranking: [...review.ranking, { rank: 4, unitId: 'vks-hai-phong' }] })
      .thenThrows('REVIEW_RANKING_INVALID'));
  it('names only members of the reviewed year, in the ranking and proposals too: REVIEWED_UNIT_NOT_MEMBER', () =>
    given([recorded])
      .when({ ...review, leadingUnitId: null, reviewedYearMembers: ['vks-hai-phong', 'vks-quang-ninh'] })
      .thenThrows('REVIEWED_UNIT_NOT_MEMBER', /vks-thai-binh/));
  it('rests only on registered documents: DOCUMENT_NOT_FOUND', () =>
    given([recorded])
      .when({ ...review, unregisteredDocumentIds: ['bc-so-ket'] })
      .thenThrows('DOCUMENT_NOT_FOUND'));
});

describe('ceremonies and reviews stored before meetings had kinds read the same', () => {
  const v1Ceremony = {
    ceremonyId: 'le-2022',
    clusterId: 'ag-2',
    heldOn: '2022-02-22',
    place: 'Hội trường',
    hostUnitId: null,
    organisingDocumentId: 'kh-12',
    reviewsYear: 2021,
    launchesYear: 2022,
  };
  const v1Launch = {
    ...v1Ceremony,
    ceremonyId: 'le-2023',
    heldOn: '2023-02-10',
    organisingDocumentId: null,
    reviewsYear: null,
    launchesYear: 2023,
  };
  const v1Review = { ceremonyId: 'le-2022', year: 2021, summary: 'Hoàn thành tốt', commendations: [], leadingUnitId: null };

  it("upcasts version 1 of CeremonyRecorded and CeremonyReviewRecorded to today's shapes", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meetings-'));
    const filename = join(dir, 'events.sqlite');
    const old = new SqliteEventStore(filename);
    const event = (n: number, type: string, data: object) => ({ id: `7d0c1c1e-5f0e-4a36-9d3c-0000000000e${n}`, type, data, metadata: {} });
    await old.append(
      'ceremony-le-2022',
      [event(1, 'CeremonyRecorded', v1Ceremony), event(2, 'CeremonyReviewRecorded', v1Review)],
      'no_stream',
    );
    await old.append('ceremony-le-2023', [event(3, 'CeremonyRecorded', v1Launch)], 'no_stream');
    await old.close();
    const store = await openStore({ kind: 'sqlite', filename }, new Upcasters(domainUpcasters));
    try {
      const { organisingDocumentId: _o, ...kept } = v1Ceremony;
      const [ceremony, reviewed] = await store.readStream('ceremony-le-2022');
      expect(ceremony.data).toStrictEqual({
        ...kept,
        kind: MeetingKind.YEAR_END_REVIEW,
        partOfDay: null,
        organisingDocumentIds: ['kh-12'],
        legalBasisDocumentIds: [],
        reviewsHalf: null,
        launchesHalf: null,
      });
      expect(reviewed.data).toStrictEqual({ ...v1Review, half: null, basisDocumentIds: [], ranking: [], proposals: [] });
      expect((await store.readStream('ceremony-le-2023'))[0].data).toMatchObject({
        kind: MeetingKind.SIGNING_CEREMONY,
        organisingDocumentIds: [],
      });
      const records = new RecordsProjection();
      const runner = new ProjectionRunner(store, [records]);
      await runner.start();
      expect(records.ceremoniesOf('ag-2').map((c) => [c.ceremonyId, c.heldOn, c.kind])).toEqual([
        ['le-2022', '2022-02-22', MeetingKind.YEAR_END_REVIEW],
        ['le-2023', '2023-02-10', MeetingKind.SIGNING_CEREMONY],
      ]);
      expect(records.ceremony('le-2022')?.review).toMatchObject({ year: 2021, half: null, ranking: [] });
      await runner.stop();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
