import { History } from '../../projections/history';

describe('History', () => {
  const history = new History<string>();
  history.set(3, 'a');
  history.set(7, 'b');
  history.set(7, 'b2');
  history.set(12, 'c');

  it('answers the latest value', () => expect(history.current()).toBe('c'));
  it.each([
    [2, undefined],
    [3, 'a'],
    [6, 'a'],
    [7, 'b2'],
    [11, 'b2'],
    [12, 'c'],
    [1000, 'c'],
  ])('answers as of position %p: %p', (position, value) => expect(history.at(position)).toBe(value));
  it('keeps one version per position', () => expect(history.all().map((v) => v.position)).toEqual([3, 7, 12]));
});
