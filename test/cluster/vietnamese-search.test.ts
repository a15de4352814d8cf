import {
  COMPOSITE_INITIALISM_MATCH,
  EXACT_MATCH,
  INITIALISM_MATCH,
  matchRank,
  PART_INITIALISM_MATCH,
} from '../../projections/cluster/vietnamese-search';

const SUPREME = 'Viện kiểm sát nhân dân tối cao';
const HCM = 'Viện kiểm sát nhân dân Thành phố Hồ Chí Minh';
const TAN_CHAU = 'Viện kiểm sát nhân dân thị xã Tân Châu';

describe('search as officials type it', () => {
  it.each([
    ['tan chau', TAN_CHAU],
    ['VKSND Tân Châu', TAN_CHAU],
    ['TÂN CHÂU', TAN_CHAU],
    ['tp ho chi minh', HCM],
    ['VKS TX Tân Châu', TAN_CHAU],
  ])('finds %p exactly', (query, name) => expect(matchRank(query, name)).toBe(EXACT_MATCH));

  it.each([
    ['VKSTC', SUPREME],
    ['VKSNDTC', SUPREME],
    ['V.K.S.T.C', SUPREME],
  ])('finds %p by its initials, after exact matches', (query, name) => expect(matchRank(query, name)).toBe(INITIALISM_MATCH));

  it.each([
    ['TP.HCM', HCM],
    ['TP-HCM', HCM],
    ['HCM', HCM],
  ])('finds %p by the initials of its place name, after the whole name’s', (query, name) =>
    expect(matchRank(query, name)).toBe(PART_INITIALISM_MATCH),
  );

  it.each([
    ['TPHCM', HCM],
    ['VKSND TPHCM', HCM],
    ['TXTC', TAN_CHAU],
  ])('finds %p by initials with the administrative word, after those of the name alone', (query, name) =>
    expect(matchRank(query, name)).toBe(COMPOSITE_INITIALISM_MATCH),
  );

  it.each([
    ['VKSTC', HCM],
    ['HCM', TAN_CHAU],
    ['tan', HCM],
  ])('does not find %p in %p', (query, name) => expect(matchRank(query, name)).toBeNull());
});
