import type { RegisterUnit } from '../../src/domain/unit/commands';
import { unitDecider } from '../../src/domain/unit/decider';
import type { UnitRegistered } from '../../src/domain/unit/events';
import { UnitLevel } from '../../src/domain/unit/unit-level';
import { specification } from '../support/decider-specification';

const given = specification(unitDecider);

const register: RegisterUnit = {
  type: 'RegisterUnit',
  unitId: 'vks-tan-chau',
  name: 'Viện kiểm sát nhân dân thị xã Tân Châu',
  shortName: 'VKSND thị xã Tân Châu',
  level: UnitLevel.DISTRICT,
  parentUnitId: 'vks-an-giang',
  parentRegistered: true,
};

const registered: UnitRegistered = {
  type: 'UnitRegistered',
  data: {
    unitId: 'vks-tan-chau',
    name: 'Viện kiểm sát nhân dân thị xã Tân Châu',
    shortName: 'VKSND thị xã Tân Châu',
    level: UnitLevel.DISTRICT,
    parentUnitId: 'vks-an-giang',
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
    given([]).when({ ...register, parentRegistered: false }).thenThrows('PARENT_UNIT_NOT_FOUND'));

  it('refuses a unit as its own parent: UNIT_OWN_PARENT', () =>
    given([]).when({ ...register, parentUnitId: 'vks-tan-chau' }).thenThrows('UNIT_OWN_PARENT'));
});
