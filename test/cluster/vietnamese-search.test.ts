import { DirectoryProjection } from '../../projections/cluster/directory-projection';
import { findUnits } from '../../projections/cluster/directory-filters';
import {
  COMPOSITE_INITIALISM_MATCH,
  EXACT_MATCH,
  INITIALISM_MATCH,
  matchRank,
  PART_INITIALISM_MATCH,
  PARTIAL_INITIALISM_MATCH,
} from '../../projections/cluster/vietnamese-search';
import type { AnyDomainEvent } from '../../src/domain/events';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { specificationOf } from '../support/projection-specification';

const TCCB = 'Vụ Tổ chức cán bộ';
const CNTT = 'Cục Thống kê tội phạm và Công nghệ thông tin';
const KV1 = 'Viện kiểm sát nhân dân khu vực 1';
const KV12 = 'Viện kiểm sát nhân dân khu vực 12';
const CQDT = 'Cơ quan điều tra VKSND tối cao';
const HO_CHI_MINH = 'Viện kiểm sát nhân dân Thành phố Hồ Chí Minh';
const CHO_MOI = 'Viện kiểm sát nhân dân huyện Chợ Mới';
const SUPREME = 'Viện kiểm sát nhân dân tối cao';

describe('search: the initials of a name and of its parts', () => {
  it.each([
    ['TCCB', TCCB],
    ['Vụ TCCB', TCCB],
    ['CNTT', CNTT],
    ['Cục CNTT', CNTT],
    ['TKTP', CNTT],
    ['CQĐT VKSTC', CQDT],
    ['cqdt vkstc', CQDT],
    ['CQĐT VKSTC', 'Cơ quan điều tra Viện kiểm sát nhân dân tối cao'],
    ['CQĐT VKSNDTC', 'Cơ quan điều tra VKSTC'],
    ['HCM', HO_CHI_MINH],
  ])('%p is the initials of a part of %p: after the level word, a place, or one side of "và"', (query, name) =>
    expect(matchRank(query, name)).toBe(PART_INITIALISM_MATCH),
  );

  it.each([
    ['VKSTC', SUPREME],
    ['VKSNDTC', SUPREME],
    ['VKSTC', 'VKSND tối cao'],
    ['VTCCB', TCCB],
  ])('%p is the initials of the whole of %p: ranked before a part', (query, name) => expect(matchRank(query, name)).toBe(INITIALISM_MATCH));

  it.each([
    ['KV1', KV1],
    ['KV 1', KV1],
    ['HCM', CHO_MOI],
  ])('%p is the initials of %p with its administrative word: ranked after the name alone', (query, name) =>
    expect(matchRank(query, name)).toBe(COMPOSITE_INITIALISM_MATCH),
  );

  it('"KV1" is only the start of the initials of khu vực 12', () => expect(matchRank('KV1', KV12)).toBe(PARTIAL_INITIALISM_MATCH));

  it.each([
    ['ho chi minh', HO_CHI_MINH],
    ['Hồ Chí Minh', 'VKSND TP Ho Chi Minh'],
    ['VKSND tối cao', SUPREME],
    ['Viện kiểm sát nhân dân tối cao', 'VKSND tối cao'],
    ['TP Hồ Chí Minh', HO_CHI_MINH],
    ['Thành phố Hồ Chí Minh', 'VKSND TP Hồ Chí Minh'],
  ])('%p finds %p as words, with or without accents and short forms', (query, name) => expect(matchRank(query, name)).toBe(EXACT_MATCH));

  it.each([
    ['CNTT', TCCB],
    ['TCCB', CNTT],
    ['KV2', KV1],
    ['HCM', 'Viện kiểm sát nhân dân thị xã Tân Châu'],
    ['CQĐT VKSTC', HO_CHI_MINH],
    ['VKSTC', HO_CHI_MINH],
  ])('%p does not find %p', (query, name) => expect(matchRank(query, name)).toBeNull());
});

const given = specificationOf(() => new DirectoryProjection());
const registered = (unitId: string, name: string, level = UnitLevel.SUPREME_DEPARTMENT): AnyDomainEvent => ({
  type: 'UnitRegistered',
  data: { unitId, name, shortName: null, level, parentUnitId: null, establishedOn: null },
});

describe('search: the directory ranks exact initials before partial ones', () => {
  const country = [
    registered('vks-cho-moi', CHO_MOI, UnitLevel.DISTRICT),
    registered('vks-hcm', HO_CHI_MINH, UnitLevel.PROVINCIAL),
    registered('kv-12', KV12, UnitLevel.REGIONAL),
    registered('kv-1', KV1, UnitLevel.REGIONAL),
    registered('vu-tccb', TCCB),
    registered('cuc-2', CNTT),
    registered('cqdt', CQDT),
    registered('vks-toi-cao', SUPREME, UnitLevel.SUPREME),
  ];
  const search = (directory: DirectoryProjection, text: string) => findUnits(directory, { search: text }, 'current').map((u) => u.id);

  it('"HCM": Hồ Chí Minh first, then Chợ Mới', () =>
    given(...country).then((directory) => expect(search(directory, 'HCM')).toEqual(['vks-hcm', 'vks-cho-moi'])));
  it('"KV1" and "KV 1": khu vực 1 first', () =>
    given(...country).then((directory) => {
      expect(search(directory, 'KV1')).toEqual(['kv-1', 'kv-12']);
      expect(search(directory, 'KV 1')[0]).toBe('kv-1');
    }));
  it('"TCCB", "CNTT", "CQĐT VKSTC": the department alone', () =>
    given(...country).then((directory) => {
      expect(search(directory, 'TCCB')).toEqual(['vu-tccb']);
      expect(search(directory, 'Vụ TCCB')).toEqual(['vu-tccb']);
      expect(search(directory, 'CNTT')).toEqual(['cuc-2']);
      expect(search(directory, 'Cục CNTT')).toEqual(['cuc-2']);
      expect(search(directory, 'CQĐT VKSTC')).toEqual(['cqdt']);
    }));
  it('"VKSTC": the Supreme Procuracy before its investigation agency', () =>
    given(...country).then((directory) => expect(search(directory, 'VKSTC').slice(0, 2)).toEqual(['vks-toi-cao', 'cqdt'])));
  it('"ho chi minh" without accents finds the city', () =>
    given(...country).then((directory) => expect(search(directory, 'ho chi minh')).toEqual(['vks-hcm'])));
});

const TAN_CHAU = 'Viện kiểm sát nhân dân thị xã Tân Châu';

describe('search as officials type it', () => {
  it.each([
    ['tan chau', TAN_CHAU],
    ['VKSND Tân Châu', TAN_CHAU],
    ['TÂN CHÂU', TAN_CHAU],
    ['tp ho chi minh', HO_CHI_MINH],
    ['VKS TX Tân Châu', TAN_CHAU],
  ])('finds %p exactly', (query, name) => expect(matchRank(query, name)).toBe(EXACT_MATCH));

  it.each([
    ['VKSTC', SUPREME],
    ['VKSNDTC', SUPREME],
    ['V.K.S.T.C', SUPREME],
  ])('finds %p by its initials, after exact matches', (query, name) => expect(matchRank(query, name)).toBe(INITIALISM_MATCH));

  it.each([
    ['TP.HCM', HO_CHI_MINH],
    ['TP-HCM', HO_CHI_MINH],
    ['HCM', HO_CHI_MINH],
  ])('finds %p by the initials of its place name, after the whole name’s', (query, name) =>
    expect(matchRank(query, name)).toBe(PART_INITIALISM_MATCH),
  );

  it.each([
    ['TPHCM', HO_CHI_MINH],
    ['VKSND TPHCM', HO_CHI_MINH],
    ['TXTC', TAN_CHAU],
  ])('finds %p by initials with the administrative word, after those of the name alone', (query, name) =>
    expect(matchRank(query, name)).toBe(COMPOSITE_INITIALISM_MATCH),
  );

  it.each([
    ['VKSTC', HO_CHI_MINH],
    ['HCM', TAN_CHAU],
    ['tan', HO_CHI_MINH],
  ])('does not find %p in %p', (query, name) => expect(matchRank(query, name)).toBeNull());
});
