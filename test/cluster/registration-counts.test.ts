import { clusterYearDecider } from '../../src/cluster/domain/year/decider';
import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { YearRecordsProjection } from '../../projections/cluster/year/year-records-projection';
import { specification } from '../support/decider-specification';
import { specificationOf } from '../support/projection-specification';
import { opened, y } from '../support/domain-fixtures';

const given = specification(clusterYearDecider);
const source = 'Báo cáo của VKSND tỉnh An Giang: "03 đơn vị đăng ký Cờ thi đua của ngành, 02 đơn vị đăng ký Tập thể Lao động xuất sắc"';
const counts = [
  { titleId: 'co-thi-dua-nganh', units: 3 },
  { titleId: 'tap-the-lao-dong-xuat-sac', units: 2 },
];
const state = { type: 'StateRegistrationCounts' as const, ...y, counts, source, unknownTitleIds: [] };
const stated: ClusterYearEvent = { type: 'RegistrationCountsStated', data: { ...y, counts, source } };
const partial: ClusterYearEvent = { type: 'MembershipCompletenessStated', data: { ...y, complete: false } };

describe('StateRegistrationCounts', () => {
  it('records the counts as the report states them, naming no unit', () => given([opened]).when(state).then([stated]));
  it('a later statement is recorded again: it replaces the earlier one', () =>
    given([opened, stated])
      .when({ ...state, counts: [{ titleId: 'co-thi-dua-nganh', units: 4 }] })
      .then([{ type: 'RegistrationCountsStated', data: { ...y, counts: [{ titleId: 'co-thi-dua-nganh', units: 4 }], source } }]));
  it('needs an open year: YEAR_NOT_OPEN', () => given([]).when(state).thenThrows('YEAR_NOT_OPEN'));
  it('states at least one title: REGISTRATION_COUNTS_EMPTY', () =>
    given([opened])
      .when({ ...state, counts: [] })
      .thenThrows('REGISTRATION_COUNTS_EMPTY'));
  it('each title is defined: TITLE_NOT_FOUND', () =>
    given([opened])
      .when({ ...state, unknownTitleIds: ['co-thi-dua-nganh'] })
      .thenThrows('TITLE_NOT_FOUND'));
  it.each([0, -1, 1.5])('a count of %p units is refused: REGISTRATION_COUNT_INVALID', (units) =>
    given([opened])
      .when({ ...state, counts: [{ titleId: 'co-thi-dua-nganh', units }] })
      .thenThrows('REGISTRATION_COUNT_INVALID'),
  );
  it('a title at most once: REGISTRATION_COUNT_TITLE_REPEATED', () =>
    given([opened])
      .when({ ...state, counts: [...counts, { titleId: 'co-thi-dua-nganh', units: 1 }] })
      .thenThrows('REGISTRATION_COUNT_TITLE_REPEATED'));
  it('needs its source: REGISTRATION_COUNT_SOURCE_REQUIRED', () =>
    given([opened])
      .when({ ...state, source: '  ' })
      .thenThrows('REGISTRATION_COUNT_SOURCE_REQUIRED'));
  it('with the membership known complete, no more units than members: REGISTRATION_COUNT_ABOVE_MEMBERS', () =>
    given([opened])
      .when({ ...state, counts: [{ titleId: 'co-thi-dua-nganh', units: 6 }] })
      .thenThrows('REGISTRATION_COUNT_ABOVE_MEMBERS'));
  it('with the membership known only in part, a count above the members on record stands', () =>
    given([opened, partial])
      .when({ ...state, counts: [{ titleId: 'co-thi-dua-nganh', units: 6 }] })
      .then([{ type: 'RegistrationCountsStated', data: { ...y, counts: [{ titleId: 'co-thi-dua-nganh', units: 6 }], source } }]));
});

describe('YearRecordsProjection: registration counts', () => {
  const project = specificationOf(() => new YearRecordsProjection());
  const later: ClusterYearEvent = {
    type: 'RegistrationCountsStated',
    data: { ...y, counts: [{ titleId: 'co-thi-dua-nganh', units: 4 }], source: 'Báo cáo bổ sung' },
  };
  it('none stated: null; each statement replaces the one before, and each position keeps its own', () =>
    project(opened, stated, later).then((records) => {
      expect(records.records('ag-2', 2022, 1)?.registrationCounts).toBeNull();
      expect(records.records('ag-2', 2022, 2)?.registrationCounts).toEqual({ counts, source });
      expect(records.records('ag-2', 2022)?.registrationCounts).toEqual({
        counts: [{ titleId: 'co-thi-dua-nganh', units: 4 }],
        source: 'Báo cáo bổ sung',
      });
      expect(records.records('ag-2', 2022)?.registrations).toEqual([]);
    }));
});
