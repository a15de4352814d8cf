import {
  canonicalPartialDate,
  comparePartialDates,
  lastDayOf,
  parsePartialDate,
  partialDateText,
  precisionOf,
  vietnamesePartialDate,
  vietnameseWhen,
} from '../../src/kernel/partial-date';
import { formatDate } from '../../src/spreadsheets/table';

describe('partial dates as reports tell them', () => {
  const date = (text: string) => parsePartialDate(text)!;

  it('reads a year, a year and month, a full date; refuses anything else or an impossible day', () => {
    expect(parsePartialDate('2020')).toEqual({ year: 2020, month: null, day: null });
    expect(parsePartialDate('2020-02')).toEqual({ year: 2020, month: 2, day: null });
    expect(parsePartialDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    for (const bad of ['2021-02-29', '2020-13', '2020-00', '20', '14/02/2020', '2020-2']) expect(parsePartialDate(bad)).toBeNull();
  });
  it('prints it as Vietnamese documents do, never with an invented day', () => {
    expect(['2020', '2020-02', '2020-02-14'].map((t) => vietnamesePartialDate(date(t)))).toEqual([
      'năm 2020',
      'tháng 02/2020',
      '14/02/2020',
    ]);
    expect(['2020', '2020-02', '2020-02-14'].map((t) => precisionOf(date(t)))).toEqual(['YEAR', 'MONTH', 'DAY']);
    expect(partialDateText(date('2020-02'))).toBe('2020-02');
  });
  it('sorts a date known to the month at that month: after the month before, before the days within it and the month after', () => {
    const sorted = ['2020-03-01', '2020-02-14', '2020', '2020-02', '2020-01-31', '2019-12']
      .map(date)
      .sort(comparePartialDates)
      .map(partialDateText);
    expect(sorted).toEqual(['2019-12', '2020', '2020-01-31', '2020-02', '2020-02-14', '2020-03-01']);
  });
  it('writes a date in running text and in table cells as precisely as it is known, and nothing for none', () => {
    expect(['2020', '2020-02', '2020-02-14'].map(vietnameseWhen)).toEqual(['năm 2020', 'tháng 02/2020', 'ngày 14/02/2020']);
    expect(vietnameseWhen(null)).toBe('');
    expect(['2020', '2020-02', '2020-02-14', null].map(formatDate)).toEqual(['năm 2020', 'tháng 02/2020', '14/02/2020', '']);
  });
  it('reads names at the last day a partial date can be, a lookup only', () => {
    expect(['2020', '2020-02', '2021-02', '2020-02-14'].map(lastDayOf)).toEqual(['2020-12-31', '2020-02-29', '2021-02-28', '2020-02-14']);
    expect(canonicalPartialDate(' 2020-02 ')).toBe('2020-02');
    expect(canonicalPartialDate('2020-02-30')).toBeNull();
  });
});
