import { YearRecordsProjection } from '../../projections/cluster/year/year-records-projection';
import type { IssueClusterYearReport } from '../../src/cluster/domain/year/commands';
import { clusterYearDecider } from '../../src/cluster/domain/year/decider';
import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { specification } from '../support/decider-specification';
import { specificationOf } from '../support/projection-specification';

const given = specification(clusterYearDecider);
const y = { clusterId: 'ag-2', year: 2022 };
const opened: ClusterYearEvent = { type: 'ClusterYearOpened', data: { ...y, memberUnitIds: ['tan-chau', 'tri-ton'] } };
const issue: IssueClusterYearReport = { type: 'IssueClusterYearReport', ...y, number: ' 15/BC-CTĐ ', issuedOn: '2023-01-20' };
const issued: ClusterYearEvent = { type: 'ClusterYearReportIssued', data: { ...y, number: '15/BC-CTĐ', issuedOn: '2023-01-20' } };

describe('cluster year: IssueClusterYearReport', () => {
  it('gives the report its number as the register writes it, and its day of issue', () => given([opened]).when(issue).then([issued]));
  it('takes symbols of any issuer: a bloc, a numbered cluster, a letter after the number', () =>
    given([opened])
      .when({ ...issue, number: '07a/BC-KTĐ9' })
      .then([{ type: 'ClusterYearReportIssued', data: { ...y, number: '07a/BC-KTĐ9', issuedOn: '2023-01-20' } }]));
  it('needs an open year: YEAR_NOT_OPEN', () => given([]).when(issue).thenThrows('YEAR_NOT_OPEN'));
  it('a number is issued once: REPORT_ALREADY_ISSUED', () =>
    given([opened, issued])
      .when({ ...issue, number: '16/BC-CTĐ' })
      .thenThrows('REPORT_ALREADY_ISSUED'));
  for (const number of ['15', 'BC-CTĐ/15', '15/', '/BC-CTĐ', 'số 15/BC-CTĐ'])
    it(`refuses "${number}": REPORT_NUMBER_INVALID`, () =>
      given([opened])
        .when({ ...issue, number })
        .thenThrows('REPORT_NUMBER_INVALID'));
  it('is dated to the day, never only the month: DATE_INVALID', () =>
    given([opened])
      .when({ ...issue, issuedOn: '2023-01' })
      .thenThrows('DATE_INVALID'));
  it('is issued in its year or later: REPORT_ISSUED_BEFORE_YEAR', () =>
    given([opened])
      .when({ ...issue, issuedOn: '2021-12-31' })
      .thenThrows('REPORT_ISSUED_BEFORE_YEAR'));
});

describe('YearRecordsProjection: the report number', () => {
  it('reads no number before it is issued, and the number and day from then on', () =>
    specificationOf(() => new YearRecordsProjection())(opened, issued).then((records) => {
      expect(records.records('ag-2', 2022, 1)?.report).toBeNull();
      expect(records.records('ag-2', 2022)?.report).toEqual({ number: '15/BC-CTĐ', issuedOn: '2023-01-20' });
    }));
});
