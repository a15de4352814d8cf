import type { RegisterUnit } from '../../src/unit/domain/commands';
import { unitDecider } from '../../src/unit/domain/decider';
import type { UnitRegistered } from '../../src/unit/domain/events';
import { lifespan } from '../../src/unit/domain/lifespan';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { specification } from '../support/decider-specification';

const given = specification(unitDecider);

const register: RegisterUnit = {
  type: 'RegisterUnit',
  unitId: 'vks-tan-chau',
  name: 'Viện kiểm sát nhân dân thị xã Tân Châu',
  shortName: 'VKSND thị xã Tân Châu',
  level: UnitLevel.DISTRICT,
  parentUnitId: 'vks-an-giang',
  establishedOn: null,
  parentRegistered: true,
  parentSpan: lifespan(UnitLevel.PROVINCIAL, null, null),
  nameTakenBy: null,
};

const registered: UnitRegistered = {
  type: 'UnitRegistered',
  data: {
    unitId: 'vks-tan-chau',
    name: 'Viện kiểm sát nhân dân thị xã Tân Châu',
    shortName: 'VKSND thị xã Tân Châu',
    level: UnitLevel.DISTRICT,
    parentUnitId: 'vks-an-giang',
    establishedOn: null,
  },
};

describe('unit: RegisterUnit', () => {
  it('registers a unit under its parent', () => given([]).when(register).then([registered]));

  it('registers a unit with no parent', () =>
    given([])
      .when({ ...register, parentUnitId: null, parentRegistered: false })
      .then([{ ...registered, data: { ...registered.data, parentUnitId: null } }]));

  it('refuses a second registration: UNIT_ALREADY_REGISTERED', () =>
    given([registered]).when(register).thenThrows('UNIT_ALREADY_REGISTERED'));

  it('refuses an unregistered parent: PARENT_UNIT_NOT_FOUND', () =>
    given([])
      .when({ ...register, parentRegistered: false })
      .thenThrows('PARENT_UNIT_NOT_FOUND'));

  it('refuses a full name another active unit bears under the same parent: UNIT_NAME_TAKEN', () =>
    given([])
      .when({ ...register, unitId: 'vks-tan-chau-2', nameTakenBy: 'vks-tan-chau' })
      .thenThrows('UNIT_NAME_TAKEN'));

  it('refuses a unit as its own parent: UNIT_OWN_PARENT', () =>
    given([])
      .when({ ...register, parentUnitId: 'vks-tan-chau' })
      .thenThrows('UNIT_OWN_PARENT'));

  it('records the date a unit came into being', () =>
    given([])
      .when({ ...register, establishedOn: '2009-08-24' })
      .then([{ ...registered, data: { ...registered.data, establishedOn: '2009-08-24' } }]));
  it('knows the reform of 1/7/2025: no regional procuracy before it: LEVEL_NOT_IN_FORCE', () =>
    given([])
      .when({ ...register, level: UnitLevel.REGIONAL, establishedOn: '2025-06-30' })
      .thenThrows('LEVEL_NOT_IN_FORCE'));
  it('knows the reform of 1/7/2025: no district procuracy from it: LEVEL_NOT_IN_FORCE', () =>
    given([])
      .when({ ...register, establishedOn: '2025-07-01' })
      .thenThrows('LEVEL_NOT_IN_FORCE'));
  it('registers a regional procuracy from 1/7/2025', () =>
    given([])
      .when({ ...register, level: UnitLevel.REGIONAL, establishedOn: '2025-07-01' })
      .then([{ ...registered, data: { ...registered.data, level: UnitLevel.REGIONAL, establishedOn: '2025-07-01' } }]));
});

describe('unit history: RenameUnit / MergeUnit / DissolveUnit', () => {
  const renamed = {
    type: 'UnitRenamed' as const,
    data: { unitId: 'vks-tan-chau', name: 'Viện kiểm sát nhân dân khu vực 7 - An Giang', shortName: null, effectiveDate: '2025-07-01' },
  };
  const rename = { type: 'RenameUnit' as const, ...renamed.data, nameTakenBy: null };
  const merge = {
    type: 'MergeUnit' as const,
    unitId: 'vks-tan-chau',
    successorUnitId: 'vks-kv7',
    effectiveDate: '2025-07-01',
    successorActive: true,
  };
  const merged = { type: 'UnitMerged' as const, data: { unitId: 'vks-tan-chau', successorUnitId: 'vks-kv7', effectiveDate: '2025-07-01' } };
  const dissolve = { type: 'DissolveUnit' as const, unitId: 'vks-tan-chau', effectiveDate: '2025-07-01', reason: 'Sắp xếp tổ chức bộ máy' };

  it('renames a unit from a date', () => given([registered]).when(rename).then([renamed]));
  it('renames registered units only: UNIT_NOT_FOUND', () => given([]).when(rename).thenThrows('UNIT_NOT_FOUND'));
  it('changes the name: NAME_UNCHANGED', () => given([registered, renamed]).when(rename).thenThrows('NAME_UNCHANGED'));
  it('refuses a new name another active unit bears under its parent: UNIT_NAME_TAKEN, naming the parent and the bearer', () =>
    given([registered])
      .when({ ...rename, nameTakenBy: 'vks-kv7' })
      .thenThrows('UNIT_NAME_TAKEN', /Đơn vị cấp trên "vks-an-giang" đã có đơn vị mang tên .* \(mã "vks-kv7"\)/));
  it('takes back a name the unit itself bears (its short name changes alone)', () =>
    given([registered])
      .when({ ...rename, name: registered.data.name, shortName: 'VKS Tân Châu', nameTakenBy: 'vks-tan-chau' })
      .then([{ ...renamed, data: { ...renamed.data, name: registered.data.name, shortName: 'VKS Tân Châu' } }]));

  it('merges a unit into its successor', () => given([registered]).when(merge).then([merged]));
  it('needs an active successor: SUCCESSOR_NOT_FOUND', () =>
    given([registered])
      .when({ ...merge, successorActive: false })
      .thenThrows('SUCCESSOR_NOT_FOUND'));
  it('does not merge into itself: MERGE_INTO_SELF', () =>
    given([registered])
      .when({ ...merge, successorUnitId: 'vks-tan-chau' })
      .thenThrows('MERGE_INTO_SELF'));
  it('merges once: UNIT_NOT_ACTIVE', () => given([registered, merged]).when(merge).thenThrows('UNIT_NOT_ACTIVE'));

  it('dissolves a unit with a reason', () =>
    given([registered])
      .when(dissolve)
      .then([{ type: 'UnitDissolved', data: { unitId: 'vks-tan-chau', effectiveDate: '2025-07-01', reason: dissolve.reason } }]));
  it('needs a reason: REASON_REQUIRED', () =>
    given([registered])
      .when({ ...dissolve, reason: '' })
      .thenThrows('REASON_REQUIRED'));
  it('refuses a merged unit: UNIT_NOT_ACTIVE', () => given([registered, merged]).when(dissolve).thenThrows('UNIT_NOT_ACTIVE'));
  it('refuses renaming a merged unit: UNIT_NOT_ACTIVE', () =>
    given([registered, merged])
      .when({ ...rename, name: 'Khác' })
      .thenThrows('UNIT_NOT_ACTIVE'));
});
